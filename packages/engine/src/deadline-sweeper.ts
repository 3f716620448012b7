// Acts on deadlines that have fallen due (offers not answered, wrap-ups over) and queues tickets
// whose BullMQ job a dead process never added. Every API process sweeps; each action is a script
// that checks the state again, so two sweepers on one deadline do no harm.

import type { PlazaContext } from './context';
import { returnOffer } from './officers';
import { isScriptError, ScriptErrorCode, toScriptError } from './script-errors';
import { runScript } from './scripts';
import { isOpen } from './service-hours';
import { endTicket, queueTicket, readTicket } from './tickets';

/** A note to queue a ticket is left this long to the process that wrote it. */
const requeueGraceMs = 3000;
const batchSize = 100;
/** A deadline whose action failed waits this long before its next try, so it cannot hog batches. */
export const failedDeadlineRetryMs = 5000;

/**
 * Replies that mean another step got there first (the ticket ended, the offer was answered, the
 * deadline was moved or cleared): the state is already right, nothing is left to do. Every
 * other failure, an unknown reply of a broken script included, is an error to log.
 */
const nothingToDo = [
  ScriptErrorCode.TicketMissing,
  ScriptErrorCode.OfferNotFound,
  ScriptErrorCode.TicketNotEndable,
  ScriptErrorCode.NotDueYet,
] as const;

function isNothingToDo(error: unknown): boolean {
  return isScriptError(error, nothingToDo);
}

async function finishWrapUp(context: PlazaContext, officerId: string): Promise<void> {
  const { keys } = context;
  const reply = await runScript(
    context.redis,
    'finish-wrap-up',
    [keys.officer(officerId), keys.deadlines, keys.history],
    [officerId, context.clock.now(), keys.prefix, keys.channel],
  );
  // 1 ready, 0 no longer in wrap-up; a new wrap-up (after another call) may have begun
  // meanwhile, with its own later deadline (not due yet).
  if (reply === 1 || reply === 0) return;
  const error = toScriptError(Number(reply), { script: 'finish-wrap-up' });
  if (!isNothingToDo(error)) throw error;
}

async function expireOffer(context: PlazaContext, ticketId: string): Promise<void> {
  const ticket = await readTicket(context, ticketId);
  if (ticket?.status !== 'offered' || !ticket.officer) {
    await context.redis.zRem(context.keys.deadlines, `offer:${ticketId}`);
    return;
  }
  try {
    await returnOffer(context, {
      officerId: ticket.officer,
      ticketId,
      tenantCode: ticket.tenant,
      reason: 'timeout',
    });
  } catch (error) {
    // Accepted or withdrawn meanwhile, or returned and offered again with a later deadline
    // (which the deadline set already holds): nothing left to expire now.
    if (!isNothingToDo(error)) throw error;
  }
}

/** Ends a ticket for a deadline, unless the deadline was cleared meanwhile (the citizen came). */
async function endForDeadline(
  context: PlazaContext,
  options: {
    member: string;
    ticketId: string;
    status: 'abandoned' | 'no_show';
    from: ('waiting' | 'offered' | 'in_call')[];
  },
): Promise<void> {
  try {
    await endTicket(context, {
      ticketId: options.ticketId,
      status: options.status,
      by: 'system',
      from: options.from,
      deadline: options.member,
    });
  } catch (error) {
    if (!isNothingToDo(error)) throw error;
    // Already ended, or the deadline was cleared: drop what is left of it.
    await context.redis.zRem(context.keys.deadlines, options.member);
  }
}

/** Acts on one due deadline (`<kind>:<id>`). */
async function runDeadline(context: PlazaContext, member: string): Promise<void> {
  const separator = member.indexOf(':');
  const kind = member.slice(0, separator);
  const id = member.slice(separator + 1);
  if (kind === 'offer') await expireOffer(context, id);
  else if (kind === 'wrap-up') await finishWrapUp(context, id);
  else if (kind === 'grace') {
    await endForDeadline(context, {
      member,
      ticketId: id,
      status: 'abandoned',
      from: ['waiting', 'offered'],
    });
  } else if (kind === 'no-show') {
    await endForDeadline(context, { member, ticketId: id, status: 'no_show', from: ['in_call'] });
  } else await context.redis.zRem(context.keys.deadlines, member);
}

/**
 * Runs every due deadline once; returns how many it handled. A deadline that fails is logged and
 * tried again a little later (a few failing ones must not fill every batch and starve the rest);
 * the others of the batch still run.
 */
export async function sweepDeadlines(context: PlazaContext): Promise<number> {
  const now = context.clock.now();
  const due = await context.redis.zRangeByScore(context.keys.deadlines, '-inf', now, {
    LIMIT: { offset: 0, count: batchSize },
  });
  for (const member of due) {
    try {
      await runDeadline(context, member);
    } catch (error) {
      context.logger.error('deadline failed', { deadline: member, error });
      // Only later, and only if still set: a deadline renewed or cleared meanwhile stays as it is.
      await context.redis
        .zAdd(
          context.keys.deadlines,
          { score: now + failedDeadlineRetryMs, value: member },
          { condition: 'XX', comparison: 'GT' },
        )
        .catch((retryError: unknown) =>
          context.logger.warn('deadline retry not noted', { deadline: member, error: retryError }),
        );
    }
  }
  return due.length;
}

/** Closes the lines of tenants that close them at closing time: waiting tickets end with a message. */
export async function sweepClosedTenants(context: PlazaContext): Promise<number> {
  let closed = 0;
  for (const tenant of context.catalogue.tenants) {
    const hours = { hours: tenant.serviceHours, timeZone: tenant.timeZone, at: context.clock.now() };
    if (tenant.atClosing !== 'close' || isOpen(hours)) continue;
    for (const ticketId of await context.redis.zRange(context.keys.line(tenant.code), 0, batchSize - 1)) {
      try {
        await endTicket(context, {
          ticketId,
          tenantCode: tenant.code,
          status: 'cancelled',
          by: 'system',
          from: ['waiting'],
          reason: 'closed',
        });
        closed += 1;
      } catch (error) {
        // Matched meanwhile: the officer serves it.
        if (!isNothingToDo(error)) throw error;
      }
    }
  }
  return closed;
}

/** Queues waiting tickets whose job was never added (their process died in between). */
export async function sweepRequeue(context: PlazaContext): Promise<number> {
  const noted = await context.redis.zRangeByScore(
    context.keys.requeue,
    '-inf',
    context.clock.now() - requeueGraceMs,
    { LIMIT: { offset: 0, count: batchSize } },
  );
  for (const ticketId of noted) {
    const ticket = await readTicket(context, ticketId);
    if (ticket?.status === 'waiting') {
      await queueTicket(context, { tenantCode: ticket.tenant, ticketId, priority: ticket.priority });
    } else {
      await context.redis.zRem(context.keys.requeue, ticketId);
    }
  }
  return noted.length;
}
