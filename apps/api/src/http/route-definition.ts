// The shape of one entry of the route table (routes/route-table.ts): method, path, who may call
// it, its path params, whether its answer carries a secret, its rate limit, and its handler.
import type { Account } from '@vp/catalogue';
import type { AccountRole } from '@vp/contract';
import type { TicketRecord } from '@vp/engine';
import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { SessionRecord } from '../auth/session-store';
import type { ApiDeps } from '../deps';
import type { RateLimitName } from './rate-limit-name';

export type { RateLimitName } from './rate-limit-name';

/**
 * What the account may act on: `own` itself (an officer's own console), `session` its own session,
 * `tenant` the tenant named by the request (`tenantFrom`), `plaza` everything (admin).
 */
export type AccessScope = 'own' | 'session' | 'tenant' | 'plaza';

/** A signed-in account's rule: its role (`any` for every role) and scope. */
export interface AccountAccess<Role extends AccountRole | 'any' = AccountRole | 'any'> {
  role: Role;
  scope: AccessScope;
  /** For scope `tenant`: the path param or body field naming the tenant. */
  tenantFrom?: { in: 'params' | 'body'; field: string };
  /**
   * How the session is presented: the `Authorization: Bearer` header (default), or a single-use
   * `?ticket=` for an event stream (EventSource sends no headers).
   */
  credential?: 'bearer' | 'stream-ticket';
}

/**
 * `public`: anyone. `citizen`: the ticket of the path's `id`, with its access key (the
 * `X-Ticket-Key` header, or `?key=` for its event stream). Otherwise a signed-in account's rule.
 */
export type Access = 'public' | 'citizen' | AccountAccess;

/** Path params of a route: a strict object of the params its path declares. */
export type ParamsSchema = z.ZodType<Record<string, string>>;

/** A supervisor's route is an admin's too (auth/access.ts `holdsRole`). */
type AccountOf<Role> = Role extends 'supervisor'
  ? Extract<Account, { role: 'supervisor' | 'admin' }>
  : Role extends AccountRole
    ? Extract<Account, { role: Role }>
    : Account;

/** What the handler is given besides the request: what the route's rule established. */
export type AuthOf<A extends Access> = A extends 'public'
  ? object
  : A extends 'citizen'
    ? { ticket: TicketRecord }
    : A extends AccountAccess<infer Role>
      ? { account: AccountOf<Role>; session: SessionRecord }
      : never;

export type RouteHandler<A extends Access, P extends ParamsSchema | undefined = undefined> = (
  input: {
    request: Request;
    response: Response;
    params: P extends ParamsSchema ? z.infer<P> : Record<string, never>;
    deps: ApiDeps;
  } & AuthOf<A>,
) => Promise<void> | void;

export interface RouteDefinition<A extends Access = Access, P extends ParamsSchema | undefined = undefined> {
  method: 'get' | 'post' | 'put' | 'patch';
  /** Under /api, Express syntax (`/tickets/:id`). */
  path: string;
  access: A;
  params?: P;
  /** The answer carries a secret (session id, ticket key, call token, stream ticket): no-store. */
  secret?: boolean;
  limit?: RateLimitName;
  /**
   * A route that reads its body itself (a signed webhook, read raw) gives its parser here; it is
   * mounted before the API's JSON parser. Every other route gets the parsed JSON body.
   */
  rawBody?: RequestHandler;
  /** The route takes no body: one sent is refused (400) rather than ignored (http/edge-guards.ts). */
  noBody?: true;
  handler: RouteHandler<A, P>;
}

/** A route of the table, its types checked against its own rule and params. */
export type Route = RouteDefinition<Access, ParamsSchema | undefined>;

/** Declares one route; infers its handler's input from its access rule and params schema. */
export function defineRoute<const A extends Access, P extends ParamsSchema | undefined = undefined>(
  route: RouteDefinition<A, P>,
): Route {
  return route as unknown as Route;
}
