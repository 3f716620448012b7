// Tickets from the citizen's side: take one, see it, cancel it, end its call.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import {
  AppError,
  type CreatedTicket,
  type CreateTicketRequest,
  type Service,
  type Tenant,
  type TicketStatus,
  type TicketView,
} from '@vp/contract';
import type { PlazaContext } from './context';
import { dayFiguresTtlSeconds, dayKeysOf } from './day-figures';
import { intakePausedError } from './intake-pause';
import { formatTicketNumber } from './local-date';
import { ScriptErrorCode, toScriptError } from './script-errors';
import { runScript } from './scripts';
import { isOpen, nextOpening } from './service-hours';
import { tenantTimingsOf } from './tenant-timings';
import { maxArrivalRank, queueBandOf } from './ticket-order';
import { parseTicketRecord, type TicketRecord } from './ticket-record';

/** Counters of a day outlive it by a little, for tickets waiting across midnight. */
export const sequenceTtlSeconds = 2 * 24 * 3600;

function hashAccessKey(accessKey: string): string {
  return createHash('sha256').update(accessKey).digest('hex');
}

/** The tenant of a code in the catalogue (404 `tenant_not_found` naming `tenantCode` if none). */
export function findTenantOrThrow(context: Pick<PlazaContext, 'catalogue'>, tenantCode: string): Tenant {
  const tenant = context.catalogue.tenants.find((candidate) => candidate.code === tenantCode);
  if (!tenant) {
    throw new AppError('tenant_not_found', `unknown tenant ${tenantCode}`, {
      userMessage: `No tenant with code ${tenantCode}`,
      field: 'tenantCode',
    });
  }
  return tenant;
}

/** The tenant and the service a request names; errors name the field at fault. */
export function findServiceOrThrow(
  context: PlazaContext,
  options: { tenantCode: string; serviceId: string },
): { tenant: Tenant; service: Service } {
  const tenant = findTenantOrThrow(context, options.tenantCode);
  const service = tenant.services.find((candidate) => candidate.id === options.serviceId);
  if (!service) {
    throw new AppError('service_not_found', `unknown service ${options.serviceId} of ${tenant.code}`, {
      userMessage: `${tenant.code} has no service ${options.serviceId}`,
      field: 'serviceId',
    });
  }
  return { tenant, service };
}

/** Creates a waiting ticket and puts it in its tenant's queue. */
export async function createTicket(
  context: PlazaContext,
  request: CreateTicketRequest,
): Promise<CreatedTicket> {
  const { tenant } = findServiceOrThrow(context, request);
  const { keys, clock } = context;
  const now = clock.now();
  const hours = { hours: tenant.serviceHours, timeZone: tenant.timeZone, at: now };
  if (!isOpen(hours)) {
    const opensAt = nextOpening(hours);
    throw new AppError('tenant_closed', `${tenant.code} is closed`, {
      userMessage: `${tenant.code} is closed; it opens at ${new Date(opensAt).toISOString()}`,
      field: 'tenantCode',
      details: { opensAt },
    });
  }
  const id = randomUUID();
  const accessKey = randomBytes(24).toString('base64url');
  const day = dayKeysOf(context, tenant, now);
  const timings = tenantTimingsOf(context, tenant);
  const reply = await runScript(
    context.redis,
    'create-ticket',
    [
      keys.ticket(id),
      keys.ticketSequence(tenant.code, day.date),
      keys.arrivalSequence(day.date),
      keys.requeue,
      keys.line(tenant.code),
      keys.history,
      // The pause is checked inside the script: one that lands before it refuses the ticket.
      keys.intakePause(tenant.code),
      day.waiting,
    ],
    [
      id,
      tenant.code,
      request.serviceId,
      request.name,
      request.vulnerableGroup ?? '',
      queueBandOf(request.vulnerableGroup),
      now,
      hashAccessKey(accessKey),
      sequenceTtlSeconds,
      maxArrivalRank,
      keys.channel,
      keys.prefix,
      tenant.wrapUpSeconds * 1000,
      tenant.dailyQuota ?? 0,
      timings.graceMs,
      timings.noShowMs,
      day.minute,
      dayFiguresTtlSeconds,
    ],
  );
  if (typeof reply === 'number') throw toScriptError(reply, { script: 'create-ticket', ticketId: id });
  if (Number(reply[0]) === ScriptErrorCode.IntakePaused) {
    const resumesAt = reply[1] === '' || reply[1] === undefined ? null : Number(reply[1]);
    throw intakePausedError(tenant.code, resumesAt);
  }
  try {
    await queueTicket(context, { tenantCode: tenant.code, ticketId: id, priority: Number(reply[1]) });
  } catch (error) {
    // The citizen gets an error, so the ticket must not linger as waiting outside any queue.
    await endTicket(context, {
      ticketId: id,
      tenantCode: tenant.code,
      status: 'cancelled',
      by: 'system',
      from: ['waiting'],
    });
    throw new AppError('unavailable', `queueing ticket ${id} failed`, {
      userMessage: 'The queue is unavailable, please try again',
      cause: error,
    });
  }
  const view = await getTicketView(context, id);
  if (!view) throw new AppError('internal', `ticket ${id} vanished after creation`);
  return { ticket: view, accessKey };
}

