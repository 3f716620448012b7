// Builds the API's router from the route table: each route's rule is enforced before its handler
// runs (401 without the credential it needs, 403 for a role or scope it does not have), its path
// params are parsed, its rate limit applied, and an answer carrying a secret is marked no-store.
// Order per route: body guard, no-store, rate limit (`deps.limits`), then for an account's rule
// session (401), role and scope (403), path params (400); for a citizen's, path params (400) then
// the ticket's key (401, or 404 for a wrong one); then the handler.

import { randomUUID } from 'node:crypto';
import type { Account } from '@vp/catalogue';
import { AppError } from '@vp/contract';
import { readTicketWithKey } from '@vp/engine';
import { type Request, type RequestHandler, type Response, Router } from 'express';
import { canSeeTenant, holdsRole } from '../auth/access';
import type { Authenticated } from '../auth/account-auth';
import type { ApiDeps } from '../deps';
import { refuseBody } from './edge-guards';
import type { AccountAccess, Route } from './route-definition';

/** What the route's rule established, kept for later middleware (a rate limit keyed by session). */
export interface RouteLocals {
  auth?: Authenticated;
}

const forbidden = (reason: string) =>
  new AppError('forbidden', reason, { userMessage: 'This account may not do that' });

/**
 * The ticket key of a citizen's request: the header, or `?key=` on a GET (an event stream, which
 * cannot send headers, and changes nothing). A request that changes state never carries a secret
 * in its address, where proxies and logs would keep it.
 */
function ticketKeyOf(request: Request): string {
  const fromQuery = typeof request.query.key === 'string' ? request.query.key : undefined;
  if (fromQuery !== undefined && request.method !== 'GET') {
    throw new AppError('bad_request', 'ticket key in the address of a write', {
      userMessage: 'Send the ticket key in the X-Ticket-Key header, not in the address',
      field: 'key',
    });
  }
  const key = request.get('x-ticket-key') ?? fromQuery;
  if (!key) {
    throw new AppError('unauthenticated', 'ticket key missing', {
      userMessage: 'The ticket link is incomplete',
      field: 'key',
    });
  }
  return key;
}

function parseParams(route: Route, request: Request): Record<string, string> {
  if (!route.params) return {};
  const parsed = route.params.safeParse({ ...request.params });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || 'path';
  throw new AppError('bad_request', `invalid path param ${field}`, {
    userMessage: `${field}: ${issue?.message ?? 'invalid'}`,
    field,
  });
}

/** Throws 403 unless the account's role and scope allow the route. */
export function authorizeAccount(rule: AccountAccess, account: Account, request: Request): void {
  if (!holdsRole(account, rule.role)) {
    throw forbidden(`${account.role} ${account.id} on a ${rule.role} route`);
  }
  if (rule.scope === 'plaza' && account.role !== 'admin') throw forbidden(`${account.id} has no plaza scope`);
  if (rule.scope === 'tenant') {
    const source: unknown = rule.tenantFrom?.in === 'body' ? request.body : request.params;
    const value = rule.tenantFrom
      ? (source as Record<string, unknown> | undefined)?.[rule.tenantFrom.field]
      : undefined;
    // A missing or malformed tenant is the handler's validation error; a named one must be in scope.
    if (typeof value === 'string' && !canSeeTenant(account, value)) {
      throw forbidden(`${account.id} does not see tenant ${value}`);
    }
  }
}

function authenticate(route: Route, deps: ApiDeps): RequestHandler {
  const rule = route.access;
  return async (request, response: Response<unknown, RouteLocals>, next) => {
    if (typeof rule === 'object') {
      response.locals.auth =
        rule.credential === 'stream-ticket'
          ? await deps.auth.authenticateStream(request)
          : await deps.auth.authenticate(request);
    }
    next();
  };
}

function handle(route: Route, deps: ApiDeps): RequestHandler {
  const rule = route.access;
  return async (request, response: Response<unknown, RouteLocals>) => {
    if (typeof rule === 'object') {
      const auth = response.locals.auth;
      if (!auth) throw new Error(`route ${route.path} ran without authentication`);
      authorizeAccount(rule, auth.account, request);
      return route.handler({
        request,
        response,
        params: parseParams(route, request),
        deps,
        ...auth,
      } as never);
    }
    const params = parseParams(route, request);
    if (rule === 'public') return route.handler({ request, response, params, deps } as never);
    const ticket = await readTicketWithKey(deps.plaza, {
      ticketId: params.id ?? '',
      accessKey: ticketKeyOf(request),
    });
    return route.handler({ request, response, params, deps, ticket } as never);
  };
}

const passOn: RequestHandler = (_request, _response, next) => next();

/** An answer that carries a secret (and any error in its place) is never stored by a cache. */
const noStore: RequestHandler = (_request, response, next) => {
  response.set('Cache-Control', 'no-store');
  next();
};

/**
 * The router of the table's routes that read their body raw (`rawBody`), or of all the others
 * (which get the JSON body parsed before them).
 */
export function createRouteTableRouter(
  deps: ApiDeps,
  routes: readonly Route[],
  part: 'raw' | 'json',
): Router {
  const router = Router();
  for (const route of routes) {
    if ((route.rawBody !== undefined) !== (part === 'raw')) continue;
    // The citizen's rule reads the ticket of the path's id: a table that breaks this fails at start.
    if (route.access === 'citizen' && !route.params?.safeParse({ id: randomUUID() }).success) {
      throw new Error(`citizen route ${route.method} ${route.path} must parse an :id param`);
    }
    const limit = (route.limit && deps.limits?.[route.limit]) ?? passOn;
    // The limit comes first: a refused request costs no session lookup and changes nothing.
    router[route.method](
      route.path,
      ...(route.rawBody ? [route.rawBody] : []),
      ...(route.noBody ? [refuseBody] : []),
      route.secret ? noStore : passOn,
      limit,
      authenticate(route, deps),
      handle(route, deps),
    );
  }
  return router;
}
