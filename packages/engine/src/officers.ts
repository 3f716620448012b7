// Officers at the console: choose a status, accept an offer, end a call.
import { AppError, type OfficerView } from '@vp/contract';
import type { PlazaContext } from './context';
import { dayFiguresTtlSeconds, dayKeysOf } from './day-figures';
import { formatTicketNumber } from './local-date';
import { parseOfficerRecord } from './officer-record';
import { isScriptError, ScriptErrorCode, toScriptError } from './script-errors';
import { runScript } from './scripts';
import { regularBand } from './ticket-order';
import { endTicket, readTicket, requeueReturnedTicket } from './tickets';
import { describeLastTicket } from './wrap-up';

/** An officer as the directory knows them; the engine never sees passwords. */
export interface OfficerIdentity {
  id: string;
  name: string;
  tenantCodes: string[];
}

/** The room a ticket's call takes place in. */
export function roomNameOf(ticketId: string): string {
  return `call-${ticketId}`;
}

export async function getOfficerView(context: PlazaContext, officer: OfficerIdentity): Promise<OfficerView> {
  const [hash, wrapUpDue] = await Promise.all([
    context.redis.hGetAll(context.keys.officer(officer.id)),
    context.redis.zScore(context.keys.deadlines, `wrap-up:${officer.id}`),
  ]);
  const record = parseOfficerRecord(hash);
  const [ticket, lastTicket] = await Promise.all([
    record.ticket ? readTicket(context, record.ticket) : null,
    record.lastTicket ? readTicket(context, record.lastTicket) : null,
  ]);
  const engaged = record.status === 'offered' || record.status === 'in_call';
  return {
    offerExpiresAt: record.status === 'offered' ? (ticket?.offerExpiresAt ?? null) : null,
    wrapUpEndsAt: record.status === 'wrap_up' ? wrapUpDue : null,
    autoAccept: record.autoAccept === '1',
    lastTicket: describeLastTicket(lastTicket, officer.id),
    revision: record.revision,
    id: officer.id,
    name: officer.name,
    tenantCodes: officer.tenantCodes,
    status: record.status,
    ticket:
      engaged && ticket
        ? {
            id: ticket.id,
            number: formatTicketNumber({ tenantCode: ticket.tenant, sequence: ticket.sequence }),
            tenantCode: ticket.tenant,
            serviceId: ticket.service,
            citizenName: ticket.name,
            vulnerableGroup: ticket.vulnerableGroup,
            priorityClaim: ticket.priorityClaim ?? null,
            citizenConnected: ticket.connections > 0,
          }
        : null,
  };
}

/** Sets ready, away or offline; refused while an offer or call is open. */
export async function setOfficerStatus(
  context: PlazaContext,
  options: { officer: OfficerIdentity; status: 'ready' | 'away' | 'offline' },
): Promise<void> {
  const { keys } = context;
  const reply = await runScript(
    context.redis,
    'set-officer-status',
    [keys.officer(options.officer.id), keys.deadlines, keys.history],
    [
      options.officer.id,
      options.status,
      context.clock.now(),
      options.officer.tenantCodes.join(','),
      keys.prefix,
      keys.channel,
    ],
  );
  if (typeof reply === 'number' && reply < 0) throw toScriptError(reply, { script: 'set-officer-status' });
}

/**
 * Sets the officer's own settings in any status; the match script reads auto-accept when it
 * makes an offer, so a change applies from the next offer on.
 */
export async function setOfficerPreferences(
  context: PlazaContext,
  options: { officer: OfficerIdentity; autoAccept: boolean },
): Promise<void> {
  const { keys } = context;
  await runScript(
    context.redis,
    'set-officer-preferences',
    [keys.officer(options.officer.id)],
    [options.officer.id, options.autoAccept ? '1' : '0', context.clock.now(), keys.channel],
  );
}

async function currentTicketId(context: PlazaContext, officer: OfficerIdentity): Promise<string> {
  const record = parseOfficerRecord(await context.redis.hGetAll(context.keys.officer(officer.id)));
  if (!record.ticket) {
    throw new AppError('offer_not_found', `officer ${officer.id} has no ticket`, {
      userMessage: 'You have no open offer or call',
    });
  }
  return record.ticket;
}

