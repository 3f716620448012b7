// The supervisor's live board and a tenant's drill-down, read from what the scripts keep up to
// date: the tenant's line, its calls in progress, officer hashes and the day's figures. A board
// of any number of tenants is one script call (one round trip), whatever the length of the lines.
import {
  type Board,
  type OfficersByState,
  serviceLevelTargetOf,
  type Tenant,
  type TenantBoard,
  type TenantDetail,
  type TenantWarning,
  warnLongestWaitSecondsOf,
} from '@vp/contract';
import type { PlazaContext } from './context';
import { dayKeysOf, parseDayCounters, toDaySeries, toTenantDay } from './day-figures';
import { parseIntakePause } from './intake-pause';
import { formatTicketNumber } from './local-date';
import { parseOfficerRecord } from './officer-record';
import { runScript } from './scripts';
import { regularBand } from './ticket-order';
import { parseTicketRecord } from './ticket-record';

/** A tenant on the board, with the officers who serve it (from the account directory). */
export interface BoardTenant {
  tenant: Tenant;
  officerIds: readonly string[];
}

const asNumber = (reply: unknown): number => (typeof reply === 'number' ? reply : Number(reply ?? 0) || 0);
const asString = (reply: unknown): string | null => (typeof reply === 'string' ? reply : null);
const asStrings = (reply: unknown): string[] =>
  Array.isArray(reply) ? reply.filter((item): item is string => typeof item === 'string') : [];
const asHash = (reply: unknown): Record<string, string> =>
  reply && typeof reply === 'object' && !Array.isArray(reply) ? (reply as Record<string, string>) : {};

function averageMinutesOf(tenant: Tenant): number {
  const total = tenant.services.reduce((sum, service) => sum + service.averageMinutes, 0);
  return total / Math.max(1, tenant.services.length);
}

const officerStates = ['ready', 'offered', 'in_call', 'wrap_up', 'away', 'offline'] as const;

/** Reads the board of the given tenants in one round trip (lua/read-board-0.lua). */
export async function readBoard(context: PlazaContext, tenants: readonly BoardTenant[]): Promise<Board> {
  const { keys } = context;
  const now = context.clock.now();
  const days = tenants.map(({ tenant }) => dayKeysOf(context, tenant));
  const args: (string | number)[] = [keys.prefix, regularBand, tenants.length];
  tenants.forEach(({ tenant, officerIds }, index) => {
    const day = days[index];
    if (!day) return;
    args.push(
      keys.line(tenant.code),
      day.figures,
      day.waits,
      keys.priorityClaims(tenant.code, day.date),
      keys.intakePause(tenant.code),
      keys.calls(tenant.code),
      officerIds.length,
      ...officerIds.map((officerId) => keys.officer(officerId)),
    );
  });
  const reply = await runScript(context.redis, 'read-board', [], args);
  const rows = Array.isArray(reply) ? (reply as unknown[]) : [];

  const tenantBoards = tenants.map(({ tenant }, index): TenantBoard => {
    const row = Array.isArray(rows[index]) ? (rows[index] as unknown[]) : [];
    const [
      priorityReply,
      regularReply,
      oldestReply,
      figuresReply,
      ,
      p90Reply,
      rejectedReply,
      pauseReply,
      callsReply,
    ] = row;
    const priority = asNumber(priorityReply);
    const regular = asNumber(regularReply);
    const oldest = asString(oldestReply);
    const counts = Array.isArray(row[9]) ? (row[9] as unknown[]) : [];
    const officers = Object.fromEntries(
      officerStates.map((state, stateIndex) => [state, asNumber(counts[stateIndex])]),
    ) as OfficersByState;
    const pause = parseIntakePause(asString(pauseReply) || null, now);
    const intake = { paused: pause !== null, resumesAt: pause?.resumesAt ?? null };
    const p90 = asString(p90Reply);
    const today = toTenantDay({
      date: days[index]?.date ?? '',
      counters: parseDayCounters(pairsToHash(figuresReply)),
      p90WaitMs: p90 ? Number(p90) : null,
      priorityClaimsRejected: asNumber(rejectedReply),
    });
    const waiting = priority + regular;
    const longestWaitSeconds = waiting > 0 && oldest ? Math.max(0, (now - Number(oldest)) / 1000) : null;
    // Officers at work share the line; away and offline ones do not.
    const serving = officers.ready + officers.offered + officers.in_call + officers.wrap_up;
    const warnings: TenantWarning[] = [];
    if (longestWaitSeconds !== null && longestWaitSeconds > warnLongestWaitSecondsOf(tenant)) {
      warnings.push('longest_wait');
    }
    if (today.serviceLevel !== null && today.serviceLevel < serviceLevelTargetOf(tenant).share) {
      warnings.push('service_level');
    }
    if (intake.paused) warnings.push('paused');
    return {
      tenantCode: tenant.code,
      waiting: { priority, regular },
      longestWaitSeconds,
      estimatedWaitMinutes: Math.ceil((waiting * averageMinutesOf(tenant)) / Math.max(1, serving)),
      officers,
      callsInProgress: asNumber(callsReply),
      intake,
      today,
      warnings,
    };
  });
  return { at: now, tenants: tenantBoards };
}

