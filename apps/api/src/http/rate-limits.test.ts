// The rate limits against a real Redis: a refused request gets 429 with Retry-After and changes
// nothing, the limit lifts when its window ends, two API instances of one plaza share their
// counts, and sign-in lock-outs grow until a successful sign-in.
import { randomUUID } from 'node:crypto';
import type { CreatedTicket, ErrorBody } from '@vp/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { type ApiTestServer, startApiTestServer } from '../../../../test/support/api-test-server';
import { waitFor } from '../../../../test/support/wait-for';

const demoPassword = 'plaza-demo';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('rate limits', () => {
  const servers: ApiTestServer[] = [];
  const start = async (env: Record<string, string>, prefix?: string) => {
    const server = await startApiTestServer({ env, ...(prefix ? { prefix } : {}) });
    servers.push(server);
    return server;
  };

  afterEach(async () => {
    for (const server of servers.splice(0).reverse()) await server.close();
  });

  const takeTicket = (api: ApiTestServer, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/api/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ ...api.service, name: 'Siti Rahmawati' }),
    });

  const expectRefused = async (response: Response, maxSeconds: number) => {
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
    const body = (await response.json()) as ErrorBody;
    expect(body.error).toMatchObject({ code: 'rate_limited', details: { retryAfterSeconds: retryAfter } });
    expect(body.error.message).toContain(`${retryAfter} seconds`);
    return retryAfter;
  };

  it('refuses ticket creation past the per-address limit, changes nothing, and lifts after the window', async () => {
    // A 3 s window: long enough that a slow machine's first two requests fall inside it.
    const api = await start({ RATE_LIMIT_TICKETS_PER_ADDRESS: '2/3' });
    expect((await takeTicket(api)).status).toBe(201);
    expect((await takeTicket(api)).status).toBe(201);
    const before = await api.countFootprint();

    const retryAfter = await expectRefused(await takeTicket(api), 3);
    expect(await api.countFootprint()).toEqual(before);
    expect(before.queuedJobs).toBe(2);

    await sleep(retryAfter * 1000 + 100);
    expect((await takeTicket(api)).status).toBe(201);
  });

  it('limits ticket creation per browser too, and refuses a malformed browser id', async () => {
    const api = await start({
      RATE_LIMIT_TICKETS_PER_BROWSER: '1/60',
      RATE_LIMIT_TICKETS_PER_ADDRESS: '10/60',
    });
    const [first, second] = [randomUUID(), randomUUID()];
    expect((await takeTicket(api, { 'x-browser-id': first })).status).toBe(201);
    await expectRefused(await takeTicket(api, { 'x-browser-id': first }), 60);
    expect((await takeTicket(api, { 'x-browser-id': second })).status).toBe(201);
    // Without an id, the address limit alone.
    expect((await takeTicket(api)).status).toBe(201);

    const malformed = await takeTicket(api, { 'x-browser-id': 'not-a-uuid' });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorBody).error).toMatchObject({ field: 'X-Browser-Id' });
    expect(await api.countFootprint()).toMatchObject({ queuedJobs: 3 });
  });

  it('counts ticket creation across two API instances sharing Redis', async () => {
    const env = { RATE_LIMIT_TICKETS_PER_ADDRESS: '3/60' };
    const one = await start(env);
    const two = await start(env, one.prefix);
    expect(two.url).not.toBe(one.url);

    expect((await takeTicket(one)).status).toBe(201);
    expect((await takeTicket(two)).status).toBe(201);
    expect((await takeTicket(one)).status).toBe(201);
    await expectRefused(await takeTicket(two), 60);
    await expectRefused(await takeTicket(one), 60);
    expect(await one.countFootprint()).toMatchObject({ queuedJobs: 3 });
  });

  it('locks an account out for longer after each run of failures, until it signs in', async () => {
    const api = await start({
      RATE_LIMIT_SIGN_IN_FAILURES_PER_ACCOUNT: '2/60',
      RATE_LIMIT_SIGN_IN_LOCKOUT_SECONDS: '1',
      RATE_LIMIT_SIGN_IN_LOCKOUT_MAX_SECONDS: '60',
    });
    const signIn = (password: string, username = 'dkc1') =>
      fetch(`${api.url}/api/officers/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
    /** Two wrong passwords, then the lock-out they cause (recorded once each answer is sent). */
    const failTwiceThenReadLockout = async () => {
      expect((await signIn('wrong')).status).toBe(401);
      expect((await signIn('wrong')).status).toBe(401);
      const refused = await waitFor(() => signIn(demoPassword), {
        until: (response) => response.status === 429 && Number(response.headers.get('retry-after')) <= 8,
        what: 'the lock-out',
      });
      return expectRefused(refused, 8);
    };

    expect(await failTwiceThenReadLockout()).toBe(1);
    // Refused before the password is checked: no session is made, even with the right one.
    const before = await api.countFootprint();
    expect((await signIn(demoPassword)).status).toBe(429);
    expect(await api.countFootprint()).toEqual(before);
    // Another account is not locked by this one's failures.
    expect((await signIn(demoPassword, 'dkc2')).status).not.toBe(429);
    await sleep(1_100);
    expect(await failTwiceThenReadLockout()).toBe(2);
    await sleep(2_100);
    // The right password after the lock-out: signed in, and the count of lock-outs starts again.
    expect((await signIn(demoPassword)).status).toBe(200);
    expect(await failTwiceThenReadLockout()).toBe(1);
  });

  it('lets no more parallel guesses reach the password check than the limit allows', async () => {
    const api = await start({ RATE_LIMIT_SIGN_IN_FAILURES_PER_ACCOUNT: '3/60' });
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        fetch(`${api.url}/api/officers/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'dkc1', password: `guess-${index}` }),
        }),
      ),
    );
    const statuses = guesses.map((response) => response.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(3);
    expect(statuses.filter((status) => status === 429)).toHaveLength(9);
  });

  it('limits sign-in failures per address, whatever the account', async () => {
    const api = await start({ RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS: '3/60' });
    for (const username of ['nobody1', 'nobody2', 'nobody3']) {
      const response = await fetch(`${api.url}/api/officers/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'guess' }),
      });
      expect(response.status).toBe(401);
    }
    const refused = await waitFor(
      () =>
        fetch(`${api.url}/api/officers/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'dkc1', password: demoPassword }),
        }),
      { until: (response) => response.status === 429, what: 'the address lock-out' },
    );
    await expectRefused(refused, 60);
  });

  it('believes X-Forwarded-For only from a proxy TRUST_PROXY names', async () => {
    const env = { RATE_LIMIT_TICKETS_PER_ADDRESS: '1/60' };
    const direct = await start(env);
    expect((await takeTicket(direct, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(201);
    // Without a trusted proxy, a made-up address is ignored: the same client, refused.
    await expectRefused(await takeTicket(direct, { 'x-forwarded-for': '203.0.113.2' }), 60);

    const proxied = await start({ ...env, TRUST_PROXY: 'loopback' });
    expect((await takeTicket(proxied, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(201);
    expect((await takeTicket(proxied, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(201);
    await expectRefused(await takeTicket(proxied, { 'x-forwarded-for': '203.0.113.1' }), 60);
    // IPv6 clients count by their /64.
    expect((await takeTicket(proxied, { 'x-forwarded-for': '2001:db8:1:2::1' })).status).toBe(201);
    await expectRefused(await takeTicket(proxied, { 'x-forwarded-for': '2001:db8:1:2:ffff::9' }), 60);
  });

  it('limits proof-of-work challenges per address', async () => {
    const api = await start({ RATE_LIMIT_CHALLENGES_PER_ADDRESS: '2/60' });
    const challenge = () => fetch(`${api.url}/api/tickets/challenge`);
    expect((await challenge()).status).toBe(200);
    expect((await challenge()).status).toBe(200);
    await expectRefused(await challenge(), 60);
  });

  it('limits event stream opens per ticket and writes per session', async () => {
    const api = await start({ RATE_LIMIT_STREAMS_PER_TICKET: '2/60', RATE_LIMIT_WRITES_PER_SESSION: '2/60' });
    const created = (await (await takeTicket(api)).json()) as CreatedTicket;
    const other = (await (await takeTicket(api)).json()) as CreatedTicket;
    const openStream = async (ticket: CreatedTicket) => {
      const abort = new AbortController();
      const url = `${api.url}/api/tickets/${ticket.ticket.id}/events?key=${ticket.accessKey}`;
      const response = await fetch(url, { signal: abort.signal });
      // An open stream never ends: leave it. A refusal's body is read by the test.
      if (response.status === 200) abort.abort();
      return response;
    };
    expect((await openStream(created)).status).toBe(200);
    expect((await openStream(created)).status).toBe(200);
    await expectRefused(await openStream(created), 60);
    expect((await openStream(other)).status).toBe(200);

    const end = (ticket: CreatedTicket) =>
      fetch(`${api.url}/api/tickets/${ticket.ticket.id}/end`, {
        method: 'POST',
        headers: { 'x-ticket-key': ticket.accessKey },
      });
    // Not in a call: refused by the route, but counted.
    expect((await end(created)).status).toBe(409);
    expect((await end(created)).status).toBe(409);
    await expectRefused(await end(created), 60);
    expect((await end(other)).status).toBe(409);
  });
});
