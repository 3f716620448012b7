// One match attempt: the ticket due in a tenant's line (its head, or under the priority cap the
// longest-waiting regular ticket) meets its longest-idle officer.
import { priorityCapOf, serviceLevelTargetOf } from '@vp/contract';
import type { PlazaContext } from './context';
import { dayFiguresTtlSeconds, dayKeysOf } from './day-figures';
import { roomNameOf } from './officers';
import { ScriptErrorCode, toScriptError } from './script-errors';
import { runScript } from './scripts';
import { regularBand } from './ticket-order';

export type MatchOutcome =
  | { kind: 'offered' | 'in_call'; officerId: string }
  | { kind: 'no_officer' }
  | { kind: 'ticket_gone' }
  | { kind: 'not_head'; headTicketId: string; headPriority: number }
  /** The priority cap is reached: this regular ticket is due, though BullMQ holds priority first. */
  | { kind: 'regular_turn'; ticketId: string; priority: number }
  | { kind: 'lease_lost' };

export async function matchTicket(
  context: PlazaContext,
  options: { ticketId: string; tenantCode: string; leaseOwner: string },
): Promise<MatchOutcome> {
  const { keys } = context;
  const now = context.clock.now();
  const tenant = context.catalogue.tenants.find((candidate) => candidate.code === options.tenantCode);
  const offerTimeoutMs = (tenant?.offerTimeoutSeconds ?? 20) * 1000;
  const day = dayKeysOf(
    context,
    { code: options.tenantCode, timeZone: tenant?.timeZone ?? 'Asia/Jakarta' },
    now,
  );
  const targetMs = serviceLevelTargetOf(tenant ?? {}).withinSeconds * 1000;
  const reply = await runScript(
    context.redis,
    'match-ticket',
    [
      keys.ticket(options.ticketId),
      keys.ready(options.tenantCode),
      keys.lease(options.tenantCode),
      keys.deadlines,
      keys.line(options.tenantCode),
      keys.history,
      keys.priorityStreak(options.tenantCode),
      day.figures,
      day.waits,
      keys.calls(options.tenantCode),
      day.hours,
      day.waiting,
    ],
    [
      options.ticketId,
      now,
      now + offerTimeoutMs,
      options.leaseOwner,
      keys.prefix,
      keys.channel,
      roomNameOf(options.ticketId),
      context.settings.noShowMs,
      tenant ? priorityCapOf(tenant) : 0,
      regularBand,
      targetMs,
      dayFiguresTtlSeconds,
      day.hour,
      day.minute,
    ],
  );
  if (Array.isArray(reply)) {
    if (Number(reply[0]) === ScriptErrorCode.NotHeadOfLine) {
      return { kind: 'not_head', headTicketId: String(reply[1]), headPriority: Number(reply[2]) };
    }
    if (Number(reply[0]) === ScriptErrorCode.RegularTurn) {
      return { kind: 'regular_turn', ticketId: String(reply[1]), priority: Number(reply[2]) };
    }
    return { kind: reply[2] === 'in_call' ? 'in_call' : 'offered', officerId: String(reply[1]) };
  }
  switch (reply) {
    case ScriptErrorCode.NoOfficerReady:
      return { kind: 'no_officer' };
    case ScriptErrorCode.TicketMissing:
    case ScriptErrorCode.TicketNotWaiting:
      return { kind: 'ticket_gone' };
    case ScriptErrorCode.LeaseNotHeld:
      return { kind: 'lease_lost' };
    default:
      throw toScriptError(Number(reply), { script: 'match-ticket', ticketId: options.ticketId });
  }
}
