// A supervisor's actions on the tenants it supervises (an admin's on every tenant): pause and
// resume intake, monitor a call silently, set an officer away or offline, end a stuck call, export
// a day as CSV; and the admin's reading of the audit log every action writes to. Each action is
// checked in full before it changes anything, and writes its audit entry only once it is done:
// a refused action (403, 404, 409) leaves no trace.
import { mintMonitorToken } from '@vp/calls';
import type { Account } from '@vp/catalogue';
import {
  AppError,
  auditQuerySchema,
  type CallJoin,
  dayExportQuerySchema,
  type IntakeState,
  pauseIntakeRequestSchema,
  setOfficerStatusBySupervisorSchema,
} from '@vp/contract';
import {
  type AuditRecord,
  appendAudit,
  endTicket,
  findTenantOrThrow,
  getTicketView,
  localDayRange,
  pauseIntake,
  readAudit,
  readTicket,
  resumeIntake,
  roomNameOf,
  setOfficerStatus,
  streamDayExport,
  type TicketRecord,
} from '@vp/engine';
import { canManageAccount, canSeeTenant, toOfficerIdentity } from '../auth/access';
import type { ApiDeps } from '../deps';
import type { RouteHandler } from '../http/route-definition';
import { parseInput } from '../http/validate';
import { closeCall } from './call-join';
import type { callParams, officerParams, tenantParams } from './route-params';

type SupervisorRule = { role: 'supervisor'; scope: 'tenant' };

const forbidden = (reason: string) =>
  new AppError('forbidden', reason, { userMessage: 'This account may not do that' });

type TenantAction = RouteHandler<SupervisorRule, typeof tenantParams>;
type CallAction = RouteHandler<SupervisorRule, typeof callParams>;
type OfficerAction = RouteHandler<SupervisorRule, typeof officerParams>;

/** Writes the audit entry of an action the account has done (never of a refused one). */
function auditAction(deps: ApiDeps, options: { account: Account } & Omit<AuditRecord, 'accountId'>) {
  const { account, ...entry } = options;
  return appendAudit(deps.plaza, { accountId: account.id, ...entry });
}

/** The ticket of a call a supervisor acts on: it exists, is of a tenant in scope, is in a call. */
async function readCallInScope(deps: ApiDeps, account: Account, ticketId: string): Promise<TicketRecord> {
  const ticket = await readTicket(deps.plaza, ticketId);
  if (!ticket) {
    throw new AppError('ticket_not_found', `no ticket ${ticketId}`, {
      userMessage: 'Ticket not found',
      field: 'ticketId',
    });
  }
  if (!canSeeTenant(account, ticket.tenant))
    throw forbidden(`${account.id} does not see tenant ${ticket.tenant}`);
  if (ticket.status !== 'in_call') {
    throw new AppError('ticket_not_in_call', `ticket ${ticketId} is ${ticket.status}`, {
      userMessage: 'This ticket is not in a call',
      field: 'ticketId',
    });
  }
  return ticket;
}

/** A pause with a resumption time names one within this; a longer one is open-ended (`null`). */
const longestPauseMs = 31 * 24 * 3600_000;

/** Pauses a tenant's intake: new tickets are refused until `resumesAt`, waiting ones stay. */
export const pauseTenantIntake: TenantAction = async ({ request, response, deps, account, params }) => {
  const tenant = findTenantOrThrow(deps, params.tenantCode);
  const body = parseInput(pauseIntakeRequestSchema, request.body);
  const now = deps.plaza.clock.now();
  if (body.resumesAt !== null && (body.resumesAt <= now || body.resumesAt > now + longestPauseMs)) {
    throw new AppError('validation_failed', 'resumesAt out of range', {
      userMessage: 'resumesAt: must be in the future, within 31 days',
      field: 'resumesAt',
    });
  }
  const pause = await pauseIntake(deps.plaza, {
    tenantCode: tenant.code,
    resumesAt: body.resumesAt,
    ...(body.reason ? { reason: body.reason } : {}),
    accountId: account.id,
  });
  await auditAction(deps, { account, action: 'intake.pause', tenantCode: tenant.code, target: tenant.code });
  deps.logger.info('intake paused', { tenant: tenant.code, by: account.id, resumesAt: pause.resumesAt });
  const answer: IntakeState = { tenantCode: tenant.code, paused: true, resumesAt: pause.resumesAt };
  response.json(answer);
};

/** Resumes a tenant's intake (a tenant that was not paused stays open: the same answer). */
export const resumeTenantIntake: TenantAction = async ({ response, deps, account, params }) => {
  const tenant = findTenantOrThrow(deps, params.tenantCode);
  const wasPaused = await resumeIntake(deps.plaza, tenant.code);
  await auditAction(deps, { account, action: 'intake.resume', tenantCode: tenant.code, target: tenant.code });
  deps.logger.info('intake resumed', { tenant: tenant.code, by: account.id, wasPaused });
  const answer: IntakeState = { tenantCode: tenant.code, paused: false, resumesAt: null };
  response.json(answer);
};

