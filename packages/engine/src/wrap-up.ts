// The officer's wrap-up of a served call: its outcome and notes, kept on the ticket hash.
import {
  AppError,
  type LastTicket,
  type TicketOutcome,
  wrapUpRequestSchema,
  wrapUpTicketStatuses,
} from '@vp/contract';
import type { PlazaContext } from './context';
import { formatTicketNumber } from './local-date';
import { toScriptError } from './script-errors';
import { runScript } from './scripts';
import type { TicketRecord } from './ticket-record';

/**
 * Records (or corrects) the outcome and notes of a ticket the officer served, once its call has
 * ended, for as long as the ticket is kept — in wrap-up or after it. The notes may hold personal
 * data: they stay on the ticket, and neither the history nor any log ever gets them.
 */
export async function recordWrapUp(
  context: PlazaContext,
  options: { officer: { id: string }; ticketId: string; outcome: TicketOutcome; notes: string },
): Promise<void> {
  // The engine stores what it is given: the bounds hold whoever calls it, not only the API.
  const parsed = wrapUpRequestSchema.safeParse({
    ticketId: options.ticketId,
    outcome: options.outcome,
    notes: options.notes,
  });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'body');
    throw new AppError('validation_failed', `invalid wrap-up: ${field}`, {
      userMessage: `${field}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      field,
    });
  }
  const { ticketId, outcome, notes } = parsed.data;
  const { keys } = context;
  const reply = await runScript(
    context.redis,
    'record-wrap-up',
    [keys.ticket(ticketId), keys.ticketHistory(ticketId), keys.officer(options.officer.id), keys.history],
    [
      ticketId,
      options.officer.id,
      outcome,
      notes,
      context.clock.now(),
      wrapUpTicketStatuses.join(','),
      keys.channel,
    ],
  );
  if (typeof reply === 'number' && reply < 0)
    throw toScriptError(reply, { script: 'record-wrap-up', ticketId });
}

const isWrapUpStatus = (status: string): status is LastTicket['status'] =>
  (wrapUpTicketStatuses as readonly string[]).includes(status);

/** The officer's last served ticket as their console shows it; null when it is gone or not theirs. */
export function describeLastTicket(ticket: TicketRecord | null, officerId: string): LastTicket | null {
  if (!ticket || ticket.officer !== officerId || !isWrapUpStatus(ticket.status)) return null;
  return {
    id: ticket.id,
    number: formatTicketNumber({ tenantCode: ticket.tenant, sequence: ticket.sequence }),
    tenantCode: ticket.tenant,
    citizenName: ticket.name,
    status: ticket.status,
    outcome: ticket.outcome ?? null,
    notes: ticket.notes ?? '',
    notedAt: ticket.notedAt ?? null,
  };
}
