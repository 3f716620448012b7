// Acts on deadlines that have fallen due (offers not answered, wrap-ups over) and queues tickets
// whose BullMQ job a dead process never added. Every API process sweeps; each action is a script
// that checks the state again, so two sweepers on one deadline do no harm.

import { isAppError } from '@vp/contract';
import type { PlazaContext } from './context';
import { returnOffer } from './officers';
import { runScript } from './scripts';
import { isOpen } from './service-hours';
import { endTicket, queueTicket, readTicket } from './tickets';

/** A note to queue a ticket is left this long to the process that wrote it. */
const requeueGraceMs = 3000;
const batchSize = 100;

async function finishWrapUp(context: PlazaContext, officerId: string): Promise<void> {
  const { keys } = context;
  try {
    await runScript(
      context.redis,
      'finish-wrap-up',
      [keys.officer(officerId), keys.deadlines, keys.history],
      [officerId, context.clock.now(), keys.prefix, keys.channel],
    );
  } catch (error) {
    // A new wrap-up (after another call) began meanwhile, with its own later deadline.
    if (!isAppError(error)) throw error;
  }
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
    if (!isAppError(error)) throw error;
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
    if (!isAppError(error)) throw error;
    // Already ended, or the deadline was cleared: drop what is left of it.
    await context.redis.zRem(context.keys.deadlines, options.member);
  }
}

/** Runs every due deadline once; returns how many it handled. */
export async function sweepDeadlines(context: PlazaContext): Promise<number> {
  const now = context.clock.now();
  const due = await context.redis.zRangeByScore(context.keys.deadlines, '-inf', now, {
    LIMIT: { offset: 0, count: batchSize },
  });
  for (const member of due) {
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
          status: 'cancelled',
          by: 'system',
          from: ['waiting'],
          reason: 'closed',
        });
        closed += 1;
      } catch (error) {
        // Matched meanwhile: the officer serves it.
        if (!isAppError(error)) throw error;
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
