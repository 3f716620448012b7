// A corpus of malformed requests sent to every /api route, without and with valid credentials:
// every answer is a 4xx with a JSON error, never a 5xx, and the plaza's Redis state is unchanged.
import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { AccountSession, CreatedTicket, ErrorBody } from '@vp/contract';
import type { Express } from 'express';
import { AccessToken } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestServer, startApiTestServer } from '../../../../test/support/api-test-server';
import { routeTable } from '../routes/route-table';

interface ApiRoute {
  method: string;
  /** Express syntax, e.g. `/api/tickets/:id`. */
  path: string;
}

interface RouterLayer {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle: { stack?: RouterLayer[] };
}

/** Every route of the route table, the corpus's list: a new entry is in the corpus unasked. */
const tableRoutes: ApiRoute[] = routeTable.map((route) => ({
  method: route.method.toUpperCase(),
  path: `/api${route.path}`,
}));

/**
 * Every route the app really serves under /api, read from Express's own router stack, to show
 * that the table leaves none out.
 */
function listServedRoutes(app: Express): ApiRoute[] {
  const routes: ApiRoute[] = [];
  const collect = (layers: RouterLayer[], base: string) => {
    for (const layer of layers) {
      if (layer.route && typeof layer.route.path === 'string') {
        for (const [method, on] of Object.entries(layer.route.methods)) {
          if (on && method !== '_all')
            routes.push({ method: method.toUpperCase(), path: base + layer.route.path });
        }
      } else if (layer.handle.stack) {
        collect(layer.handle.stack, base + (typeof layer.rawPath === 'string' ? layer.rawPath : ''));
      }
    }
  };
  collect((app as unknown as { router: { stack: RouterLayer[] } }).router.stack, '');
  return routes.filter((route) => route.path.startsWith('/api/'));
}