/** A token to join a call in progress as a hidden participant who only sees and hears. */
export const monitorCall: CallAction = async ({ response, deps, account, params }) => {
  const ticket = await readCallInScope(deps, account, params.ticketId);
  const roomName = roomNameOf(ticket.id);
  const { token, identity } = await mintMonitorToken({
    credentials: deps.calls.credentials,
    roomName,
    accountId: account.id,
    displayName: account.name,
  });
  await auditAction(deps, { account, action: 'call.monitor', tenantCode: ticket.tenant, target: ticket.id });
  deps.logger.info('call monitored', { ticketId: ticket.id, by: account.id });
  const answer: CallJoin = { serverUrl: deps.calls.livekitUrl, roomName, token, identity };
  response.json(answer);
};

/** Ends a stuck call as completed by the supervisor, and closes its room. */
export const endStuckCall: CallAction = async ({ response, deps, account, params }) => {
  const ticket = await readCallInScope(deps, account, params.ticketId);
  // The script ends it only if still in a call: one ended meanwhile answers 409.
  await endTicket(deps.plaza, {
    ticketId: ticket.id,
    status: 'completed',
    by: 'supervisor',
    from: ['in_call'],
  });
  await closeCall(deps, ticket.id);
  await auditAction(deps, { account, action: 'call.end', tenantCode: ticket.tenant, target: ticket.id });
  deps.logger.info('call ended by supervisor', { ticketId: ticket.id, by: account.id });
  response.json(await getTicketView(deps.plaza, ticket.id));
};

/**
 * Sets an officer away or offline. Only an officer all of whose tenants the account supervises
 * (the status holds for every tenant the officer serves); an officer in an offer or a call is
 * refused with 409 `officer_busy`: end the stuck call first, or let the offer time out.
 */
export const setOfficerStatusBySupervisor: OfficerAction = async ({
  request,
  response,
  deps,
  account,
  params,
}) => {
  const target = deps.auth.findAccount(params.officerId);
  if (target?.role !== 'officer') {
    throw new AppError('officer_not_found', `no officer ${params.officerId}`, {
      userMessage: 'No such officer',
      field: 'officerId',
    });
  }
  if (!canManageAccount(account, target)) throw forbidden(`${account.id} may not manage ${target.id}`);
  const { status } = parseInput(setOfficerStatusBySupervisorSchema, request.body);
  await setOfficerStatus(deps.plaza, { officer: toOfficerIdentity(target), status });
  await auditAction(deps, {
    account,
    action: `officer.${status}`,
    tenantCode: target.tenantCodes.length === 1 ? (target.tenantCodes[0] ?? null) : null,
    target: target.id,
  });
  deps.logger.info('officer status set by supervisor', { officerId: target.id, status, by: account.id });
  response.json({ officerId: target.id, status });
};

/**
 * A tenant's local day as CSV, streamed: rows are written as the history is read (chunked, no
 * Content-Length), so the file is never held in memory.
 */
export const exportTenantDay: TenantAction = async ({ request, response, deps, account, params }) => {
  const tenant = findTenantOrThrow(deps, params.tenantCode);
  const { date } = parseInput(dayExportQuerySchema, { ...request.query }, 'query');
  // A date of no calendar (02-30) is refused before anything is written or answered.
  localDayRange({ date, timeZone: tenant.timeZone });
  await auditAction(deps, { account, action: 'day.export', tenantCode: tenant.code, target: date });
  response.status(200);
  response.set({
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${tenant.code}-${date}.csv"`,
  });
  try {
    const { rows } = await streamDayExport(deps.plaza, { tenantCode: tenant.code, date, output: response });
    deps.logger.info('day exported', { tenant: tenant.code, date, rows, by: account.id });
  } catch (error) {
    // Once rows are on their way no error answer can follow: the stream is cut short instead
    // (no final chunk), which the client sees as a failed download, not a complete file.
    if (!response.headersSent) throw error;
    deps.logger.error('day export failed midway', { tenant: tenant.code, date, error });
    response.destroy();
  }
};

/** The audit log, newest first; `?before=<id>` pages on to older entries. */
export const showAuditLog: RouteHandler<{ role: 'admin'; scope: 'plaza' }> = async ({
  request,
  response,
  deps,
}) => {
  const query = parseInput(auditQuerySchema, { ...request.query }, 'query');
  response.json(
    await readAudit(deps.plaza, { limit: query.limit, ...(query.before ? { before: query.before } : {}) }),
  );
};
