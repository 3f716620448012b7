import type { AdminAccount } from '@vp/contract';
import { describe, expect, it } from 'vitest';
import {
  type AccountForm,
  accountErrorKey,
  accountToForm,
  emptyAccountForm,
  formToCreateRequest,
  formToUpdateRequest,
} from './account-form';

const officer: AdminAccount = {
  id: 'dkc-1',
  username: 'dkc1',
  name: 'Rina Officer',
  role: 'officer',
  tenantCodes: ['DKC'],
  disabled: false,
};

describe('creating an account', () => {
  it('sends what was typed, trimmed, with its tenants sorted', () => {
    expect(
      formToCreateRequest({
        username: ' dkc9 ',
        name: ' Budi ',
        role: 'supervisor',
        tenantCodes: ['SAM', 'DKC'],
      }),
    ).toEqual({
      ok: true,
      request: { username: 'dkc9', name: 'Budi', role: 'supervisor', tenantCodes: ['DKC', 'SAM'] },
    });
  });

  it('names no tenant for an admin, whatever was ticked before the role changed', () => {
    const result = formToCreateRequest({
      username: 'boss',
      name: 'Boss',
      role: 'admin',
      tenantCodes: ['DKC'],
    });
    expect(result).toEqual({
      ok: true,
      request: { username: 'boss', name: 'Boss', role: 'admin', tenantCodes: [] },
    });
  });

  it.each<[string, AccountForm, string[]]>([
    ['an empty form', emptyAccountForm, ['name', 'tenantCodes', 'username']],
    [
      'a username with capitals',
      { ...emptyAccountForm, username: 'Dkc9', name: 'A', tenantCodes: ['DKC'] },
      ['username'],
    ],
    ['an officer of no tenant', { ...emptyAccountForm, username: 'dkc9', name: 'A' }, ['tenantCodes']],
    ['a blank name', { ...emptyAccountForm, username: 'dkc9', name: '   ', tenantCodes: ['DKC'] }, ['name']],
  ])('names the fields at fault: %s', (_name, form, fields) => {
    const result = formToCreateRequest(form);
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(fields);
  });
});

describe('changing an account', () => {
  it('sends only what changed', () => {
    const form = { ...accountToForm(officer), name: 'Rina A.', tenantCodes: ['SAM', 'DKC'] };
    expect(formToUpdateRequest(officer, form)).toEqual({
      ok: true,
      request: { name: 'Rina A.', tenantCodes: ['DKC', 'SAM'] },
    });
  });

  it('sends nothing when nothing changed (tenants in another order included)', () => {
    const account = { ...officer, tenantCodes: ['SAM', 'DKC'] };
    expect(formToUpdateRequest(account, { ...accountToForm(account), tenantCodes: ['DKC', 'SAM'] })).toEqual({
      ok: true,
      request: null,
    });
  });

  it('clears the tenants of an account made admin', () => {
    expect(formToUpdateRequest(officer, { ...accountToForm(officer), role: 'admin' })).toEqual({
      ok: true,
      request: { role: 'admin', tenantCodes: [] },
    });
  });

  it('keeps an officer at one tenant or more, and a name', () => {
    const result = formToUpdateRequest(officer, { ...accountToForm(officer), name: ' ', tenantCodes: [] });
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(['name', 'tenantCodes']);
  });
});

describe('accountErrorKey', () => {
  it.each([
    [{ code: 'conflict', field: 'username' }, 'admin.field.username.taken'],
    [{ code: 'conflict', field: 'disabled' }, 'admin.accounts.keepAdmin'],
    [{ code: 'conflict', field: 'role' }, 'admin.accounts.keepAdmin'],
    [{ code: 'officer_busy', field: 'accountId' }, 'admin.accounts.officerBusy'],
    [{ code: 'conflict' }, undefined],
    [{ code: 'validation_failed', field: 'username' }, undefined],
  ])('%j reads as %s', (error, key) => {
    expect(accountErrorKey(error)).toBe(key);
  });
});