/** A flat `[field, value, ...]` reply (HGETALL inside a script) as a hash. */
function pairsToHash(reply: unknown): Record<string, string> {
  const hash: Record<string, string> = {};
  const items = asStrings(reply);
  for (let i = 0; i + 1 < items.length; i += 2) {
    const field = items[i];
    const value = items[i + 1];
    if (field !== undefined && value !== undefined) hash[field] = value;
  }
  return hash;
}

/**
 * Reads a tenant's drill-down: its line in order, its officers with time in status, its calls, and
 * the series of its local day so far (kept by the scripts as things happened, never read from
 * the history). The citizen's name is given only when `withCitizenNames` (the caller decides by role).
 */
export async function readTenantDetail(
  context: PlazaContext,
  options: { tenant: Tenant; officers: readonly { id: string; name: string }[]; withCitizenNames: boolean },
): Promise<TenantDetail> {
  const { keys, redis } = context;
  const now = context.clock.now();
  const { tenant } = options;
  const day = dayKeysOf(context, tenant, now);
  const first = redis.multi();
  first.zRange(keys.line(tenant.code), 0, -1);
  first.sMembers(keys.calls(tenant.code));
  first.hGetAll(day.hours);
  first.hGetAll(day.waiting);
  for (const officer of options.officers) first.hGetAll(keys.officer(officer.id));
  const [lineReply, callsReply, hoursReply, waitingReply, ...officerReplies] =
    (await first.execAsPipeline()) as unknown[];
  const lineIds = asStrings(lineReply);
  const callIds = asStrings(callsReply).sort();

  const ticketIds = [...lineIds, ...callIds];
  const second = redis.multi();
  for (const ticketId of ticketIds) second.hGetAll(keys.ticket(ticketId));
  const ticketReplies = ticketIds.length > 0 ? ((await second.execAsPipeline()) as unknown[]) : [];
  const tickets = ticketReplies.map((reply) => {
    const hash = asHash(reply);
    return Object.keys(hash).length > 0 ? parseTicketRecord(hash) : null;
  });
  const numberOf = (sequence: number) => formatTicketNumber({ tenantCode: tenant.code, sequence });

  const line = lineIds.flatMap((ticketId, index) => {
    const ticket = tickets[index];
    if (!ticket) return [];
    return [
      {
        ticketId,
        number: numberOf(ticket.sequence),
        serviceId: ticket.service,
        vulnerableGroup: ticket.vulnerableGroup ?? null,
        status: ticket.status,
        waitingSeconds: Math.max(0, (now - ticket.createdAt) / 1000),
        citizenName: options.withCitizenNames ? ticket.name : null,
      },
    ];
  });
  const calls = callIds.flatMap((ticketId, index) => {
    const ticket = tickets[lineIds.length + index];
    if (ticket?.status !== 'in_call' || !ticket.officer) return [];
    return [
      {
        ticketId,
        number: numberOf(ticket.sequence),
        officerId: ticket.officer,
        seconds: Math.max(0, (now - (ticket.acceptedAt ?? now)) / 1000),
      },
    ];
  });
  const officers = options.officers.map((officer, index) => {
    const hash = asHash(officerReplies[index]);
    const record = parseOfficerRecord(hash);
    return {
      officerId: officer.id,
      name: officer.name,
      status: record.status,
      secondsInStatus: record.updatedAt === undefined ? null : Math.max(0, (now - record.updatedAt) / 1000),
      ticketId: record.ticket ? record.ticket : null,
    };
  });
  const series = toDaySeries({ point: day, hours: asHash(hoursReply), waiting: asHash(waitingReply) });
  return { tenantCode: tenant.code, line, officers, calls, series };
}
