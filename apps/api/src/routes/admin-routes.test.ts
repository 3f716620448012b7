// The admin's account routes over HTTP against a real Redis: create (with a temporary password
// that signs in), change (name, role, tenants, disabled), reset a password; each refusal (bad
// input naming the field, unknown account, duplicate username, self-lockout, the last admin, an
// officer in a call) changes nothing; each change ends the sessions it must and is audited.
import type {
  AccountWithPassword,
  AdminAccount,
  AdminAccountList,
  ErrorBody,
  TenantDetail,
} from '@vp/contract';
import { accountIdSchema } from '@vp/contract';
import { getOfficerView, type OfficerIdentity, setOfficerStatus } from '@vp/engine';
import { describe, expect, it } from 'vitest';
import { callAs, signInAccount, signInStatus } from '../../../../test/support/account-client';
import { expectError, useSignedInAdmin } from '../../../../test/support/admin-api';
import { demoPassword } from '../../../../test/support/api-test-server';
import { startCallWith } from '../../../../test/support/call-in-progress';
import { accountIdFor, generateTemporaryPassword } from './admin-routes';

const dkcOfficer: OfficerIdentity = { id: 'dkc-1', name: 'Sri Wahyuni', tenantCodes: ['DKC'] };

describe('the admin’s accounts', () => {
  const admin = useSignedInAdmin();
  const { call, audit } = admin;
  const listAccounts = async () => {
    const response = await call('GET', '/admin/accounts');
    expect(response.status).toBe(200);
    return ((await response.json()) as AdminAccountList).accounts;
  };
  const accountOf = async (id: string) => (await listAccounts()).find((account) => account.id === id);
  const sessionWorks = async (session: string) => {
    const response = await callAs(admin.api, session, 'GET', '/session');
    await response.body?.cancel();
    return response.status === 200;
  };
  const createAccount = async (body: unknown) => {
    const response = await call('POST', '/admin/accounts', body);
    expect(response.status).toBe(201);
    return (await response.json()) as AccountWithPassword;
  };

  it('lists every account, without a password hash', async () => {
    const response = await call('GET', '/admin/accounts');
    const text = await response.text();
    expect(text).not.toContain('scrypt');
    expect(text).not.toContain('passwordHash');
    const accounts = (JSON.parse(text) as AdminAccountList).accounts;
    expect(accounts.find((account) => account.id === 'spv-1')).toEqual({
      id: 'spv-1',
      username: 'spv1',
      name: expect.any(String),
      role: 'supervisor',
      tenantCodes: ['DKC', 'SAM'],
      disabled: false,
    });
    expect(accounts.find((account) => account.id === 'admin-1')).toMatchObject({
      role: 'admin',
      tenantCodes: [],
    });
  });

  it('creates an officer whose temporary password signs in, storing only its hash, and audits it', async () => {
    const created = await createAccount({
      username: 'dkc.baru',
      name: 'Petugas Baru',
      role: 'officer',
      tenantCodes: ['DKC'],
    });
    expect(created.account).toEqual({
      id: 'dkc-baru',
      username: 'dkc.baru',
      name: 'Petugas Baru',
      role: 'officer',
      tenantCodes: ['DKC'],
      disabled: false,
    });
    expect(created.temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const login = await fetch(`${admin.api.url}/api/officers/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'dkc.baru', password: created.temporaryPassword }),
    });
    expect(login.status).toBe(200);
    // Redis holds the hash, never the password.
    const stored = await admin.api.plaza.context.redis.hGet(admin.api.plaza.context.keys.config, 'accounts');
    expect(stored).toContain('"username":"dkc.baru"');
    expect(stored).not.toContain(created.temporaryPassword);
    const [entry] = await audit();
    expect(entry).toMatchObject({ accountId: 'admin-1', action: 'account.create', target: 'dkc-baru' });
    expect(JSON.stringify(await audit())).not.toContain(created.temporaryPassword);
  });

  it('answers a created password with no-store, and picks a free id when the slug is taken', async () => {
    const response = await call('POST', '/admin/accounts', {
      username: 'dkc.1',
      name: 'Kembar',
      role: 'supervisor',
      tenantCodes: ['DKC'],
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(((await response.json()) as AccountWithPassword).account.id).toBe('dkc-1-2');
    const admin2 = await createAccount({ username: 'admin2', name: 'Admin Dua', role: 'admin' });
    expect(admin2.account).toMatchObject({ id: 'admin2', role: 'admin', tenantCodes: [] });
  });

  it.each([
    [
      'a malformed username',
      { username: 'Budi S', name: 'B', role: 'officer', tenantCodes: ['DKC'] },
      'username',
    ],
    ['no name', { username: 'budi', name: ' ', role: 'officer', tenantCodes: ['DKC'] }, 'name'],
    ['an unknown role', { username: 'budi', name: 'B', role: 'root', tenantCodes: ['DKC'] }, 'role'],
    ['an officer of no tenant', { username: 'budi', name: 'B', role: 'officer' }, 'tenantCodes'],
    [
      'an admin of a tenant',
      { username: 'budi', name: 'B', role: 'admin', tenantCodes: ['DKC'] },
      'tenantCodes',
    ],
    [
      'an unknown tenant',
      { username: 'budi', name: 'B', role: 'officer', tenantCodes: ['DKC', 'ZZZ'] },
      'tenantCodes.1',
    ],
    [
      'a tenant twice',
      { username: 'budi', name: 'B', role: 'officer', tenantCodes: ['DKC', 'DKC'] },
      'tenantCodes.1',
    ],
    ['an unknown field', { username: 'budi', name: 'B', role: 'admin', password: 'x' }, 'password'],
  ])(
    'refuses to create an account with %s (422 naming the field), changing nothing',
    async (_case, body, field) => {
      const before = await listAccounts();
      await expectError(await call('POST', '/admin/accounts', body), 422, {
        code: 'validation_failed',
        field,
      });
      expect(await listAccounts()).toEqual(before);
    },
  );

  it('refuses a username already taken (409), changing nothing and auditing nothing', async () => {
    const before = admin.api.plaza.config.accountsVersion;
    await expectError(
      await call('POST', '/admin/accounts', {
        username: 'dkc1',
        name: 'X',
        role: 'officer',
        tenantCodes: ['SAM'],
      }),
      409,
      { code: 'conflict', field: 'username' },
    );
    expect(admin.api.plaza.config.accountsVersion).toBe(before);
    expect(await audit()).toEqual([]);
  });

  it('renames an account without ending its sessions', async () => {
    const officer = await signInAccount(admin.api, 'dkc1');
    const response = await call('PATCH', '/admin/accounts/dkc-1', { name: 'Sri W.' });
    expect(response.status).toBe(200);
    expect(((await response.json()) as AdminAccount).name).toBe('Sri W.');
    expect(await sessionWorks(officer)).toBe(true);
    const me = await callAs(admin.api, officer, 'GET', '/session');
    expect(await me.json()).toMatchObject({ id: 'dkc-1', name: 'Sri W.' });
  });

  it('disables an officer: sessions end at once, it is set offline, it cannot sign in; enabling lets it back', async () => {
    const officer = await signInAccount(admin.api, 'dkc1');
    await setOfficerStatus(admin.api.plaza.context, { officer: dkcOfficer, status: 'ready' });
    const response = await call('PATCH', '/admin/accounts/dkc-1', { disabled: true });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: 'dkc-1', disabled: true });
    expect(await sessionWorks(officer)).toBe(false);
    expect((await getOfficerView(admin.api.plaza.context, dkcOfficer)).status).toBe('offline');
    // The right password, then the clear refusal; a wrong one still answers as any wrong one.
    const refused = await fetch(`${admin.api.url}/api/session/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'dkc1', password: demoPassword }),
    });
    await expectError(refused, 403, { code: 'forbidden' });
    expect(await signInStatus(admin.api, 'dkc1', 'wrong-password')).toBe(401);
    // Off the supervisor's drill-down while disabled.
    expect((await accountOf('dkc-1'))?.disabled).toBe(true);
    const officersOnBoard = async () => {
      const detail = await call('GET', '/supervisor/tenants/DKC');
      return ((await detail.json()) as TenantDetail).officers.map((officer) => officer.officerId);
    };
    expect(await officersOnBoard()).not.toContain('dkc-1');
    expect((await call('PATCH', '/admin/accounts/dkc-1', { disabled: false })).status).toBe(200);
    expect(await signInStatus(admin.api, 'dkc1', demoPassword)).toBe(200);
    expect(await officersOnBoard()).toContain('dkc-1');
    const actions = (await audit()).map((entry) => [entry.action, entry.target]);
    expect(actions).toEqual([
      ['account.enable', 'dkc-1'],
      ['account.disable', 'dkc-1'],
    ]);
  });

  it('ends the sessions of an account whose role or tenants change, and the new role signs in', async () => {
    const officer = await signInAccount(admin.api, 'dkc1');
    const moved = await call('PATCH', '/admin/accounts/dkc-1', { tenantCodes: ['SAM'] });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ role: 'officer', tenantCodes: ['SAM'] });
    expect(await sessionWorks(officer)).toBe(false);
    const again = await signInAccount(admin.api, 'dkc1');
    const promoted = await call('PATCH', '/admin/accounts/dkc-1', { role: 'supervisor' });
    expect(await promoted.json()).toMatchObject({ role: 'supervisor', tenantCodes: ['SAM'] });
    expect(await sessionWorks(again)).toBe(false);
    const supervisor = await signInAccount(admin.api, 'dkc1');
    expect((await callAs(admin.api, supervisor, 'GET', '/supervisor/board')).status).toBe(200);
    // Made an admin without naming tenants: its tenants go.
    const admin2 = await call('PATCH', '/admin/accounts/dkc-1', { role: 'admin' });
    expect(await admin2.json()).toMatchObject({ role: 'admin', tenantCodes: [] });
  });

  it.each([
    ['nothing', {}, 'body'],
    ['an unknown field', { username: 'x' }, 'username'],
    ['a supervisor of no tenant', { role: 'supervisor', tenantCodes: [] }, 'tenantCodes'],
    ['an admin of a tenant', { role: 'admin', tenantCodes: ['DKC'] }, 'tenantCodes'],
    ['an unknown tenant', { tenantCodes: ['ZZZ'] }, 'tenantCodes.0'],
    ['a non-boolean disabled', { disabled: 'yes' }, 'disabled'],
  ])('refuses a change of %s (422 naming the field), changing nothing', async (_case, body, field) => {
    const before = await listAccounts();
    const response = await call('PATCH', '/admin/accounts/dkc-1', body);
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as ErrorBody;
    expect(error.code).toBe('validation_failed');
    if (field !== 'body') expect(error.field).toBe(field);
    expect(await listAccounts()).toEqual(before);
  });

  it('answers 404 for an unknown account and 400 for a malformed id', async () => {
    await expectError(await call('PATCH', '/admin/accounts/nobody', { name: 'X' }), 404, {
      code: 'not_found',
      field: 'accountId',
    });
    await expectError(await call('POST', '/admin/accounts/nobody/password'), 404, { code: 'not_found' });
    await expectError(await call('PATCH', '/admin/accounts/Bad%20Id', { name: 'X' }), 400, {
      field: 'accountId',
    });
  });

  it('refuses an admin disabling or demoting itself (409 naming the field)', async () => {
    await expectError(await call('PATCH', '/admin/accounts/admin-1', { disabled: true }), 409, {
      code: 'conflict',
      field: 'disabled',
    });
    await expectError(
      await call('PATCH', '/admin/accounts/admin-1', { role: 'supervisor', tenantCodes: ['DKC'] }),
      409,
      {
        code: 'conflict',
        field: 'role',
      },
    );
    expect(await accountOf('admin-1')).toMatchObject({ role: 'admin', disabled: false });
    expect(await sessionWorks(admin.session)).toBe(true);
  });

  it.each([
    ['disable', { disabled: true }, 'disabled'],
    ['demote', { role: 'supervisor', tenantCodes: ['DKC'] }, 'role'],
  ] as const)(
    'keeps one enabled admin when two admins %s each other at once, in either order',
    async (_verb, change, field) => {
      const { temporaryPassword } = await createAccount({
        username: 'admin2',
        name: 'Admin Dua',
        role: 'admin',
      });
      const signInAdmin = (username: string) =>
        signInAccount(admin.api, username, username === 'admin2' ? temporaryPassword : demoPassword);
      // Read in-process: the admin of `admin` may be the one disabled.
      const stored = async () => {
        await admin.api.plaza.config.refresh();
        return admin.api.plaza.config.accounts;
      };
      for (const order of [0, 1]) {
        // Both enabled admins again, each signed in.
        for (const id of ['admin-1', 'admin2']) {
          const account = (await stored()).find((candidate) => candidate.id === id);
          if (account?.disabled || account?.role !== 'admin') {
            const session = await signInAdmin(id === 'admin-1' ? 'admin2' : 'admin1');
            const restored = await callAs(admin.api, session, 'PATCH', `/admin/accounts/${id}`, {
              role: 'admin',
              disabled: false,
            });
            expect(restored.status).toBe(200);
          }
        }
        const [one, two] = [await signInAdmin('admin1'), await signInAdmin('admin2')];
        const requests = [
          () => callAs(admin.api, one, 'PATCH', '/admin/accounts/admin2', change),
          () => callAs(admin.api, two, 'PATCH', '/admin/accounts/admin-1', change),
        ];
        const [first, second] = order === 0 ? requests : [...requests].reverse();
        const answers = await Promise.all([first?.(), second?.()]);
        const statuses = answers.map((answer) => answer?.status).sort();
        expect(statuses[0]).toBe(200);
        // The other lost: refused as the last admin, or its session already ended by the winner.
        expect([401, 409]).toContain(statuses[1]);
        for (const answer of answers) {
          if (answer?.status === 409)
            expect(((await answer.json()) as ErrorBody).error).toMatchObject({ field });
        }
        const admins = (await stored()).filter((account) => account.role === 'admin' && !account.disabled);
        expect(admins).toHaveLength(1);
      }
    },
  );

  it('refuses to change or reset an officer in a call (409 officer_busy naming it), and changes nothing', async () => {
    const officer = await signInAccount(admin.api, 'dkc1');
    await startCallWith(admin.api.plaza.context, {
      officer: dkcOfficer,
      ticket: { tenantCode: 'DKC', serviceId: 'ktp-el', name: 'Ani' },
    });
    const busy = { code: 'officer_busy', field: 'accountId', details: { officerId: 'dkc-1' } } as const;
    await expectError(await call('PATCH', '/admin/accounts/dkc-1', { disabled: true }), 409, busy);
    await expectError(await call('PATCH', '/admin/accounts/dkc-1', { tenantCodes: ['SAM'] }), 409, busy);
    await expectError(await call('POST', '/admin/accounts/dkc-1/password'), 409, busy);
    expect(await accountOf('dkc-1')).toMatchObject({ disabled: false, tenantCodes: ['DKC'] });
    expect(await sessionWorks(officer)).toBe(true);
    expect((await getOfficerView(admin.api.plaza.context, dkcOfficer)).status).toBe('in_call');
    expect(await audit()).toEqual([]);
    // A change that takes nothing away goes through during the call.
    expect((await call('PATCH', '/admin/accounts/dkc-1', { name: 'Sri W.' })).status).toBe(200);
  });

  it('resets a password: a new one shown once, the old one refused, sessions ended, audited', async () => {
    const officer = await signInAccount(admin.api, 'dkc1');
    const response = await call('POST', '/admin/accounts/dkc-1/password');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { account, temporaryPassword } = (await response.json()) as AccountWithPassword;
    expect(account).toMatchObject({ id: 'dkc-1', disabled: false });
    expect(temporaryPassword.replaceAll('-', '').length).toBeGreaterThanOrEqual(12);
    expect(await sessionWorks(officer)).toBe(false);
    expect(await signInStatus(admin.api, 'dkc1', demoPassword)).toBe(401);
    expect(await signInStatus(admin.api, 'dkc1', temporaryPassword)).toBe(200);
    const [entry] = await audit();
    expect(entry).toMatchObject({ accountId: 'admin-1', action: 'account.password_reset', target: 'dkc-1' });
    // A body is refused: the route takes none.
    expect((await call('POST', '/admin/accounts/dkc-1/password', { password: 'x' })).status).toBe(400);
  });
});

describe('account ids and temporary passwords', () => {
  it.each([
    ['budi.santoso', [], 'budi-santoso'],
    ['budi..s_', [], 'budi-s'],
    ['...', [], 'account'],
    ['dkc1', ['dkc1', 'dkc1-2'], 'dkc1-3'],
    [`${'a'.repeat(57)}.b${'c'.repeat(5)}`, [], 'a'.repeat(57)],
  ])('makes %s into a free slug', (username, taken, id) => {
    expect(accountIdFor(username, new Set(taken))).toBe(id);
    expect(accountIdSchema.safeParse(id).success).toBe(true);
  });

  it('draws readable passwords of 16 characters, never the same twice', () => {
    const drawn = Array.from({ length: 200 }, generateTemporaryPassword);
    for (const password of drawn) expect(password).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/);
    expect(new Set(drawn).size).toBe(drawn.length);
  });
});