/** Adds a waiting ticket's job to its tenant's queue and clears its requeue note. */
export async function queueTicket(
  context: PlazaContext,
  options: { tenantCode: string; ticketId: string; priority: number },
): Promise<void> {
  await context.queues.addTicket(options);
  await context.redis.zRem(context.keys.requeue, options.ticketId);
}

const returnAttempts = 50;
const returnRetryMs = 10;

/**
 * Queues a ticket again after its offer ended. The dispatcher that made the offer may not have
 * completed the offer's job yet, and BullMQ ignores an add for a job id it still holds: add
 * until the job is seen queued, or the ticket was taken on meanwhile (an active job for a
 * waiting ticket is that, or the old job: a few milliseconds tell). Should neither happen, the
 * requeue note the return script left has the sweeper queue it.
 */
export async function requeueReturnedTicket(
  context: PlazaContext,
  options: { tenantCode: string; ticketId: string; priority: number },
): Promise<void> {
  const queue = context.queues.queue(options.tenantCode);
  for (let attempt = 0; attempt < returnAttempts; attempt++) {
    await context.queues.addTicket(options);
    const [state, status] = await Promise.all([
      queue.getJobState(options.ticketId),
      context.redis.hGet(context.keys.ticket(options.ticketId), 'status'),
    ]);
    if (state === 'prioritized' || state === 'waiting' || status !== 'waiting') {
      await context.redis.zRem(context.keys.requeue, options.ticketId);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, returnRetryMs));
  }
  context.logger.warn('returned ticket left to the requeue sweep', { ticketId: options.ticketId });
}

/** Reads a ticket record, or null when there is none. */
export async function readTicket(context: PlazaContext, ticketId: string): Promise<TicketRecord | null> {
  return parseTicketRecord(await context.redis.hGetAll(context.keys.ticket(ticketId)));
}

/** Reads a ticket, checking the citizen's access key; the error does not tell which was wrong. */
export async function readTicketWithKey(
  context: PlazaContext,
  options: { ticketId: string; accessKey: string },
): Promise<TicketRecord> {
  const ticket = await readTicket(context, options.ticketId);
  const given = Buffer.from(hashAccessKey(options.accessKey), 'hex');
  const stored = Buffer.from(ticket?.keyHash ?? '', 'hex');
  if (!ticket || stored.length !== given.length || !timingSafeEqual(stored, given)) {
    throw new AppError('ticket_not_found', `ticket ${options.ticketId} unknown or key mismatch`, {
      userMessage: 'Ticket not found',
    });
  }
  return ticket;
}

/** The citizen's view: status, and while waiting, position and estimated wait. */
export async function getTicketView(context: PlazaContext, ticketId: string): Promise<TicketView | null> {
  const ticket = await readTicket(context, ticketId);
  return ticket ? describeTicket(context, ticket) : null;
}

