// What a supervisor (or an admin) watches: the live board of the tenants it supervises (an admin:
// every tenant), a tenant's drill-down, and the board's event stream. Reads only; the actions are
// in supervisor-action-routes.ts.
import type { Account } from '@vp/catalogue';
import type { Board, Tenant } from '@vp/contract';
import { type BoardTenant, findTenantOrThrow, readBoard, readTenantDetail } from '@vp/engine';
import type { ApiDeps } from '../deps';
import type { RouteHandler } from '../http/route-definition';
import { createSessionStreamHandler, issueSessionStreamTicket } from '../realtime/session-stream';
import type { tenantParams } from './route-params';

/** A supervisor or an admin, on the tenants in its scope (the handler narrows the board to them). */
export const supervisorScope = { role: 'supervisor', scope: 'tenant' } as const;

/** On the tenant of the path's `:tenantCode` (403 outside the scope, from the route table's rule). */
const supervisorOfNamedTenant = {
  role: 'supervisor',
  scope: 'tenant',
  tenantFrom: { in: 'params', field: 'tenantCode' },
} as const;

type BoardHandler = RouteHandler<typeof supervisorScope>;
type TenantHandler = RouteHandler<typeof supervisorOfNamedTenant, typeof tenantParams>;

/** The tenants the account sees, in catalogue order: an admin every one, a supervisor its own. */
function tenantsInScope(deps: ApiDeps, account: Account): Tenant[] {
  const tenants = deps.catalogue.tenants;
  return account.role === 'admin'
    ? tenants
    : tenants.filter((tenant) => account.tenantCodes.includes(tenant.code));
}

function boardTenantsOf(deps: ApiDeps, account: Account): BoardTenant[] {
  return tenantsInScope(deps, account).map((tenant) => ({
    tenant,
    officerIds: deps.auth.officersOf(tenant.code).map((officer) => officer.id),
  }));
}

/** Reads the board of the account's scope. */
export function readBoardOf(deps: ApiDeps, account: Account): Promise<Board> {
  return readBoard(deps.plaza, boardTenantsOf(deps, account));
}

export const showBoard: BoardHandler = async ({ response, deps, account }) => {
  response.json(await readBoardOf(deps, account));
};

/**
 * A tenant's line, officers and calls. The citizen's name is shown to an admin only (who answers
 * complaints about a ticket); a supervisor watches the line by ticket number, service and class.
 */
export const showTenantDetail: TenantHandler = async ({ response, deps, account, params }) => {
  const tenant = findTenantOrThrow(deps, params.tenantCode);
  const officers = deps.auth.officersOf(tenant.code).map(({ id, name }) => ({ id, name }));
  response.json(
    await readTenantDetail(deps.plaza, { tenant, officers, withCitizenNames: account.role === 'admin' }),
  );
};

/** A single-use ticket for the board's event stream (EventSource sends no Authorization header). */
export const issueSupervisorStreamTicket: BoardHandler = issueSessionStreamTicket;

/** The board, pushed on each change and every few seconds; it closes when the session ends. */
export const streamBoard: BoardHandler = createSessionStreamHandler(({ deps, account }, stream) => {
  // The scope is fixed for the stream (a change of the account's tenants ends its sessions); the
  // tenants' settings and officers are read on each push, so an admin's change shows at once.
  return deps.boardHub.watch({
    scope: tenantsInScope(deps, account)
      .map((tenant) => tenant.code)
      .join(','),
    stream,
    read: () => readBoardOf(deps, account),
  });
});
