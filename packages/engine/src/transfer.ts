// An officer moves the citizen in their call to another tenant's line.
import { randomUUID } from 'node:crypto';
import { AppError } from '@vp/contract';
import type { PlazaContext } from './context';
import { dayFiguresTtlSeconds, dayKeysOf } from './day-figures';
import { callNotCurrentError, type OfficerIdentity } from './officers';
import { isScriptError, ScriptErrorCode, toScriptError } from './script-errors';
import { runScript } from './scripts';
import { tenantTimingsOf } from './tenant-timings';
import {
  findServiceOrThrow,
  findTenantOrThrow,
  queueTicket,
  readTicket,
  sequenceTtlSeconds,
} from './tickets';

/**
 * Ends the officer's call of the ticket named as transferred and puts the citizen in the target
 * tenant's line, in the place their original arrival and class give them. The ticket must be
 * the officer's current call. Returns the new ticket id.
 */
export async function transferTicket(
  context: PlazaContext,
  options: { officer: OfficerIdentity; ticketId: string; tenantCode: string; serviceId?: string },
): Promise<{ newTicketId: string }> {
  const { keys } = context;
  const officerId = options.officer.id;
  const ticket = await readTicket(context, options.ticketId);
  if (ticket?.status !== 'in_call' || ticket.officer !== officerId) {
    throw callNotCurrentError({ officerId, ticketId: options.ticketId });
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
  const timings = tenantTimingsOf(context, tenant);
  const sourceDay = dayKeysOf(context, findTenantOrThrow(context, ticket.tenant), now);
  const targetDay = dayKeysOf(context, tenant, now);
  const reply = await runScript(
    context.redis,
    'transfer-ticket',
    [
      keys.ticket(ticket.id),
      keys.ticket(newTicketId),
      keys.ticketSequence(tenant.code, targetDay.date),
      keys.line(tenant.code),
      keys.deadlines,
      keys.requeue,
      keys.history,
      sourceDay.figures,
      keys.calls(ticket.tenant),
      targetDay.waiting,
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
      timings.graceMs,
      timings.noShowMs,
      dayFiguresTtlSeconds,
      targetDay.minute,
    ],
  );
  if (!Array.isArray(reply)) {
    const error = toScriptError(Number(reply), { script: 'transfer-ticket', ticketId: ticket.id });
    // Ended or transferred between the read above and the script.
    if (isScriptError(error, [ScriptErrorCode.OfferNotFound])) {
      throw callNotCurrentError({ officerId, ticketId: ticket.id, cause: error });
    }
    throw error;
  }
  await queueTicket(context, { tenantCode: tenant.code, ticketId: newTicketId, priority: Number(reply[1]) });
  return { newTicketId };
}
