// The chart data of a tenant's day: the server's series of the day (kept by the scripts as things
// happened, sent with the drill-down), brought up to the board's latest push. x is seconds since
// the tenant's local midnight, so the axes read in the tenant's own time zone whatever the
// browser's. Pure, so it is unit-tested.
import { type DaySeries, localTimeOf } from '@vp/contract';

/** uPlot's columnar data: x values, then one column per series. */
export type ChartColumns = [number[], (number | null)[]];

/** What the board's latest push says of the tenant now, placed in its local day. */
export interface LiveTile {
  /** The tenant's local date of the push, YYYY-MM-DD. */
  date: string;
  /** Seconds since the tenant's local midnight at the push. */
  seconds: number;
  waiting: number;
  served: number;
}

/** The tenant's day as the charts draw it. */
export interface DayCharts {
  /** The x range all three charts share: from the day's first whole hour to the end of this hour. */
  range: [number, number];
  waiting: ChartColumns;
  /** x: the hour's start. */
  servedPerHour: ChartColumns;
  /** x: the hour's middle; a percentage, null in an hour without a first offer. */
  serviceLevel: ChartColumns;
}

const hour = 3600;

/** The local date and the seconds since local midnight of an instant (ms) in a time zone. */
export function localDayOf(at: number, timeZone: string): { date: string; seconds: number } {
  const local = localTimeOf(at, timeZone);
  return { date: local.date, seconds: local.hour * hour + local.minute * 60 + local.second };
}

/**
 * The day's charts from its series, and the board's push when it is of the same local day and
 * newer: waiting holds from each change to the next and runs to now at the pushed count; an end
 * the push counted and the series not yet (its refetch is on its way) goes in this hour.
 */
export function dayCharts(series: DaySeries, live: LiveTile | null): DayCharts {
  const current =
    live !== null && live.date === series.date && live.seconds >= series.nowMinute * 60 ? live : null;
  const now = current?.seconds ?? series.nowMinute * 60;
  const lastSample = series.waiting.at(-1);

  const waitingX = series.waiting.map((sample) => sample.minute * 60);
  const waitingY: (number | null)[] = series.waiting.map((sample) => sample.waiting);
  const waitingNow = current?.waiting ?? lastSample?.waiting;
  if (waitingNow !== undefined && (waitingX.at(-1) ?? -1) < now) {
    waitingX.push(now);
    waitingY.push(waitingNow);
  }

  const firstSeconds = Math.min(now, waitingX[0] ?? now, (series.hours[0]?.hour ?? 24) * hour);
  const firstHour = Math.floor(firstSeconds / hour);
  const nowHour = Math.floor(now / hour);
  const byHour = new Map(series.hours.map((entry) => [entry.hour, entry]));
  const counted = series.hours.reduce((sum, entry) => sum + entry.served, 0);
  const notYetCounted = current ? Math.max(0, current.served - counted) : 0;

  const hours: number[] = [];
  for (let h = firstHour; h <= nowHour; h++) hours.push(h);
  return {
    range: [firstHour * hour, (nowHour + 1) * hour],
    waiting: [waitingX, waitingY],
    servedPerHour: [
      hours.map((h) => h * hour),
      hours.map((h) => (byHour.get(h)?.served ?? 0) + (h === nowHour ? notYetCounted : 0)),
    ],
    serviceLevel: [
      hours.map((h) => h * hour + hour / 2),
      hours.map((h) => {
        const entry = byHour.get(h);
        return entry && entry.offered > 0
          ? Math.round((entry.offeredWithinTarget / entry.offered) * 1000) / 10
          : null;
      }),
    ],
  };
}

/** Seconds since local midnight as the clock time they name ("09.30" in Bahasa Indonesia). */
export function formatDayTime(language: string, seconds: number): string {
  return new Date(seconds * 1000).toLocaleTimeString(language === 'id' ? 'id-ID' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  });
}

/** The short name of an Indonesian time zone (WIB, WITA, WIT); the zone's own name otherwise. */
export function zoneNameOf(timeZone: string): string {
  return { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' }[timeZone] ?? timeZone;
}
