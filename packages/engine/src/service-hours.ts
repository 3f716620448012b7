// Whether a tenant takes tickets now, and when it opens next, in its own time zone.
// Indonesia keeps no daylight saving time, so each zone is a fixed offset from UTC.
import type { ServiceHours, TimeZone } from '@vp/contract';

const utcOffsetHours: Record<TimeZone, number> = {
  'Asia/Jakarta': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};
const dayMs = 24 * 3600 * 1000;

function minutesOf(clockTime: string): number {
  const [hours, minutes] = clockTime.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** The local weekday (1 Monday .. 7 Sunday), minute of the day and midnight of an instant. */
function toLocal(at: number, timeZone: TimeZone) {
  const offsetMs = utcOffsetHours[timeZone] * 3600 * 1000;
  const shifted = new Date(at + offsetMs);
  const weekday = shifted.getUTCDay() === 0 ? 7 : shifted.getUTCDay();
  const minute = shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
  const midnight = Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()) - offsetMs;
  return { weekday, minute, midnight };
}

export function isOpen(options: {
  hours: ServiceHours | undefined;
  timeZone: TimeZone;
  at: number;
}): boolean {
  const { hours } = options;
  if (!hours) return true;
  const local = toLocal(options.at, options.timeZone);
  return (
    hours.days.includes(local.weekday) &&
    local.minute >= minutesOf(hours.opens) &&
    local.minute < minutesOf(hours.closes)
  );
}

/** The next instant the tenant opens after `at` (or `at` itself when open). */
export function nextOpening(options: {
  hours: ServiceHours | undefined;
  timeZone: TimeZone;
  at: number;
}): number {
  const { hours, at } = options;
  if (!hours || isOpen(options)) return at;
  const today = toLocal(at, options.timeZone);
  for (let days = 0; days <= 7; days++) {
    const weekday = ((today.weekday - 1 + days) % 7) + 1;
    const opensAt = today.midnight + days * dayMs + minutesOf(hours.opens) * 60_000;
    if (hours.days.includes(weekday) && opensAt > at) return opensAt;
  }
  throw new Error('service hours with no opening day');
}
