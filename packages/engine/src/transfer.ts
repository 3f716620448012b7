// An officer moves the citizen in their call to another tenant's line.
import { randomUUID } from 'node:crypto';
import { AppError } from '@vp/contract';
import type { PlazaContext } from './context';
import { formatLocalDate } from './local-date';
import type { OfficerIdentity } from './officers';
import { toScriptError } from './script-errors';
import { runScript } from './scripts';
import {
  findServiceOrThrow,
  findTenantOrThrow,
  queueTicket,
  readTicket,
  sequenceTtlSeconds,
} from './tickets';

/**
 * Ends the officer's call as transferred and puts the citizen in the target tenant's line, in the
 * place their original arrival and class give them. Returns the old and the new ticket id.
 */
export async function transferTicket(
  context: PlazaContext,
  options: { officer: OfficerIdentity; tenantCode: string; serviceId?: string },
): Promise<{ ticketId: string; newTicketId: string }> {
  const { keys } = context;
  const officerTicket = await context.redis.hGet(keys.officer(options.officer.id), 'ticket');
  const ticket = officerTicket ? await readTicket(context, officerTicket) : null;
  if (ticket?.status !== 'in_call') {
    throw new AppError('ticket_not_in_call', `officer ${options.officer.id} has no call to transfer`, {
      userMessage: 'You are not in a call',
    });
  }
  if (options.tenantCode === ticket.tenant) {
    throw new AppError('validation_failed', 'transfer to the same tenant', {
      userMessage: 'Choose another tenant',
      field: 'tenantCode',
    });
  }
  const target = findTenantOrThrow(context, options.tenantCode);
  const serviceId =
    options.serviceId ??
    (target.services.some((s) => s.id === ticket.service) ? ticket.service : target.services[0]?.id);
  const { tenant } = findServiceOrThrow(context, { tenantCode: target.code, serviceId: serviceId ?? '' });
  const now = context.clock.now();
  const newTicketId = randomUUID();
  const reply = await runScript(
    context.redis,
    'transfer-ticket',
    [
      keys.ticket(ticket.id),
      keys.ticket(newTicketId),
      keys.ticketSequence(tenant.code, formatLocalDate({ at: now, timeZone: tenant.timeZone })),
      keys.line(tenant.code),
      keys.deadlines,
      keys.requeue,
      keys.history,
    ],
    [
      ticket.id,
      newTicketId,
      tenant.code,
      serviceId ?? '',
      options.officer.id,
      now,
      tenant.wrapUpSeconds * 1000,
      sequenceTtlSeconds,
      context.settings.ticketRetentionSeconds,
      keys.prefix,
      keys.channel,
    ],
  );
  if (!Array.isArray(reply))
    throw toScriptError(Number(reply), { script: 'transfer-ticket', ticketId: ticket.id });
  await queueTicket(context, { tenantCode: tenant.code, ticketId: newTicketId, priority: Number(reply[1]) });
  return { ticketId: ticket.id, newTicketId };
}
