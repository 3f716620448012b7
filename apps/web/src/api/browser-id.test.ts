// Ticket creation carries this browser's id, made once and kept in localStorage, so the API can
// limit tickets per browser as well as per address.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTicket } from './client';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the browser id sent with ticket creation', () => {
  const fetchMock = vi.fn<typeof fetch>();
  const stored = new Map<string, string>();

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('window', {
      localStorage: {
        getItem: (key: string) => stored.get(key) ?? null,
        setItem: (key: string, value: string) => stored.set(key, value),
        removeItem: (key: string) => stored.delete(key),
      },
    });
    fetchMock.mockImplementation(async () => new Response('{}', { status: 201 }));
  });

  afterEach(() => {
    fetchMock.mockReset();
    stored.clear();
    vi.unstubAllGlobals();
  });

  const sentBrowserIds = () =>
    fetchMock.mock.calls.map(([, init]) => ((init?.headers ?? {}) as Record<string, string>)['X-Browser-Id']);

  it('is a random UUID, the same on every ticket, kept across page loads', async () => {
    const request = { tenantCode: 'DKC', serviceId: 'ktp', name: 'Siti' };
    await createTicket(request);
    await createTicket(request);
    const [first, second] = sentBrowserIds();
    expect(first).toMatch(uuid);
    expect(second).toBe(first);
    expect([...stored.values()]).toContain(first);
  });

  it('replaces a malformed stored id', async () => {
    stored.set('vp.browserId', 'not-an-id');
    await createTicket({ tenantCode: 'DKC', serviceId: 'ktp', name: 'Siti' });
    const [sent] = sentBrowserIds();
    expect(sent).toMatch(uuid);
    expect(stored.get('vp.browserId')).toBe(sent);
  });
});
