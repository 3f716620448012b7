// Sessions over HTTP against a real Redis: an opaque id stored hashed, sign-out and an admin's end
// taking effect at once (requests and open event streams), idle and absolute lifetimes on the
// API's clock, and single-use stream tickets instead of the session id in a URL.
import type { AccountSession, EndedSessions, ErrorBody, Session, StreamTicket } from '@vp/contract';
import { ManualClock } from '@vp/engine';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestServer, startApiTestServer } from '../../../../test/support/api-test-server';
import { createAuthKeys } from './auth-keys';
import { hashSecret } from './session-store';

const demoPassword = 'plaza-demo';

/** An open event stream; `ended` resolves when the server closes it. */
async function openStream(url: string): Promise<{ status: number; ended: Promise<void>; close(): void }> {
  const abort = new AbortController();
  const response = await fetch(url, { signal: abort.signal });
  const reader = response.body?.getReader();
  const ended = (async () => {
    try {
      while (reader && !(await reader.read()).done);
    } catch {
      // Aborted by close().
    }
  })();
  return { status: response.status, ended, close: () => abort.abort() };
}

/** Whether the promise settles within the time. */
const settlesWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), ms))]);

describe('sessions', () => {
  let api: ApiTestServer;
  const clock = new ManualClock(Date.UTC(2026, 10, 23, 1, 0));
  const streams: { close(): void }[] = [];

  beforeAll(async () => {
    api = await startApiTestServer({ clock, env: { SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '12' } });
  });

  afterEach(() => {
    for (const stream of streams.splice(0)) stream.close();
  });

  afterAll(async () => {
    await api?.close();
  });

  const send = (path: string, options: { session?: string; body?: unknown; method?: string } = {}) =>
    fetch(`${api.url}${path}`, {
      method: options.method ?? 'POST',
      headers: {
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.session ? { authorization: `Bearer ${options.session}` } : {}),
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  const signIn = async (username: string) => {
    const response = await send('/api/session/sign-in', { body: { username, password: demoPassword } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    return ((await response.json()) as AccountSession).sessionId;
  };
  const statusOf = async (session: string) =>
    (await send('/api/officers/me', { session, method: 'GET' })).status;
  const openConsoleStream = async (session: string) => {
    const answer = await send('/api/officers/me/events/ticket', { session });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const { streamTicket } = (await answer.json()) as StreamTicket;
    const stream = await openStream(
      `${api.url}/api/officers/me/events?ticket=${encodeURIComponent(streamTicket)}`,
    );
    streams.push(stream);
    return { ...stream, streamTicket };
  };

  it('gives an opaque 256-bit id, kept in Redis only as its SHA-256', async () => {
    const sessionId = await signIn('dkc1');
    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const { redis } = api.plaza.context;
    const keys = createAuthKeys(api.prefix);
    expect(await redis.hGetAll(keys.session(hashSecret(sessionId)))).toMatchObject({
      accountId: 'dkc-1',
      role: 'officer',
    });
    expect(await redis.sIsMember(keys.accountSessions('dkc-1'), hashSecret(sessionId))).toBe(1);
    // The id itself is in no key and no value.
    for await (const batch of redis.scanIterator({ MATCH: `${api.prefix}:*`, COUNT: 500 })) {
      for (const key of batch) {
        expect(key).not.toContain(sessionId);
        if ((await redis.type(key)) === 'hash') {
          expect(Object.values(await redis.hGetAll(key))).not.toContain(sessionId);
        }
      }
    }
    const console = await send('/api/officers/login', { body: { username: 'dkc1', password: demoPassword } });
    expect(((await console.json()) as Session).sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(console.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses the console sign-in to a supervisor or admin, and opens them no session', async () => {
    const { redis } = api.plaza.context;
    const keys = createAuthKeys(api.prefix);
    for (const username of ['spv1', 'admin1']) {
      const response = await send('/api/officers/login', { body: { username, password: demoPassword } });
      expect(response.status).toBe(403);
      expect(((await response.json()) as ErrorBody).error.code).toBe('forbidden');
    }
    expect(await redis.sCard(keys.accountSessions('spv-1'))).toBe(0);
  });

  it('signs out at once: the session is refused and its open event stream closes', async () => {
    const session = await signIn('dkc1');
    const otherTab = await signIn('dkc1');
    const stream = await openConsoleStream(session);
    expect(stream.status).toBe(200);
    const otherStream = await openConsoleStream(otherTab);
    expect(await statusOf(session)).toBe(200);

    const out = await send('/api/session/sign-out', { session });
    expect(out.status).toBe(200);
    expect(await settlesWithin(stream.ended, 2000)).toBe(true);
    expect(await statusOf(session)).toBe(401);
    expect((await send('/api/officers/me/events/ticket', { session })).status).toBe(401);
    // The same officer's other session, and its stream, go on.
    expect(await statusOf(otherTab)).toBe(200);
    expect(await settlesWithin(otherStream.ended, 300)).toBe(false);
  });

  it('lets an admin end every session of an account, closing their streams, and no one else', async () => {
    const [first, second, admin, supervisor] = await Promise.all([
      signIn('sam1'),
      signIn('sam1'),
      signIn('admin1'),
      signIn('spv1'),
    ]);
    const stream = await openConsoleStream(first);
    const bystander = await signIn('sam2');
    const endSessions = (accountId: string, session: string) =>
      send(`/api/admin/accounts/${accountId}/sessions/end`, { session });

    // A supervisor of SAM is no admin (yet): refused, and nothing ends.
    expect((await endSessions('sam-1', supervisor)).status).toBe(403);
    expect(await statusOf(first)).toBe(200);

    const ended = await endSessions('sam-1', admin);
    expect(ended.status).toBe(200);
    expect((await ended.json()) as EndedSessions).toEqual({ accountId: 'sam-1', ended: 2 });
    expect(await settlesWithin(stream.ended, 2000)).toBe(true);
    expect(await statusOf(first)).toBe(401);
    expect(await statusOf(second)).toBe(401);
    expect(await statusOf(bystander)).toBe(200);

    const unknown = await endSessions('nobody-9', admin);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorBody).error.field).toBe('accountId');
    const malformed = await endSessions('Not%20An%20Id', admin);
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorBody).error.field).toBe('accountId');
  });

  it('ends a session unused for the idle lifetime, and any session at its absolute lifetime', async () => {
    const idle = await signIn('dkc2');
    const busy = await signIn('dkc2');
    let minutes = 0;
    const advanceTo = (at: number) => {
      clock.advance((at - minutes) * 60_000);
      minutes = at;
    };
    // Used every 20 minutes, the busy session stays; the idle one is gone after 30.
    advanceTo(20);
    expect(await statusOf(busy)).toBe(200);
    advanceTo(30);
    expect(await statusOf(idle)).toBe(401);
    expect(await statusOf(busy)).toBe(200);
    while (minutes + 20 < 12 * 60) {
      advanceTo(minutes + 20);
      expect(await statusOf(busy), `after ${minutes} minutes`).toBe(200);
    }
    // Twelve hours after sign-in, however busy.
    advanceTo(12 * 60);
    expect(await statusOf(busy)).toBe(401);
  });

  it('opens a stream only with a fresh stream ticket: used once, never with the session id', async () => {
    const session = await signIn('dkc1');
    const stream = await openConsoleStream(session);
    expect(stream.status).toBe(200);
    const again = await fetch(
      `${api.url}/api/officers/me/events?ticket=${encodeURIComponent(stream.streamTicket)}`,
    );
    expect(again.status).toBe(401);
    for (const query of [`ticket=${session}`, `token=${session}`, '']) {
      const response = await fetch(`${api.url}/api/officers/me/events?${query}`);
      expect(response.status, query).toBe(401);
    }
    const bearer = await fetch(`${api.url}/api/officers/me/events`, {
      headers: { authorization: `Bearer ${session}` },
    });
    expect(bearer.status).toBe(401);
    // A ticket that is never used lapses on its own within 30 s.
    const unused = (await (await send('/api/officers/me/events/ticket', { session })).json()) as StreamTicket;
    const { redis } = api.plaza.context;
    const ttl = await redis.pTTL(createAuthKeys(api.prefix).streamTicket(hashSecret(unused.streamTicket)));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(30_000);
  });
});
