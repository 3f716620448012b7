// The wall clock of an instant in a time zone: its local date and time of day, for a tenant's day
// figures (engine) and the charts drawn from them (web). One Intl formatter per zone, made once.

/** An instant's local date (`YYYY-MM-DD`), hour (0..23), minute (0..59) and second (0..59). */
export interface LocalTime {
  date: string;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The local date and time of day of an instant (ms since the epoch) in an IANA time zone. */
export function localTimeOf(at: number, timeZone: string): LocalTime {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(at).map((part) => [part.type, part.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    // Some engines still write midnight as 24 under h23.
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}
