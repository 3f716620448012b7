import type { AuditEntry, Tenant } from '@vp/contract';
import { describe, expect, it } from 'vitest';
import { auditActionKey, filterAudit, formatAuditTime, zoneOfEntry } from './audit-format';
import { isAdminKey } from './useAdminT';

// 2026-03-02 01:30:05 UTC: 08:30 in Jakarta, 09:30 in Makassar, 10:30 in Jayapura.
const at = Date.UTC(2026, 2, 2, 1, 30, 5);

const entry = (id: string, tenantCode: string | null): AuditEntry => ({
  id,
  at,
  accountId: 'admin-1',
  action: 'tenant.settings',
  tenantCode,
  target: tenantCode,
});

describe('formatAuditTime', () => {
  it.each([
    ['id', 'Asia/Jakarta', 'WIB', /08\.30\.05 WIB$/],
    ['id', 'Asia/Makassar', 'WITA', /09\.30\.05 WITA$/],
    ['id', 'Asia/Jayapura', 'WIT', /10\.30\.05 WIT$/],
    ['en', 'Asia/Jakarta', 'WIB', /08:30:05 WIB$/],
  ] as const)('tells the time in the tenant’s zone (%s, %s)', (language, timeZone, label, expected) => {
    const text = formatAuditTime(language, at, { timeZone, label });
    expect(text).toMatch(expected);
    expect(text).toMatch(/2026/);
  });

  it('falls back on the browser’s zone for an entry of no tenant', () => {
    expect(formatAuditTime('en', at, undefined, 'UTC')).toMatch(/01:30:05 UTC/);
  });
});

describe('auditActionKey', () => {
  it.each([
    ['tenant.settings', 'admin.audit.action.tenant.settings'],
    ['account.password_reset', 'admin.audit.action.account.password_reset'],
    ['intake.pause', 'admin.audit.action.intake.pause'],
    ['something.new', null],
  ])('names %s', (action, key) => {
    expect(auditActionKey(action, isAdminKey)).toBe(key);
  });
});

describe('filterAudit and zoneOfEntry', () => {
  const entries = [entry('3-0', 'DKC'), entry('2-0', null), entry('1-0', 'SAM')];

  it.each([
    [{ kind: 'all' } as const, ['3-0', '2-0', '1-0']],
    [{ kind: 'plaza' } as const, ['2-0']],
    [{ kind: 'tenant', tenantCode: 'SAM' } as const, ['1-0']],
  ])('keeps %j', (filter, ids) => {
    expect(filterAudit(entries, filter).map((item) => item.id)).toEqual(ids);
  });

  it('takes the zone of the entry’s tenant, none for the plaza’s or an unknown tenant', () => {
    const tenants = [{ code: 'DKC', timeZone: 'Asia/Makassar' }] as Tenant[];
    expect(zoneOfEntry(entry('1-0', 'DKC'), tenants)).toBe('Asia/Makassar');
    expect(zoneOfEntry(entry('1-0', null), tenants)).toBeUndefined();
    expect(zoneOfEntry(entry('1-0', 'SAM'), tenants)).toBeUndefined();
  });
});
