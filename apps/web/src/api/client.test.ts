// The fetch wrapper retries idempotent requests quietly while the API answers 503, after the wait
// the API asks for and a bounded number of times; anything else reaches the page at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiError } from './api-error';
import { createTicket, fetchTicket } from './client';
import { maxTries, retryDelayMs } from './retry-after';

const unavailable = (retryAfter = '3') =>
  new Response(JSON.stringify({ error: { code: 'unavailable', message: 'try again' } }), {
    status: 503,
    headers: { 'content-type': 'application/json', 'retry-after': retryAfter },
  });
const ok = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

describe('requests while the API is briefly unavailable', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('sends a GET again after the Retry-After wait, and returns the answer', async () => {
    fetchMock.mockResolvedValueOnce(unavailable('3')).mockResolvedValueOnce(ok({ id: 't-1' }));
    const answer = fetchTicket('t-1', 'key');

    await vi.advanceTimersByTimeAsync(2_999);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(answer).resolves.toEqual({ id: 't-1' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it(`gives up after ${maxTries} tries with the unavailable error`, async () => {
    fetchMock.mockImplementation(async () => unavailable('1'));
    const answer = fetchTicket('t-1', 'key').catch((error: ApiError) => error);

    await vi.advanceTimersByTimeAsync(10_000);
    expect(await answer).toMatchObject({ code: 'unavailable', status: 503 });
    expect(fetchMock).toHaveBeenCalledTimes(maxTries);
  });

  it('never sends a POST twice', async () => {
    fetchMock.mockImplementation(async () => unavailable('1'));
    const answer = createTicket({ tenantCode: 'DKC', serviceId: 'ktp-el', name: 'Ani' }).catch(
      (error: ApiError) => error,
    );

    await vi.advanceTimersByTimeAsync(10_000);
    expect(await answer).toMatchObject({ code: 'unavailable', status: 503 });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe('retryDelayMs', () => {
  const now = Date.parse('2026-11-23T02:00:00Z');
  it.each([
    ['seconds', '3', 3_000],
    ['zero', '0', 0],
    ['an HTTP date', new Date(now + 5_000).toUTCString(), 5_000],
    ['a date already past', new Date(now - 5_000).toUTCString(), 0],
    ['an hour, bounded', '3600', 10_000],
    ['nothing', null, 2_000],
    ['something unreadable', 'soon', 2_000],
  ])('waits for %s', (_case, header, expected) => {
    expect(retryDelayMs(header, now)).toBe(expected);
  });
});
