// The tenant's figures of its local day, kept by the scripts that change state (match, end,
// transfer; lua/includes/day-figures.lua) and turned into the board's `TenantDay` here; and the
// day's series for the charts (per hour, and the waiting count per minute), kept the same way.
import { type DaySeries, localTimeOf, type Tenant, type TenantDay, type TimeZone } from '@vp/contract';
import type { PlazaContext } from './context';

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

/** The counters of a day's hours hash (fields `<hour>:<counter>`), as the scripts name them. */
export const hourCounters = ['offered', 'offeredWithinTarget', 'served'] as const;

/** A moment in a tenant's local day: its date, hour (0..23) and minute of the day (0..1439). */
export interface LocalDayPoint {
  date: string;
  hour: number;
  minute: number;
}

/** The local date, hour and minute of the day of an instant in a time zone (a script knows none). */
export function localDayPointOf(at: number, timeZone: TimeZone): LocalDayPoint {
  const { date, hour, minute } = localTimeOf(at, timeZone);
  return { date, hour, minute: hour * 60 + minute };
}

/** The tenant's local date now. */
export function tenantDateOf(context: PlazaContext, tenant: Pick<Tenant, 'timeZone'>): string {
  return localDayPointOf(context.clock.now(), tenant.timeZone).date;
}

/** The keys of a tenant's local day now (or at `at`), with the hour and minute the scripts count in. */
export interface DayKeys extends LocalDayPoint {
  figures: string;
  waits: string;
  hours: string;
  waiting: string;
}

/** The keys of a tenant's day figures and series, of its local date now (or at `at`). */
export function dayKeysOf(
  context: PlazaContext,
  tenant: Pick<Tenant, 'code' | 'timeZone'>,
  at: number = context.clock.now(),
): DayKeys {
  const point = localDayPointOf(at, tenant.timeZone);
  return {
    ...point,
    figures: context.keys.dayFigures(tenant.code, point.date),
    waits: context.keys.dayWaits(tenant.code, point.date),
    hours: context.keys.dayHours(tenant.code, point.date),
    waiting: context.keys.dayWaiting(tenant.code, point.date),
  };
}

const wholeOrZero = (raw: string | undefined): number => {
  const value = Number(raw ?? 0);
  return Number.isInteger(value) && value >= 0 ? value : 0;
};

/**
 * The day's series from its hashes: the hours that saw any count (fields `<hour>:<counter>`), and
 * the waiting count after the last change of each minute that saw one, both in time order.
 * Malformed fields are left out.
 */
export function toDaySeries(options: {
  point: LocalDayPoint;
  hours: Record<string, string>;
  waiting: Record<string, string>;
}): DaySeries {
  const byHour = new Map<number, Record<(typeof hourCounters)[number], number>>();
  for (const [field, raw] of Object.entries(options.hours)) {
    const match = /^(\d{1,2}):([A-Za-z]+)$/.exec(field);
    const hour = Number(match?.[1]);
    const counter = hourCounters.find((name) => name === match?.[2]);
    if (!counter || !(hour >= 0 && hour <= 23)) continue;
    const counts = byHour.get(hour) ?? { offered: 0, offeredWithinTarget: 0, served: 0 };
    counts[counter] = wholeOrZero(raw);
    byHour.set(hour, counts);
  }
  const waiting = Object.entries(options.waiting).flatMap(([field, raw]) => {
    const minute = Number(field);
    return /^\d{1,4}$/.test(field) && minute <= 1439 ? [{ minute, waiting: wholeOrZero(raw) }] : [];
  });
  return {
    date: options.point.date,
    nowMinute: options.point.minute,
    hours: [...byHour.entries()].sort(([a], [b]) => a - b).map(([hour, counts]) => ({ hour, ...counts })),
    waiting: waiting.sort((a, b) => a.minute - b.minute),
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
