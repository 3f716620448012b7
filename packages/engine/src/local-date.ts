// Calendar dates and ticket numbers in a tenant's own time zone (WIB, WITA or WIT).
import type { TimeZone } from '@vp/contract';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM-DD` of the instant in the zone; ticket numbers restart on each local day. */
export function formatLocalDate(options: { at: number; timeZone: TimeZone }): string {
  let formatter = formatters.get(options.timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone: options.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(options.timeZone, formatter);
  }
  return formatter.format(options.at);
}

/** Paper-ticket style number: tenant code and the day's sequence, at least three digits. */
export function formatTicketNumber(options: { tenantCode: string; sequence: number }): string {
  return `${options.tenantCode}-${String(options.sequence).padStart(3, '0')}`;
}
