// The officer's answer to a citizen's priority claim (the vulnerable group they declared), given
// at the start of the call, and the tenant's daily count of those answers for the supervisor.
import { AppError, type PriorityClaimAnswer } from '@vp/contract';
import type { PlazaContext } from './context';
import { tenantDateOf } from './day-figures';
import { formatLocalDate } from './local-date';
import { toScriptError } from './script-errors';
import { runScript } from './scripts';
import { findTenantOrThrow, readTicket } from './tickets';

/** A day's claim counters are kept this long: a month of days for the supervisor to look back on. */
export const priorityClaimCountsTtlSeconds = 35 * 24 * 3600;

/** How many claims a tenant's officers confirmed and rejected on one local day. */
export interface PriorityClaimCounts {
  confirmed: number;
  rejected: number;
}

/**
 * Records whether the officer in the ticket's call confirms the vulnerable group the citizen
 * declared. Answered once; counted for the ticket's tenant on its local day.
 */
export async function answerPriorityClaim(
  context: PlazaContext,
  options: { officer: { id: string }; ticketId: string; confirmed: boolean },
): Promise<PriorityClaimAnswer> {
  const { keys, clock } = context;
  const ticket = await readTicket(context, options.ticketId);
  if (!ticket) {
    throw new AppError('ticket_not_found', `ticket ${options.ticketId} missing`, {
      userMessage: 'Ticket not found',
      field: 'ticketId',
    });
  }
  const tenant = findTenantOrThrow(context, ticket.tenant);
  const now = clock.now();
  const answer: PriorityClaimAnswer = options.confirmed ? 'confirmed' : 'rejected';
  const reply = await runScript(
    context.redis,
    'answer-priority-claim',
    [
      keys.ticket(options.ticketId),
      keys.ticketHistory(options.ticketId),
      keys.officer(options.officer.id),
      keys.history,
      keys.priorityClaims(tenant.code, tenantDateOf(context, tenant)),
    ],
    [
      options.ticketId,
      options.officer.id,
      answer,
      now,
      keys.channel,
      tenant.code,
      priorityClaimCountsTtlSeconds,
    ],
  );
  if (typeof reply === 'number' && reply < 0) {
    throw toScriptError(reply, { script: 'answer-priority-claim', ticketId: options.ticketId });
  }
  return answer;
}

/** The tenant's claim counters of the local day `at` falls on. */
export async function readPriorityClaimCounts(
  context: PlazaContext,
  options: { tenantCode: string; at: number },
): Promise<PriorityClaimCounts> {
  const tenant = findTenantOrThrow(context, options.tenantCode);
  const localDate = formatLocalDate({ at: options.at, timeZone: tenant.timeZone });
  const counts = await context.redis.hGetAll(context.keys.priorityClaims(tenant.code, localDate));
  return { confirmed: Number(counts.confirmed ?? 0), rejected: Number(counts.rejected ?? 0) };
}
