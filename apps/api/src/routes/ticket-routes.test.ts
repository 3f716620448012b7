// The ticket routes in-process against a real Redis: bad input is refused with a clear error
// naming the field, and nothing is queued or stored.
import type { CreatedTicket, ErrorBody, TicketView } from '@vp/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestServer, startApiTestServer } from '../../../../test/support/api-test-server';

describe('ticket routes', () => {
  let api: ApiTestServer;
  let tenantCode: string;
  let serviceId: string;

  beforeAll(async () => {
    api = await startApiTestServer();
    ({ tenantCode, serviceId } = api.service);
  });

  afterAll(async () => {
    await api.close();
  });

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${api.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  const valid = () => ({ tenantCode, serviceId, name: 'Siti Rahmawati' });

  it.each([
    ['an unknown tenant', () => ({ ...valid(), tenantCode: 'ZZZ' }), 404, 'tenant_not_found', 'tenantCode'],
    [
      'a malformed tenant code',
      () => ({ ...valid(), tenantCode: 'dkc' }),
      422,
      'validation_failed',
      'tenantCode',
    ],
    [
      'an unknown service',
      () => ({ ...valid(), serviceId: 'no-such-service' }),
      404,
      'service_not_found',
      'serviceId',
    ],
    ['an empty name', () => ({ ...valid(), name: '' }), 422, 'validation_failed', 'name'],
    ['a blank name', () => ({ ...valid(), name: '   ' }), 422, 'validation_failed', 'name'],
    ['an overlong name', () => ({ ...valid(), name: 'A'.repeat(81) }), 422, 'validation_failed', 'name'],
    [
      'markup in the name',
      () => ({ ...valid(), name: '<script>x</script>' }),
      422,
      'validation_failed',
      'name',
    ],
    ['a missing name', () => ({ tenantCode, serviceId }), 422, 'validation_failed', 'name'],
    ['a name that is not text', () => ({ ...valid(), name: 42 }), 422, 'validation_failed', 'name'],
    ['an unknown field', () => ({ ...valid(), nik: '6472010101010001' }), 422, 'validation_failed', 'nik'],
    ['an array', () => [valid()], 422, 'validation_failed', 'body'],
  ])('refuses %s', async (_case, body, status, code, field) => {
    const response = await post('/api/tickets', JSON.stringify(body()));
    const answer = (await response.json()) as ErrorBody;

    expect(response.status).toBe(status);
    expect(answer.error).toMatchObject({ code, field });
    expect(answer.error.message.length).toBeGreaterThan(0);
    expect(await api.countFootprint()).toEqual({ keys: 0, queuedJobs: 0 });
  });

  it.each([
    ['malformed JSON', '{"tenantCode": "DKC",', {}, 400, 'bad_request', 'body'],
    ['an oversized body', JSON.stringify({ name: 'x'.repeat(20_000) }), {}, 413, 'payload_too_large', 'body'],
    [
      'a body that is not JSON',
      'tenantCode=DKC',
      { 'content-type': 'text/plain' },
      415,
      'unsupported_media_type',
      'content-type',
    ],
  ])('refuses %s', async (_case, body, headers, status, code, field) => {
    const response = await post('/api/tickets', body, headers);
    const answer = (await response.json()) as ErrorBody;

    expect(response.status).toBe(status);
    expect(answer.error).toMatchObject({ code, field });
    expect(await api.countFootprint()).toEqual({ keys: 0, queuedJobs: 0 });
  });

  it('takes a valid ticket, and shows it only to the holder of its key', async () => {
    const response = await post('/api/tickets', JSON.stringify(valid()));
    const created = (await response.json()) as CreatedTicket;

    expect(response.status).toBe(201);
    expect(created.ticket).toMatchObject({ tenantCode, serviceId, status: 'waiting', position: 1 });
    expect(created.ticket.number).toMatch(new RegExp(`^${tenantCode}-\\d{3}$`));
    expect(await api.countFootprint()).toMatchObject({ queuedJobs: 1 });

    const url = `${api.url}/api/tickets/${created.ticket.id}`;
    const own = await fetch(url, { headers: { 'x-ticket-key': created.accessKey } });
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ id: created.ticket.id, position: 1 });
    expect(
      JSON.stringify(await (await fetch(url, { headers: { 'x-ticket-key': created.accessKey } })).json()),
    ).not.toContain('Siti');

    const wrongKey = await fetch(url, { headers: { 'x-ticket-key': 'not-the-key' } });
    expect(wrongKey.status).toBe(404);
    const noKey = await fetch(url);
    expect(noKey.status).toBe(401);
    expect(((await noKey.json()) as ErrorBody).error.field).toBe('key');

    const call = await fetch(`${url}/call`, {
      method: 'POST',
      headers: { 'x-ticket-key': created.accessKey },
    });
    expect(call.status).toBe(409);
    expect(((await call.json()) as ErrorBody).error.code).toBe('ticket_not_in_call');
  });

  it('refuses a ticket key in the address of a write, and changes nothing', async () => {
    const created = (await (await post('/api/tickets', JSON.stringify(valid()))).json()) as CreatedTicket;
    const url = `${api.url}/api/tickets/${created.ticket.id}`;
    const cancel = await fetch(`${url}/cancel?key=${created.accessKey}`, { method: 'POST' });
    expect(cancel.status).toBe(400);
    expect(((await cancel.json()) as ErrorBody).error.field).toBe('key');
    const after = await fetch(url, { headers: { 'x-ticket-key': created.accessKey } });
    expect(((await after.json()) as TicketView).status).toBe('waiting');
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const response = await fetch(`${api.url}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as ErrorBody).error.code).toBe('not_found');
  });
});
