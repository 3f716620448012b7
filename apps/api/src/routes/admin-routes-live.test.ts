// The configuration is the plaza's, not a process's: two API processes on one Redis and key prefix,
// an admin change made through the first counts on the second within a second, with no restart.
// And the files seed an empty plaza only: a plaza with its configuration never reads them again.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AccountWithPassword, AdminTenants, Catalogue, ErrorBody, Tenant } from '@vp/contract';
import { systemClock } from '@vp/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { callAs, signInAccount, signInStatus } from '../../../../test/support/account-client';
import { type ApiTestServer, startApiTestServer } from '../../../../test/support/api-test-server';
import { waitFor } from '../../../../test/support/wait-for';
import { createAuthKeys } from '../auth/auth-keys';
import { SessionStore } from '../auth/session-store';

const servers: ApiTestServer[] = [];
afterEach(async () => {
  // The first started cleans the shared keys: close it last.
  for (const server of servers.splice(0).reverse()) await server.close();
});

async function startTwo(): Promise<[ApiTestServer, ApiTestServer]> {
  const one = await startApiTestServer();
  servers.push(one);
  const two = await startApiTestServer({ prefix: one.prefix });
  servers.push(two);
  return [one, two];
}

const dkcOf = (tenants: readonly Tenant[]) => {
  const tenant = tenants.find((candidate) => candidate.code === 'DKC');
  if (!tenant) throw new Error('no DKC');
  return tenant;
};

/** Milliseconds until `read` holds on the other process; fails past a second. */
async function timeUntil(read: () => boolean, what: string): Promise<number> {
  const started = Date.now();
  await waitFor(read, { until: (held) => held, timeoutMs: 1000, what });
  return Date.now() - started;
}

describe('an admin change made on one API process', () => {
  it('lowers a quota that refuses the next ticket on the other process', async () => {
    const [one, two] = await startTwo();
    const admin = await signInAccount(one, 'admin1');
    const take = () =>
      fetch(`${two.url}/api/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenantCode: 'DKC', serviceId: 'ktp-el', name: 'Ani' }),
      });
    expect((await take()).status).toBe(201);
    const { version, tenants } = (await (
      await callAs(one, admin, 'GET', '/admin/tenants')
    ).json()) as AdminTenants;
    const { code: _c, timeZone: _t, services: _s, ...settings } = dkcOf(tenants);
    const changed = await callAs(one, admin, 'PUT', '/admin/tenants/DKC/settings', {
      expectedVersion: version,
      settings: { ...settings, dailyQuota: 1 },
    });
    expect(changed.status).toBe(200);
    const ms = await timeUntil(
      () => dkcOf(two.plaza.context.catalogue.tenants).dailyQuota === 1,
      'the quota on two',
    );
    const refused = await take();
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as ErrorBody).error.code).toBe('quota_reached');
    expect(ms).toBeLessThan(1000);
  });

  it('disables an account whose session and event stream on the other process stop at once', async () => {
    const [one, two] = await startTwo();
    const admin = await signInAccount(one, 'admin1');
    const officer = await signInAccount(two, 'dkc1');
    const ticket = (await (await callAs(two, officer, 'POST', '/officers/me/events/ticket')).json()) as {
      streamTicket: string;
    };
    const stream = await fetch(`${two.url}/api/officers/me/events?ticket=${ticket.streamTicket}`);
    expect(stream.status).toBe(200);
    const reader = stream.body?.getReader();
    const ended = (async () => {
      while (!(await reader?.read())?.done) {
        // Messages until the stream closes.
      }
      return Date.now();
    })();
    const disabledAt = Date.now();
    expect((await callAs(one, admin, 'PATCH', '/admin/accounts/dkc-1', { disabled: true })).status).toBe(200);
    expect((await callAs(two, officer, 'GET', '/officers/me')).status).toBe(401);
    expect((await ended) - disabledAt).toBeLessThan(1000);
    // A session the account still had (made here straight in Redis) is refused on two as well:
    // two's directory knows the account is disabled.
    const sessions = new SessionStore({
      redis: two.plaza.context.redis,
      keys: createAuthKeys(two.prefix),
      clock: systemClock,
      lifetimes: { idleMs: 60_000, maxMs: 3_600_000 },
    });
    await timeUntil(() => two.plaza.config.findAccount('dkc-1')?.disabled === true, 'the account on two');
    const { sessionId } = await sessions.create({ id: 'dkc-1', role: 'officer' });
    expect((await callAs(two, sessionId, 'GET', '/officers/me')).status).toBe(401);
  });

  it('creates an officer who signs in on the other process', async () => {
    const [one, two] = await startTwo();
    const admin = await signInAccount(one, 'admin1');
    const response = await callAs(one, admin, 'POST', '/admin/accounts', {
      username: 'sam.baru',
      name: 'Petugas Baru',
      role: 'officer',
      tenantCodes: ['SAM'],
    });
    expect(response.status).toBe(201);
    const { account, temporaryPassword } = (await response.json()) as AccountWithPassword;
    const ms = await timeUntil(
      () => two.plaza.config.findAccount(account.id) !== undefined,
      'the account on two',
    );
    expect(ms).toBeLessThan(1000);
    const login = await fetch(`${two.url}/api/officers/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'sam.baru', password: temporaryPassword }),
    });
    expect(login.status).toBe(200);
    expect(await login.json()).toMatchObject({ officer: { id: account.id, tenantCodes: ['SAM'] } });
    // And a password reset on two ends that console's session and stops the old password on one.
    const admin2 = await signInAccount(two, 'admin1');
    const reset = await callAs(two, admin2, 'POST', `/admin/accounts/${account.id}/password`);
    const { temporaryPassword: next } = (await reset.json()) as AccountWithPassword;
    await timeUntil(
      () =>
        one.plaza.config.findAccount(account.id)?.passwordHash ===
        two.plaza.config.findAccount(account.id)?.passwordHash,
      'the new hash on one',
    );
    expect(await signInStatus(one, 'sam.baru', temporaryPassword)).toBe(401);
    expect(await signInStatus(one, 'sam.baru', next)).toBe(200);
  });
});

