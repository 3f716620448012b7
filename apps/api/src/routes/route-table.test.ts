// The route table is the single source of who may call what: every route of it is called with
// every role (none, a citizen's ticket key, an officer, an officer of another tenant, a
// supervisor, an admin), and the answer's class must follow the route's rule — 401 without the
// credential it needs, 403 for a role or scope it lacks, otherwise whatever the handler says
// (2xx, or a 4xx about the input) but never 401/403/5xx. And the app serves no route the table
// lacks: a route added beside the table fails here.
import type { AccountRole, CreatedTicket } from '@vp/contract';
import { createTicket, systemClock } from '@vp/engine';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestServer, startApiTestServer } from '../../../../test/support/api-test-server';
import { createAuthKeys } from '../auth/auth-keys';
import { SessionStore } from '../auth/session-store';
import type { Access, Route } from '../http/route-definition';
import { routeTable } from './route-table';

type Role = 'none' | 'citizen' | 'officer' | 'other-tenant officer' | 'supervisor' | 'admin';
const roles: Role[] = ['none', 'citizen', 'officer', 'other-tenant officer', 'supervisor', 'admin'];

/** The demo account each signed-in role uses: `dkc-1` serves DKC, `sam-1` only SAM. */
const accountOfRole: Partial<Record<Role, { id: string; role: AccountRole }>> = {
  officer: { id: 'dkc-1', role: 'officer' },
  'other-tenant officer': { id: 'sam-1', role: 'officer' },
  supervisor: { id: 'spv-1', role: 'supervisor' },
  admin: { id: 'admin-1', role: 'admin' },
};

type Expected = 'unauthenticated' | 'forbidden' | 'allowed';

/** What the rule says a role gets; derived from the table's entry alone. */
function expectedFor(access: Access, role: Role): Expected {
  if (access === 'public') return 'allowed';
  if (access === 'citizen') return role === 'citizen' ? 'allowed' : 'unauthenticated';
  const account = accountOfRole[role];
  if (!account) return 'unauthenticated';
  const adminAsSupervisor = access.role === 'supervisor' && account.role === 'admin';
  if (access.role !== 'any' && access.role !== account.role && !adminAsSupervisor) return 'forbidden';
  if (access.scope === 'plaza' && account.role !== 'admin') return 'forbidden';
  return 'allowed';
}

/**
 * Public routes whose handler checks a signature of its own (the LiveKit webhook): unsigned, they
 * answer 401 from the handler, not from the table's rule.
 */
const signedByCaller = new Set(['POST /livekit/webhook']);

interface RouterLayer {
  route?: { path: unknown; methods: Record<string, boolean> };
  handle: { stack?: RouterLayer[] };
}

/** Every `METHOD /path` the app's router really serves under /api. */
function servedRoutes(app: Express): string[] {
  const found: string[] = [];
  const collect = (layers: RouterLayer[]) => {
    for (const layer of layers) {
      if (layer.route && typeof layer.route.path === 'string') {
        for (const [method, on] of Object.entries(layer.route.methods)) {
          if (on && method !== '_all') found.push(`${method.toUpperCase()} ${layer.route.path}`);
        }
      } else if (layer.handle.stack) {
        collect(layer.handle.stack);
      }
    }
  };
  collect((app as unknown as { router: { stack: RouterLayer[] } }).router.stack);
  return found;
}

const keyOf = (route: Route) => `${route.method.toUpperCase()} ${route.path}`;

describe('the route table', () => {
  let api: ApiTestServer;
  let sessions: SessionStore;
  let created: CreatedTicket;

  beforeAll(async () => {
    api = await startApiTestServer();
    const { redis } = api.plaza.context;
    // The server's own store, reached through Redis: sessions made here skip the scrypt of a sign-in.
    sessions = new SessionStore({
      redis,
      keys: createAuthKeys(api.prefix),
      clock: systemClock,
      lifetimes: { idleMs: 60_000, maxMs: 3_600_000 },
    });
    created = await createTicket(api.plaza.context, { ...api.service, name: 'Ani' });
  });

  afterAll(async () => {
    await api?.close();
  });

  /** Calls the route as the role, with a fresh session each time (sign-out and the admin end them). */
  const callAs = async (route: Route, role: Role): Promise<Response> => {
    const path = route.path
      .replace(':id', created.ticket.id)
      .replace(':ticketId', created.ticket.id)
      .replace(':accountId', 'dkc-1')
      .replace(':officerId', 'dkc-1')
      .replace(':tenantCode', created.ticket.tenantCode);
    const url = new URL(`${api.url}/api${path}`);
    const headers: Record<string, string> = {};
    if (role === 'citizen') {
      headers['x-ticket-key'] = created.accessKey;
      // The citizen's event stream carries its key in the query (EventSource sends no headers).
      url.searchParams.set('key', created.accessKey);
    }
    const account = accountOfRole[role];
    if (account) {
      const { sessionId, session } = await sessions.create(account);
      const access = route.access;
      if (typeof access === 'object' && access.credential === 'stream-ticket') {
        url.searchParams.set('ticket', await sessions.issueStreamTicket(session));
      } else {
        headers.authorization = `Bearer ${sessionId}`;
      }
    }
    const hasBody = route.method !== 'get' && !route.noBody;
    if (hasBody) headers['content-type'] = 'application/json';
    const abort = new AbortController();
    const response = await fetch(url, {
      method: route.method.toUpperCase(),
      headers,
      body: hasBody ? '{}' : null,
      signal: abort.signal,
    });
    // An event stream never ends: its status and headers are the answer.
    if (response.headers.get('content-type')?.startsWith('text/event-stream')) abort.abort();
    return response;
  };

  it('declares each method and path once', () => {
    const keys = routeTable.map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is everything the app serves under /api: no route beside the table', () => {
    expect(servedRoutes(api.app).sort()).toEqual(routeTable.map(keyOf).sort());
  });

  it.each(routeTable.map((route) => [keyOf(route), route] as const))(
    '%s answers every role as its rule says',
    async (_name, route) => {
      for (const role of roles) {
        const response = await callAs(route, role);
        await response.body?.cancel().catch(() => {});
        const expected = expectedFor(route.access, role);
        if (expected === 'unauthenticated') expect(response.status, role).toBe(401);
        else if (expected === 'forbidden') expect(response.status, role).toBe(403);
        else {
          const ownSignature = signedByCaller.has(keyOf(route)) && response.status === 401;
          expect(ownSignature || (response.status !== 401 && response.status !== 403), role).toBe(true);
          expect(response.status, role).toBeLessThan(500);
          if (route.secret && response.status < 300) {
            expect(response.headers.get('cache-control'), `${role}: a secret is never cached`).toBe(
              'no-store',
            );
          }
        }
      }
    },
  );
});
