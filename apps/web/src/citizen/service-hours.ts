// Service hours as a short line ("Sen–Jum, 08:00–12:00 WITA") and when a tenant next opens;
// pure so it is unit-tested.
import type { ServiceHours, TimeZone } from '@vp/contract';
import type { Language } from '../i18n/translate';

const locales: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** Weekday name of an ISO weekday (1 = Monday) in the given language, short ("Sen") or long ("Senin"). */
export function weekdayName(isoDay: number, language: Language, width: 'short' | 'long' = 'short'): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, isoDay));
  return new Intl.DateTimeFormat(locales[language], { weekday: width, timeZone: 'UTC' }).format(date);
}

/**
 * The open days, consecutive runs collapsed ("Sen–Jum", "Mon, Wed, Fri"); null for every day,
 * which the caller words itself.
 */
export function formatDays(days: readonly number[], language: Language): string | null {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 7) return null;
  const runs: [number, number][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && day === last[1] + 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs
    .map(([from, to]) => {
      if (from === to) return weekdayName(from, language);
      const separator = to === from + 1 ? ', ' : '–';
      return `${weekdayName(from, language)}${separator}${weekdayName(to, language)}`;
    })
    .join(', ');
}

const isoDays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The ISO weekday and "HH:MM" clock time of an instant in a time zone. */
export function localDayAndTime(at: number, timeZone: TimeZone): { isoDay: number; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
  return { isoDay: isoDays[part('weekday')] ?? 1, time: `${part('hour')}:${part('minute')}` };
}

/** When a tenant next opens: in how many local days, on which ISO weekday, at what time. */
export interface NextOpening {
  daysAhead: number;
  isoDay: number;
  opens: string;
}

/**
 * The tenant's next opening after `now`, in its own time zone: later today if it has not opened
 * yet, else the next open day (up to a week ahead, when it opens on one day a week).
 */
export function nextOpening(hours: ServiceHours, timeZone: TimeZone, now: number): NextOpening {
  const today = localDayAndTime(now, timeZone);
  for (let daysAhead = 0; daysAhead <= 7; daysAhead++) {
    const isoDay = ((today.isoDay - 1 + daysAhead) % 7) + 1;
    if (!hours.days.includes(isoDay)) continue;
    // "HH:MM" strings compare in clock order.
    if (daysAhead === 0 && today.time >= hours.opens) continue;
    return { daysAhead, isoDay, opens: hours.opens };
  }
  // Unreachable with at least one open day (the catalogue requires one); today's weekday a week on.
  return { daysAhead: 7, isoDay: today.isoDay, opens: hours.opens };
}