describe('seeding from the files', () => {
  const dataDir = fileURLToPath(new URL('../../../../packages/catalogue/data/', import.meta.url));
  const demoCatalogue = JSON.parse(readFileSync(join(dataDir, 'catalogue.json'), 'utf8')) as Catalogue;
  const dir = mkdtempSync(join(tmpdir(), 'vp-seed-'));
  /** A catalogue file whose DKC is called `name`. */
  const catalogueFile = (name: string) => {
    const path = join(dir, `catalogue-${name}.json`);
    const tenants = demoCatalogue.tenants.map((tenant) =>
      tenant.code === 'DKC' ? { ...tenant, name: { id: name, en: name } } : tenant,
    );
    writeFileSync(path, JSON.stringify({ tenants }));
    return path;
  };
  const dkcName = async (api: ApiTestServer) =>
    dkcOf(((await (await fetch(`${api.url}/api/catalogue`)).json()) as Catalogue).tenants).name.id;

  it('seeds an empty plaza from the files; a plaza with its configuration ignores changed or missing files', async () => {
    const first = await startApiTestServer({ env: { CATALOGUE_FILE: catalogueFile('Dukcapil Pertama') } });
    servers.push(first);
    expect(await dkcName(first)).toBe('Dukcapil Pertama');
    expect(first.plaza.config.catalogueVersion).toBe(1);
    // Changed files: ignored.
    const changed = await startApiTestServer({
      prefix: first.prefix,
      env: { CATALOGUE_FILE: catalogueFile('Dukcapil Kedua') },
    });
    servers.push(changed);
    expect(await dkcName(changed)).toBe('Dukcapil Pertama');
    // Files gone (or broken): not even read, so the process starts all the same.
    const missing = await startApiTestServer({
      prefix: first.prefix,
      env: { CATALOGUE_FILE: join(dir, 'gone.json'), ACCOUNTS_FILE: join(dir, 'gone-too.json') },
    });
    servers.push(missing);
    expect(await dkcName(missing)).toBe('Dukcapil Pertama');
    expect(await signInStatus(missing, 'admin1', 'plaza-demo')).toBe(200);
  });

  it('refuses to start an empty plaza from a broken file, naming it', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "tenants": [] }');
    await expect(startApiTestServer({ env: { CATALOGUE_FILE: broken } })).rejects.toThrow(
      /^broken\.json: tenants/,
    );
  });
});
