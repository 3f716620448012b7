// How the audit log reads: an entry's time in its tenant's zone (or the browser's) and its action
// in words. Pure, so it is unit-tested.
import type { AuditEntry, Tenant, TimeZone } from '@vp/contract';
import type { Language } from '../i18n/translate';
import type { AdminMessageKey } from './admin-messages';

/**
 * An entry's moment as date and time to the second, with its zone: in the tenant's own zone and
 * named by `zone.label` (WIB, WITA, WIT: the same in both languages) when the entry names a
 * known tenant; else in the browser's zone (`browserZone` in tests), named as the browser names it.
 */
export function formatAuditTime(
  language: Language,
  at: number,
  zone: { timeZone: string; label: string } | undefined,
  browserZone?: string,
): string {
  const format = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    ...(zone ? { timeZone: zone.timeZone } : { timeZoneName: 'short' }),
    ...(!zone && browserZone ? { timeZone: browserZone } : {}),
  });
  return zone ? `${format.format(at)} ${zone.label}` : format.format(at);
}

/** The message key naming an action, when the page knows it; null for one it does not (shown as is). */
export function auditActionKey(
  action: string,
  isKnown: (key: string) => key is AdminMessageKey,
): AdminMessageKey | null {
  const key = `admin.audit.action.${action}`;
  return isKnown(key) ? key : null;
}

/** The filter's choices: every tenant, entries of no tenant (the plaza's), or one tenant. */
export type AuditFilter = { kind: 'all' } | { kind: 'plaza' } | { kind: 'tenant'; tenantCode: string };

export function filterAudit(entries: readonly AuditEntry[], filter: AuditFilter): AuditEntry[] {
  if (filter.kind === 'all') return [...entries];
  if (filter.kind === 'plaza') return entries.filter((entry) => entry.tenantCode === null);
  return entries.filter((entry) => entry.tenantCode === filter.tenantCode);
}

/** The zone an entry's time is told in: its tenant's, when the page knows the tenant. */
export function zoneOfEntry(entry: AuditEntry, tenants: readonly Tenant[]): TimeZone | undefined {
  return entry.tenantCode === null
    ? undefined
    : tenants.find((tenant) => tenant.code === entry.tenantCode)?.timeZone;
}