export async function describeTicket(context: PlazaContext, ticket: TicketRecord): Promise<TicketView> {
  const base = {
    id: ticket.id,
    number: formatTicketNumber({ tenantCode: ticket.tenant, sequence: ticket.sequence }),
    tenantCode: ticket.tenant,
    serviceId: ticket.service,
    status: ticket.status,
    createdAt: ticket.createdAt,
    transferredTo: ticket.transferredTo ?? null,
    endReason: ticket.endReason || null,
    revision: ticket.revision,
  };
  if (ticket.status !== 'waiting') return { ...base, position: null, estimatedWaitMinutes: null };
  const [rank, onDuty] = await context.redis
    .multi()
    .zRank(context.keys.line(ticket.tenant), ticket.id)
    .sCard(context.keys.onDuty(ticket.tenant))
    .execAsPipeline();
  const position = typeof rank === 'number' ? rank + 1 : null;
  const service = findTenantOrThrow(context, ticket.tenant).services.find((s) => s.id === ticket.service);
  const averageMinutes = service?.averageMinutes ?? 10;
  const estimatedWaitMinutes =
    position === null ? null : Math.ceil(((position - 1) * averageMinutes) / Math.max(1, Number(onDuty)));
  return { ...base, position, estimatedWaitMinutes };
}

interface EndTicketOptions {
  ticketId: string;
  status: Extract<TicketStatus, 'completed' | 'cancelled' | 'abandoned' | 'no_show' | 'transferred'>;
  by: 'citizen' | 'officer' | 'system' | 'supervisor';
  from: TicketStatus[];
  /** When set, the ticket must be with this officer. */
  officerId?: string;
  /** The ticket's tenant, when the caller knows it: saves reading it (the script refuses another). */
  tenantCode?: string;
  /** When set, the end happens only if this deadline member is still set and due. */
  deadline?: string;
  reason?: 'closed';
}

/** Ends a ticket; returns the status it ended from. Frees its officer, if it had one. */
export async function endTicket(context: PlazaContext, options: EndTicketOptions): Promise<TicketStatus> {
  const { keys } = context;
  // The day figures are of the ticket's tenant's local date, which only the caller can compute.
  const tenantCode =
    options.tenantCode ?? (await context.redis.hGet(keys.ticket(options.ticketId), 'tenant')) ?? '';
  const tenant = context.catalogue.tenants.find((candidate) => candidate.code === tenantCode);
  const day = dayKeysOf(context, { code: tenantCode, timeZone: tenant?.timeZone ?? 'Asia/Jakarta' });
  const reply = await runScript(
    context.redis,
    'end-ticket',
    [
      keys.ticket(options.ticketId),
      keys.deadlines,
      keys.requeue,
      keys.history,
      day.figures,
      keys.calls(tenantCode),
      day.hours,
      day.waiting,
    ],
    [
      options.ticketId,
      options.status,
      context.clock.now(),
      options.by,
      options.from.join(','),
      context.settings.ticketRetentionSeconds,
      keys.prefix,
      keys.channel,
      options.officerId ?? '',
      options.deadline ?? '',
      options.reason ?? '',
      tenantCode,
      dayFiguresTtlSeconds,
      day.hour,
      day.minute,
    ],
  );
  if (typeof reply === 'number')
    throw toScriptError(reply, { script: 'end-ticket', ticketId: options.ticketId });
  const [previous] = (reply as string[]).map(String) as [TicketStatus, string];
  if (previous === 'waiting') {
    // A job held by the dispatcher right now cannot be removed; the dispatcher drops it
    // when its match finds the ticket no longer waiting.
    await context.queues
      .removeTicket({ tenantCode, ticketId: options.ticketId })
      .catch((error: unknown) =>
        context.logger.debug('ticket job left to its dispatcher', { ticketId: options.ticketId, error }),
      );
  }
  return previous;
}

/** The citizen cancels at any point before their call ends. */
export async function cancelTicket(context: PlazaContext, ticketId: string): Promise<TicketStatus> {
  return endTicket(context, {
    ticketId,
    status: 'cancelled',
    by: 'citizen',
    from: ['waiting', 'offered', 'in_call'],
  });
}