interface BadRequest {
  name: string;
  /** Replaces each path param; the real ticket id when absent. */
  id?: string;
  /** Appended to a path that has no param, so that it too gets a broken address. */
  suffix?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

const json = { 'content-type': 'application/json' };

interface Answer {
  status: number;
  type: string;
  text: string;
}

/**
 * Sends one request as given, through node:http rather than fetch: fetch refuses a body on a GET
 * and sets a content type of its own, both of which the corpus needs to send. Each request has a
 * connection of its own, so a body the server did not read cannot spill into the next request.
 */
function sendRaw(
  url: string,
  options: { method: string; headers?: Record<string, string>; body?: string | Uint8Array | undefined },
): Promise<Answer> {
  const { body } = options;
  // node:http frames a GET's body only when told its length.
  const length = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: options.method, headers: { ...length, ...options.headers }, timeout: 5000, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            type: response.headers['content-type'] ?? '',
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer from ${options.method} ${url}`)));
    request.on('error', reject);
    request.end(body);
  });
}
const garbage = new TextEncoder().encode('garbage, not compressed');
const knownFields =
  '{"ticketId":12,"status":[],"autoAccept":"yes","username":{},"password":1,"tenantCode":1,' +
  '"serviceId":null,"name":5,"outcome":true,"notes":[],"vulnerableGroup":7}';

/** Malformed path ids: each must be refused before it can name a Redis key. */
const pathCases = (ticketId: string): BadRequest[] => [
  { name: 'a broken percent-escape', id: '%E0%A4%A', suffix: '%E0%A4%A' },
  { name: 'a lone percent sign', id: '%', suffix: '%' },
  { name: 'an id naming another key', id: `${ticketId}:history`, suffix: ':history' },
  { name: 'a wildcard', id: '*', suffix: '*' },
  { name: 'an encoded parent path', id: '..%2F..%2Fhistory', suffix: '%2F..' },
  { name: 'a very long id', id: 'a'.repeat(5000), suffix: 'a'.repeat(5000) },
  { name: 'a unicode id', id: encodeURIComponent('tiket-ñ-票-😀'), suffix: encodeURIComponent('票') },
  { name: 'a NUL byte', id: '%00', suffix: '%00' },
  { name: 'an id of no ticket', id: '00000000-0000-4000-8000-000000000000' },
];

/** Malformed bodies, sent with the route's otherwise real path. */
const bodyCases: BadRequest[] = [
  { name: 'garbage JSON', headers: json, body: '{"ticketId":' },
  { name: 'not JSON at all', headers: json, body: 'garbage' },
  { name: 'JSON as text/plain', headers: { 'content-type': 'text/plain' }, body: '{}' },
  { name: 'a form body', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' },
  { name: 'a body with no content type', body: new TextEncoder().encode('{}') },
  { name: 'an unknown charset', headers: { 'content-type': 'application/json; charset=koi8-r' }, body: '{}' },
  { name: 'corrupt gzip', headers: { ...json, 'content-encoding': 'gzip' }, body: garbage },
  {
    name: 'truncated gzip',
    headers: { ...json, 'content-encoding': 'gzip' },
    body: gzipSync('{"a":1}').subarray(0, 12),
  },
  { name: 'corrupt deflate', headers: { ...json, 'content-encoding': 'deflate' }, body: garbage },
  { name: 'corrupt br', headers: { ...json, 'content-encoding': 'br' }, body: garbage },
  { name: 'an unsupported encoding', headers: { ...json, 'content-encoding': 'foo' }, body: '{}' },
  { name: 'stacked encodings', headers: { ...json, 'content-encoding': 'gzip, br' }, body: garbage },
  { name: 'zstd, not read here', headers: { ...json, 'content-encoding': 'zstd' }, body: garbage },
  { name: 'a huge body', headers: json, body: JSON.stringify({ notes: 'x'.repeat(100_000) }) },
  {
    name: 'a gzip bomb',
    headers: { ...json, 'content-encoding': 'gzip' },
    body: gzipSync(JSON.stringify({ notes: '0'.repeat(2_000_000) })),
  },
  {
    name: 'a br bomb',
    headers: { ...json, 'content-encoding': 'br' },
    body: brotliCompressSync(JSON.stringify({ notes: '0'.repeat(2_000_000) })),
  },
  { name: 'JSON null', headers: json, body: 'null' },
  { name: 'an array', headers: json, body: '[]' },
  { name: 'an array of objects', headers: json, body: '[{"status":"ready"}]' },
  { name: 'an extra field', headers: json, body: '{"unexpected":1}' },
  { name: 'known fields of the wrong types', headers: json, body: knownFields },
  { name: 'a __proto__ key', headers: json, body: '{"__proto__":{"polluted":"yes"},"status":"ready"}' },
  {
    name: 'a constructor.prototype key',
    headers: json,
    body: '{"constructor":{"prototype":{"polluted":"yes"}}}',
  },
  { name: 'deep nesting', headers: json, body: `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}` },
];

/**
 * Keys left out of the before/after comparison, because they change with time whatever the
 * requests do: the process registry (heartbeat scores), a tenant's dispatch lease (renewed by its
 * holder), BullMQ's bookkeeping (`stalled-check`, `meta`, its `events` stream) and rate-limit
 * counters (a refused request still counts against its sender).
 */
const changingKeys = /:processes$|:dispatch-lease$|:queue:.*:(stalled-check|meta|events)$|:rate-limit:/;

/** A session's last-seen time moves with every request it makes (its idle lifetime): not compared. */
const changingFields: { key: RegExp; field: string }[] = [{ key: /:session:[^:]+$/, field: 'lastSeenAt' }];

/**
 * Every key of the prefix with its type and content, for a before/after comparison; `alsoLeaveOut`
 * names keys a test's requests may rightly write (a handled webhook's id, kept to refuse replays).
 */
async function snapshotKeys(api: ApiTestServer, alsoLeaveOut?: RegExp): Promise<Record<string, unknown>> {
  const { redis } = api.plaza.context;
  const snapshot: Record<string, unknown> = {};
  for await (const batch of redis.scanIterator({ MATCH: `${api.prefix}:*`, COUNT: 500 })) {
    for (const key of batch) {
      if (changingKeys.test(key) || alsoLeaveOut?.test(key)) continue;
      const type = await redis.type(key);
      if (type === 'string') snapshot[key] = await redis.get(key);
      else if (type === 'hash') {
        const fields: Record<string, string> = { ...(await redis.hGetAll(key)) };
        for (const changing of changingFields) if (changing.key.test(key)) delete fields[changing.field];
        snapshot[key] = fields;
      } else if (type === 'list') snapshot[key] = await redis.lRange(key, 0, -1);
      else if (type === 'set') snapshot[key] = (await redis.sMembers(key)).sort();
      else if (type === 'zset') snapshot[key] = await redis.zRangeWithScores(key, 0, -1);
      else if (type === 'stream')
        snapshot[key] = {
          length: await redis.xLen(key),
          last: await redis.xRevRange(key, '+', '-', { COUNT: 1 }),
        };
      else snapshot[key] = type;
    }
  }
  return snapshot;
}

describe('bad input at the edge', () => {
  let api: ApiTestServer;
  let ticketId: string;
  /** The ticket's key and an officer's session: what the findings' requests carry. */
  let credentials: Record<string, string>;
  /** Who sends the corpus: nobody, a forger, an officer, an admin (the last two with the ticket's key). */
  let senders: { who: string; headers: Record<string, string> }[];

  beforeAll(async () => {
    // The test server's roomy rate limits (test/support/roomy-rate-limits.ts) let each of the
    // corpus's requests reach the checks behind its route's limit.
    api = await startApiTestServer();
    const taken = await fetch(`${api.url}/api/tickets`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ ...api.service, name: 'Ani' }),
    });
    expect(taken.status).toBe(201);
    const { ticket, accessKey } = (await taken.json()) as CreatedTicket;
    ticketId = ticket.id;
    const signIn = async (username: string) => {
      const signedIn = await fetch(`${api.url}/api/session/sign-in`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ username, password: 'plaza-demo' }),
      });
      expect(signedIn.status).toBe(200);
      const { sessionId } = (await signedIn.json()) as AccountSession;
      // With the key too: a citizen route reads the key, an account's route the session.
      return { authorization: `Bearer ${sessionId}`, 'x-ticket-key': accessKey };
    };
    credentials = await signIn('dkc1');
    const admin = await signIn('admin1');
    senders = [
      { who: 'anonymous', headers: {} },
      // Long, with characters that would shape a Redis key if one were built from them.
      {
        who: 'forged credentials',
        headers: { authorization: `Bearer ${'x'.repeat(3000)}:*`, 'x-ticket-key': 'k:*' },
      },
      { who: 'an officer', headers: credentials },
      { who: 'an admin', headers: admin },
    ];
    // The credentials work, so that the corpus's requests get past them.
    for (const [path, headers] of [
      [`/api/tickets/${ticketId}`, credentials],
      ['/api/officers/me', credentials],
      ['/api/session', admin],
    ] as const) {
      expect((await fetch(`${api.url}${path}`, { headers })).status).toBe(200);
    }
  });

  afterAll(async () => {
    await api?.close();
  });

  const send = async (route: ApiRoute, bad: BadRequest, credentialHeaders: Record<string, string>) => {
    const hasParam = route.path.includes('/:');
    const path = hasParam
      ? route.path.replace(/:[A-Za-z]+/g, bad.id ?? ticketId)
      : route.path + (bad.body === undefined ? (bad.suffix ?? '') : '');
    return sendRaw(`${api.url}${path}`, {
      method: route.method,
      headers: { ...credentialHeaders, ...bad.headers },
      body: bad.body,
    });
  };

  it('walks every route of the app', () => {
    const served = listServedRoutes(api.app).map((route) => `${route.method} ${route.path}`);
    const routes = tableRoutes.map((route) => `${route.method} ${route.path}`);
    expect([...served].sort()).toEqual([...routes].sort());
    // The table is all the app serves under /api, so the corpus below, run over the table, misses
    // no route. A sample, to show the walk found them:
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /api/tickets',
        'GET /api/tickets/:id',
        'POST /api/tickets/:id/cancel',
        'POST /api/officers/login',
        'POST /api/officers/me/offer/accept',
        'POST /api/livekit/webhook',
      ]),
    );
  });

  // A few thousand requests, one after another: slow on a busy machine, so its own time-out.
  it('answers every bad input on every route with a JSON 4xx and changes nothing', {
    timeout: 120_000,
  }, async () => {
    const before = await snapshotKeys(api);
    const routes = tableRoutes;
    const wrong: string[] = [];
    let sent = 0;
    let limited = 0;
    for (const route of routes) {
      const hasParam = route.path.includes('/:');
      const cases = [
        ...pathCases(ticketId).filter((bad) => hasParam || bad.suffix !== undefined),
        ...bodyCases,
      ];
      for (const sender of senders) {
        for (const bad of cases) {
          const answer = await send(route, bad, sender.headers).catch(
            (error: unknown): Answer => ({ status: 0, type: '', text: `no answer: ${String(error)}` }),
          );
          sent += 1;
          if (answer.status === 429) limited += 1;
          const body = answer.type.startsWith('application/json')
            ? (JSON.parse(answer.text) as ErrorBody)
            : null;
          const ok =
            answer.status >= 400 &&
            answer.status < 500 &&
            typeof body?.error?.code === 'string' &&
            typeof body.error.message === 'string';
          if (!ok) {
            wrong.push(
              `${route.method} ${route.path} ${bad.name} (${sender.who}): ${answer.status} ${answer.text.slice(0, 120)}`,
            );
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(sent).toBeGreaterThan(500);
    // No answer came from a rate limit, which would have hidden the checks behind it.
    expect(limited).toBe(0);
    // Nothing of the request reached the process's objects either.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await snapshotKeys(api)).toEqual(before);
  });

  it('acknowledges a signed webhook whose room names no ticket, and changes nothing', async () => {
    const before = await snapshotKeys(api, /:webhook-event:/);
    const rooms = [
      `call-${ticketId}:history`,
      'call-*',
      'call-..%2F..',
      `call-${'a'.repeat(2000)}`,
      'call-',
      'lobby',
    ];
    const answers: string[] = [];
    for (const [index, room] of rooms.entries()) {
      for (const event of ['room_finished', 'participant_joined']) {
        // Signed as LiveKit signs: the body's SHA-256 in a JWT made with the API secret.
        const body = JSON.stringify({
          id: `EV_bad_room_${index}_${event}`,
          event,
          room: { name: room },
          participant: { identity: `citizen-${room.slice('call-'.length)}` },
        });
        const { apiKey, apiSecret } = api.config.livekit.credentials;
        const token = new AccessToken(apiKey, apiSecret);
        token.sha256 = createHash('sha256').update(body).digest('base64');
        const answer = await sendRaw(`${api.url}/api/livekit/webhook`, {
          method: 'POST',
          headers: { 'content-type': 'application/webhook+json', authorization: await token.toJwt() },
          body,
        });
        answers.push(`${event} ${room.slice(0, 60)}: ${answer.status}`);
      }
    }
    // Acknowledged (LiveKit would retry a refusal), never a 500.
    expect(answers.filter((answer) => !answer.endsWith(': 200'))).toEqual([]);
    expect(await snapshotKeys(api, /:webhook-event:/)).toEqual(before);
  });

  interface Finding {
    name: string;
    method: string;
    /** `{id}` stands for the real ticket's id. */
    path: string;
    headers?: Record<string, string>;
    body?: string | Uint8Array;
    status: number;
    code: string;
  }

  // The findings of issue 7 and their neighbours, each with the answer it now gets.
  it.each<Finding>([
    {
      name: 'corrupt gzip',
      method: 'POST',
      path: '/api/tickets',
      headers: { ...json, 'content-encoding': 'gzip' },
      body: garbage,
      status: 400,
      code: 'bad_request',
    },
    {
      name: 'corrupt br',
      method: 'POST',
      path: '/api/tickets',
      headers: { ...json, 'content-encoding': 'br' },
      body: garbage,
      status: 400,
      code: 'bad_request',
    },
    {
      name: 'an unsupported encoding',
      method: 'POST',
      path: '/api/tickets',
      headers: { ...json, 'content-encoding': 'foo' },
      body: '{}',
      status: 415,
      code: 'unsupported_media_type',
    },
    {
      name: 'a text/plain offer answer',
      method: 'POST',
      path: '/api/officers/me/offer/decline',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
      status: 415,
      code: 'unsupported_media_type',
    },
    {
      name: 'a broken percent-escape',
      method: 'POST',
      path: '/api/tickets/%E0%A4%A/cancel',
      status: 400,
      code: 'bad_request',
    },
    {
      name: 'an id naming another key',
      method: 'GET',
      path: '/api/tickets/{id}:history',
      status: 400,
      code: 'bad_request',
    },
    {
      name: 'an offer answer naming another key',
      method: 'POST',
      path: '/api/officers/me/offer/accept',
      headers: json,
      body: '{"ticketId":"{id}:history"}',
      status: 422,
      code: 'validation_failed',
    },
    {
      name: 'a body where none belongs',
      method: 'POST',
      path: '/api/tickets/{id}/cancel',
      headers: json,
      body: '{}',
      status: 400,
      code: 'bad_request',
    },
    {
      name: 'a body on a GET',
      method: 'GET',
      path: '/api/tickets/{id}',
      headers: json,
      body: '{}',
      status: 400,
      code: 'bad_request',
    },
    {
      name: 'a gzip bomb',
      method: 'POST',
      path: '/api/tickets',
      headers: { ...json, 'content-encoding': 'gzip' },
      body: gzipSync(JSON.stringify({ notes: '0'.repeat(2_000_000) })),
      status: 413,
      code: 'payload_too_large',
    },
  ])('answers $name with $status $code', async ({ method, path, headers, body, status, code }) => {
    const answer = await sendRaw(`${api.url}${path.replace('{id}', ticketId)}`, {
      method,
      headers: { ...credentials, ...headers },
      body: typeof body === 'string' ? body.replace('{id}', ticketId) : body,
    });
    expect(answer.status).toBe(status);
    expect((JSON.parse(answer.text) as ErrorBody).error.code).toBe(code);
    const ticket = await fetch(`${api.url}/api/tickets/${ticketId}`, { headers: credentials });
    expect(await ticket.json()).toMatchObject({ status: 'waiting' });
  });
});
