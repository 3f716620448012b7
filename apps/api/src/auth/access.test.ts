// The scope rules of the roles, and the route table's check of a rule against an account.
import type { Account } from '@vp/catalogue';
import { isAppError } from '@vp/contract';
import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import type { AccountAccess } from '../http/route-definition';
import { authorizeAccount } from '../http/route-router';
import { canManageAccount, canSeeTenant } from './access';

const passwordHash = 'scrypt$x$y';
const officer: Account = {
  id: 'dkc-1',
  username: 'dkc1',
  name: 'A',
  role: 'officer',
  tenantCodes: ['DKC'],
  passwordHash,
};
const otherOfficer: Account = { ...officer, id: 'sam-1', username: 'sam1', tenantCodes: ['SAM'] };
const supervisor: Account = {
  id: 'spv-1',
  username: 'spv1',
  name: 'S',
  role: 'supervisor',
  tenantCodes: ['DKC', 'SAM'],
  passwordHash,
};
const admin: Account = { id: 'admin-1', username: 'admin1', name: 'Z', role: 'admin', passwordHash };

describe('canSeeTenant', () => {
  it.each([
    [officer, 'DKC', true],
    [officer, 'SAM', false],
    [supervisor, 'SAM', true],
    [supervisor, 'BPJS', false],
    [admin, 'BPJS', true],
  ] as const)('%s.id sees %s: %s', (account, tenant, expected) => {
    expect(canSeeTenant(account, tenant)).toBe(expected);
  });
});

describe('canManageAccount', () => {
  it.each([
    ['an admin, an officer', admin, officer, true],
    ['an admin, another admin', admin, { ...admin, id: 'admin-2' }, true],
    ['a supervisor, an officer of its tenants', supervisor, otherOfficer, true],
    ['a supervisor, an officer of another tenant', supervisor, { ...officer, tenantCodes: ['BPJS'] }, false],
    [
      'a supervisor, an officer also of another tenant',
      supervisor,
      { ...officer, tenantCodes: ['DKC', 'IMI'] },
      false,
    ],
    ['a supervisor, an admin', supervisor, admin, false],
    ['a supervisor, another supervisor', supervisor, { ...supervisor, id: 'spv-2' }, false],
    ['an officer, another officer of its tenant', officer, { ...officer, id: 'dkc-2' }, false],
  ] as const)('%s: %s', (_case, actor, target, expected) => {
    expect(canManageAccount(actor, target as Account)).toBe(expected);
  });
});

describe('authorizeAccount', () => {
  const request = (parts: { params?: Record<string, string>; body?: unknown }) =>
    ({ params: parts.params ?? {}, body: parts.body }) as unknown as Request;
  const refusal = (rule: AccountAccess, account: Account, req = request({})) => {
    try {
      authorizeAccount(rule, account, req);
      return 'allowed';
    } catch (error) {
      return isAppError(error) ? error.code : 'thrown';
    }
  };

  it('refuses another role, and allows any role on an `any` rule', () => {
    expect(refusal({ role: 'officer', scope: 'own' }, officer)).toBe('allowed');
    expect(refusal({ role: 'officer', scope: 'own' }, supervisor)).toBe('forbidden');
    expect(refusal({ role: 'officer', scope: 'own' }, admin)).toBe('forbidden');
    expect(refusal({ role: 'any', scope: 'session' }, supervisor)).toBe('allowed');
  });

  it('gives the plaza scope to an admin only', () => {
    expect(refusal({ role: 'any', scope: 'plaza' }, admin)).toBe('allowed');
    expect(refusal({ role: 'any', scope: 'plaza' }, supervisor)).toBe('forbidden');
  });

  it('checks a tenant scope against the tenant the path or body names', () => {
    const byPath: AccountAccess = {
      role: 'supervisor',
      scope: 'tenant',
      tenantFrom: { in: 'params', field: 'tenantCode' },
    };
    expect(refusal(byPath, supervisor, request({ params: { tenantCode: 'SAM' } }))).toBe('allowed');
    expect(refusal(byPath, supervisor, request({ params: { tenantCode: 'BPJS' } }))).toBe('forbidden');
    const byBody: AccountAccess = {
      role: 'any',
      scope: 'tenant',
      tenantFrom: { in: 'body', field: 'tenantCode' },
    };
    expect(refusal(byBody, officer, request({ body: { tenantCode: 'DKC' } }))).toBe('allowed');
    expect(refusal(byBody, otherOfficer, request({ body: { tenantCode: 'DKC' } }))).toBe('forbidden');
    expect(refusal(byBody, admin, request({ body: { tenantCode: 'DKC' } }))).toBe('allowed');
  });
});