/** Accepts the ticket offered to the officer; returns the ticket id. */
export async function acceptOffer(
  context: PlazaContext,
  options: { officer: OfficerIdentity; ticketId?: string },
): Promise<string> {
  const ticketId = options.ticketId ?? (await currentTicketId(context, options.officer));
  const { keys } = context;
  const reply = await runScript(
    context.redis,
    'accept-offer',
    [keys.officer(options.officer.id), keys.ticket(ticketId), keys.deadlines, keys.history],
    [
      options.officer.id,
      ticketId,
      context.clock.now(),
      roomNameOf(ticketId),
      keys.channel,
      keys.prefix,
      context.settings.noShowMs,
    ],
  );
  if (typeof reply === 'number' && reply < 0)
    throw toScriptError(reply, { script: 'accept-offer', ticketId });
  return ticketId;
}

/**
 * Ends an offer without a call: declined by the officer (they stay ready) or timed out (they go
 * away). The ticket goes back to its old place in line.
 */
export async function returnOffer(
  context: PlazaContext,
  options: { officerId: string; ticketId: string; tenantCode: string; reason: 'decline' | 'timeout' },
): Promise<void> {
  const { keys } = context;
  const now = context.clock.now();
  // The waiting count is sampled at the minute of the tenant's local day, which only we can compute.
  const tenant = context.catalogue.tenants.find((candidate) => candidate.code === options.tenantCode);
  const day = dayKeysOf(
    context,
    { code: options.tenantCode, timeZone: tenant?.timeZone ?? 'Asia/Jakarta' },
    now,
  );
  const reply = await runScript(
    context.redis,
    'return-offer',
    [
      keys.ticket(options.ticketId),
      keys.officer(options.officerId),
      keys.deadlines,
      keys.requeue,
      keys.line(options.tenantCode),
      keys.history,
      keys.priorityStreak(options.tenantCode),
      day.waiting,
    ],
    [
      options.ticketId,
      options.officerId,
      now,
      options.reason,
      keys.prefix,
      keys.channel,
      regularBand,
      day.minute,
      dayFiguresTtlSeconds,
    ],
  );
  if (!Array.isArray(reply)) {
    throw toScriptError(Number(reply), { script: 'return-offer', ticketId: options.ticketId });
  }
  const [tenantCode, priority] = reply.map(String) as [string, string];
  await requeueReturnedTicket(context, {
    tenantCode,
    ticketId: options.ticketId,
    priority: Number(priority),
  });
}

/** The officer declines the ticket offered to them. */
export async function declineOffer(
  context: PlazaContext,
  options: { officer: OfficerIdentity; ticketId?: string },
): Promise<string> {
  const ticketId = options.ticketId ?? (await currentTicketId(context, options.officer));
  const ticket = await readTicket(context, ticketId);
  if (!ticket)
    throw new AppError('offer_not_found', `ticket ${ticketId} missing`, {
      userMessage: 'The offer is no longer open',
    });
  await returnOffer(context, {
    officerId: options.officer.id,
    ticketId,
    tenantCode: ticket.tenant,
    reason: 'decline',
  });
  return ticketId;
}

/** The AppError for a request naming a call that is not the officer's current one. */
export function callNotCurrentError(options: {
  officerId: string;
  ticketId: string;
  cause?: unknown;
}): AppError {
  return new AppError(
    'call_not_current',
    `ticket ${options.ticketId} is not the call of ${options.officerId}`,
    {
      userMessage: 'That call has already ended',
      field: 'ticketId',
      cause: options.cause,
    },
  );
}

/**
 * The officer ends the call of the ticket named: it is completed. The ticket must be their
 * current call, so a console still showing an older call never ends the next one.
 */
export async function endOfficerCall(
  context: PlazaContext,
  options: { officer: OfficerIdentity; ticketId: string },
): Promise<void> {
  const { officer, ticketId } = options;
  try {
    await endTicket(context, {
      ticketId,
      status: 'completed',
      by: 'officer',
      from: ['in_call'],
      officerId: officer.id,
    });
  } catch (error) {
    const notCurrent = [
      ScriptErrorCode.TicketMissing,
      ScriptErrorCode.OfferNotFound,
      ScriptErrorCode.TicketNotEndable,
    ] as const;
    if (isScriptError(error, notCurrent))
      throw callNotCurrentError({ officerId: officer.id, ticketId, cause: error });
    throw error;
  }
}
