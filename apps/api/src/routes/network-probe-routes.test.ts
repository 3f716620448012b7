// The device check's network probe in-process against a real Redis: sizes bounded, bad input
// refused naming the field, the ticket's key required, never cached, and limited per ticket.
import {
  type CreatedTicket,
  type ErrorBody,
  type NetworkProbeReceipt,
  networkProbeMaxBytes,
} from '@vp/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestServer, startApiTestServer, takeTicket } from '../../../../test/support/api-test-server';

describe('network probe routes', () => {
  let api: ApiTestServer;

  // The production default (config.ts), not the roomy limits of other tests.
  const probeQuota = { points: 45, seconds: 600 };

  beforeAll(async () => {
    api = await startApiTestServer({
      env: { RATE_LIMIT_NETWORK_PROBES_PER_TICKET: `${probeQuota.points}/${probeQuota.seconds}` },
    });
  });

  afterAll(async () => {
    await api.close();
  });

  const probeUrl = (ticket: CreatedTicket, query = '') =>
    `${api.url}/api/tickets/${ticket.ticket.id}/network-probe${query}`;
  const download = (ticket: CreatedTicket, query: string, key = ticket.accessKey) =>
    fetch(probeUrl(ticket, query), { headers: { 'x-ticket-key': key } });
  const upload = (
    ticket: CreatedTicket,
    body: Uint8Array<ArrayBuffer> | string | null,
    headers: Record<string, string> = { 'content-type': 'application/octet-stream' },
  ) =>
    fetch(probeUrl(ticket), {
      method: 'POST',
      headers: { 'x-ticket-key': ticket.accessKey, ...headers },
      body,
    });
  const errorOf = async (response: Response) => ((await response.json()) as ErrorBody).error;

  it('answers the bytes asked for, random, never stored nor compressed', async () => {
    const ticket = await takeTicket(api, 'Siti Rahmawati');
    const response = await fetch(probeUrl(ticket, '?bytes=50000'), {
      headers: { 'x-ticket-key': ticket.accessKey, 'accept-encoding': 'gzip, br' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('content-encoding')).toBeNull();
    const body = new Uint8Array(await response.arrayBuffer());
    expect(body.length).toBe(50_000);
    // Random bytes: no run of zeroes a compressor (or a lazy implementation) would leave.
    expect(new Set(body).size).toBeGreaterThan(200);

    const empty = await download(ticket, '?bytes=0');
    expect(empty.status).toBe(200);
    expect((await empty.arrayBuffer()).byteLength).toBe(0);

    const largest = await download(ticket, `?bytes=${networkProbeMaxBytes}`);
    expect((await largest.arrayBuffer()).byteLength).toBe(networkProbeMaxBytes);
  });

  it('counts an uploaded body and keeps nothing', async () => {
    const ticket = await takeTicket(api, 'Budi Santoso');
    const before = await api.countFootprint();
    const response = await upload(ticket, crypto.getRandomValues(new Uint8Array(60_000)));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect((await response.json()) as NetworkProbeReceipt).toEqual({ bytes: 60_000 });
    expect(await api.countFootprint()).toEqual(before);
  });

  it.each([
    ['a missing size', '', 422, 'bytes'],
    ['a size that is not a number', '?bytes=lots', 422, 'bytes'],
    ['a negative size', '?bytes=-1', 422, 'bytes'],
    ['a fractional size', '?bytes=1.5', 422, 'bytes'],
    ['a size above the bound', `?bytes=${networkProbeMaxBytes + 1}`, 422, 'bytes'],
    ['a huge size', '?bytes=99999999999', 422, 'bytes'],
    ['the size twice', '?bytes=1&bytes=2', 422, 'bytes'],
    ['an unknown parameter', '?bytes=10&extra=1', 422, 'extra'],
  ])('refuses a download with %s, naming the field', async (_case, query, status, field) => {
    const ticket = await takeTicket(api, 'Dewi Lestari');
    const response = await download(ticket, query);
    expect(response.status).toBe(status);
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(await errorOf(response)).toMatchObject({ code: 'validation_failed', field });
  });

  it.each([
    [
      'a body above the bound',
      () => new Uint8Array(networkProbeMaxBytes + 1),
      undefined,
      413,
      'payload_too_large',
      'body',
    ],
    [
      'a JSON body',
      () => '{"a":1}',
      { 'content-type': 'application/json' },
      415,
      'unsupported_media_type',
      'content-type',
    ],
    ['no body', () => null, { 'content-type': 'application/octet-stream' }, 400, 'bad_request', 'body'],
    [
      'a compressed body',
      () => new Uint8Array(100),
      { 'content-type': 'application/octet-stream', 'content-encoding': 'gzip' },
      415,
      'unsupported_media_type',
      'content-encoding',
    ],
  ])('refuses an upload with %s, naming the field', async (_case, body, headers, status, code, field) => {
    const ticket = await takeTicket(api, 'Agus Salim');
    const response = await upload(ticket, body(), headers);
    expect(response.status).toBe(status);
    expect(await errorOf(response)).toMatchObject({ code, field });
  });

  it('needs the ticket key: none is 401, a wrong one 404, a malformed id 400', async () => {
    const ticket = await takeTicket(api, 'Rina Wati');
    const none = await fetch(probeUrl(ticket, '?bytes=10'));
    expect(none.status).toBe(401);
    expect(await errorOf(none)).toMatchObject({ code: 'unauthenticated', field: 'key' });

    const wrong = await download(ticket, '?bytes=10', 'not-the-key');
    expect(wrong.status).toBe(404);
    const wrongUpload = await fetch(probeUrl(ticket), {
      method: 'POST',
      headers: { 'x-ticket-key': 'not-the-key', 'content-type': 'application/octet-stream' },
      body: new Uint8Array(10),
    });
    expect(wrongUpload.status).toBe(404);

    const malformed = await fetch(`${api.url}/api/tickets/not-a-uuid/network-probe?bytes=10`, {
      headers: { 'x-ticket-key': ticket.accessKey },
    });
    expect(malformed.status).toBe(400);
    expect(await errorOf(malformed)).toMatchObject({ field: 'id' });
  });

  it('is only for a ticket still in line', async () => {
    const ticket = await takeTicket(api, 'Joko Widodo');
    const cancelled = await fetch(`${api.url}/api/tickets/${ticket.ticket.id}/cancel`, {
      method: 'POST',
      headers: { 'x-ticket-key': ticket.accessKey },
    });
    expect(cancelled.status).toBe(200);
    const response = await download(ticket, '?bytes=10');
    expect(response.status).toBe(409);
    expect(await errorOf(response)).toMatchObject({ code: 'ticket_not_waiting' });
  });

  it('limits probes per ticket, with Retry-After, leaving other tickets free', async () => {
    const [ticket, other] = await Promise.all([
      takeTicket(api, 'Ani Yudhoyono'),
      takeTicket(api, 'Putri Ayu'),
    ]);
    const { points, seconds } = probeQuota;
    // Downloads and uploads share the count.
    for (let index = 0; index < points; index++) {
      const response =
        index % 2 === 0 ? await download(ticket, '?bytes=0') : await upload(ticket, new Uint8Array(10));
      expect({ index, status: response.status }).toEqual({ index, status: 200 });
      await response.arrayBuffer();
    }
    const refused = await download(ticket, '?bytes=0');
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(seconds);
    expect(await errorOf(refused)).toMatchObject({ code: 'rate_limited' });
    expect((await upload(ticket, new Uint8Array(10))).status).toBe(429);

    expect((await download(other, '?bytes=0')).status).toBe(200);
  });
});
