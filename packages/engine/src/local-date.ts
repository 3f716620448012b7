// Calendar dates and ticket numbers in a tenant's own time zone (WIB, WITA or WIT).
import { localTimeOf, type TimeZone } from '@vp/contract';

/** `YYYY-MM-DD` of the instant in the zone; ticket numbers restart on each local day. */
export function formatLocalDate(options: { at: number; timeZone: TimeZone }): string {
  return localTimeOf(options.at, options.timeZone).date;
}

/** Paper-ticket style number: tenant code and the day's sequence, at least three digits. */
export function formatTicketNumber(options: { tenantCode: string; sequence: number }): string {
  return `${options.tenantCode}-${String(options.sequence).padStart(3, '0')}`;
}
