// The tenant's figures of its local day, kept by the scripts that change state (match, end,
// transfer; lua/includes/day-figures.lua) and turned into the board's `TenantDay` here.
import type { Tenant, TenantDay } from '@vp/contract';
import type { PlazaContext } from './context';
import { formatLocalDate } from './local-date';

/** Day figures outlive their day by some weeks, for a look back, then expire. */
export const dayFiguresTtlSeconds = 40 * 24 * 3600;

/** The counters of a day's hash, as the scripts name them. */
export const dayCounters = [
  'offered',
  'offeredWithinTarget',
  'waitMs',
  'ended',
  'served',
  'cancelled',
  'abandoned',
  'noShow',
  'transferred',
  'lost',
  'handled',
  'handleMs',
] as const;
export type DayCounters = Record<(typeof dayCounters)[number], number>;

/** The tenant's local date now. */
export function tenantDateOf(context: PlazaContext, tenant: Pick<Tenant, 'timeZone'>): string {
  return formatLocalDate({ at: context.clock.now(), timeZone: tenant.timeZone });
}

/** The keys of a tenant's day figures, of its local date now. */
export function dayKeysOf(
  context: PlazaContext,
  tenant: Pick<Tenant, 'code' | 'timeZone'>,
): { date: string; figures: string; waits: string } {
  const date = tenantDateOf(context, tenant);
  return {
    date,
    figures: context.keys.dayFigures(tenant.code, date),
    waits: context.keys.dayWaits(tenant.code, date),
  };
}

/** Reads a day hash (absent counters are 0). */
export function parseDayCounters(hash: Record<string, string>): DayCounters {
  const counters = {} as DayCounters;
  for (const name of dayCounters) {
    const value = Number(hash[name] ?? 0);
    counters[name] = Number.isFinite(value) ? value : 0;
  }
  return counters;
}

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
const seconds = (ms: number | null): number | null => (ms === null ? null : ms / 1000);

/**
 * The rank (0-based) of the 90th percentile among `count` waits, by nearest rank: ceil(0.9 n) - 1,
 * in whole numbers (lua/read-board-0.lua counts it the same way).
 */
export function p90RankOf(count: number): number | null {
  return count > 0 ? Math.floor((9 * count + 9) / 10) - 1 : null;
}

/** The board's figures of a day from its counters, the 90th-percentile wait and the rejected claims. */
export function toTenantDay(options: {
  date: string;
  counters: DayCounters;
  p90WaitMs: number | null;
  priorityClaimsRejected: number;
}): TenantDay {
  const { counters: c } = options;
  const averageWaitMs = ratio(c.waitMs, c.offered);
  const averageHandleMs = ratio(c.handleMs, c.handled);
  return {
    date: options.date,
    served: c.served,
    cancelled: c.cancelled,
    abandoned: c.abandoned,
    noShow: c.noShow,
    transferred: c.transferred,
    averageWaitSeconds: seconds(averageWaitMs),
    p90WaitSeconds: seconds(options.p90WaitMs),
    averageHandleSeconds: seconds(averageHandleMs),
    serviceLevel: ratio(c.offeredWithinTarget, c.offered),
    abandonmentRate: ratio(c.lost, c.ended),
    priorityClaimsRejected: options.priorityClaimsRejected,
  };
}
