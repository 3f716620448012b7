// The live configuration against a real Redis: seeded once from the files of an empty plaza and
// never again, changed by compare-and-set, followed by every process on the change message and, when
// a message is lost, by the periodic check.
import type { Account } from '@vp/catalogue';
import { AppError, type Catalogue } from '@vp/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRedisTestContext, type RedisTestContext } from '../../../test/support/redis-test-context';
import { testCatalogue } from '../../../test/support/test-catalogue';
import { startTestPlaza, testStartsAt } from '../../../test/support/test-plaza';
import { waitFor } from '../../../test/support/wait-for';
import { ManualClock } from './clock';
import { createPlazaKeys } from './keys';
import { silentLogger } from './logger';
import type { Plaza } from './plaza';
import { openPlazaConfig } from './plaza-config';

const admin: Account = {
  id: 'admin-1',
  username: 'admin1',
  name: 'Admin',
  role: 'admin',
  passwordHash: 'scrypt$x$y',
};
const officer = (id: string): Account => ({
  id,
  username: id.replace('-', ''),
  name: id,
  role: 'officer',
  tenantCodes: ['DKC'],
  passwordHash: 'scrypt$x$y',
});

/** The test catalogue with DKC's daily quota set. */
const withQuota = (catalogue: Catalogue, dailyQuota: number): Catalogue => ({
  ...catalogue,
  tenants: catalogue.tenants.map((tenant) => (tenant.code === 'DKC' ? { ...tenant, dailyQuota } : tenant)),
});

const dkcQuota = (catalogue: Catalogue) =>
  catalogue.tenants.find((tenant) => tenant.code === 'DKC')?.dailyQuota;

describe('the plaza configuration', () => {
  let redisContext: RedisTestContext;
  const plazas: Plaza[] = [];
  const open = (seed: () => { catalogue: Catalogue; accounts?: Account[] }) =>
    openPlazaConfig({
      redis: redisContext.redis,
      keys: createPlazaKeys(redisContext.prefix),
      logger: silentLogger,
      seed,
    });

  beforeEach(async () => {
    redisContext = await createRedisTestContext();
  });
  afterEach(async () => {
    await Promise.all(plazas.splice(0).map((plaza) => plaza.close()));
    await redisContext.cleanup();
  });

  it('seeds an empty plaza once when two processes start together, whichever seed runs first', async () => {
    const [first, second] = await Promise.all([
      open(() => ({ catalogue: withQuota(testCatalogue, 10), accounts: [admin] })),
      open(() => ({ catalogue: withQuota(testCatalogue, 20), accounts: [admin, officer('dkc-1')] })),
    ]);
    expect(first.catalogueVersion).toBe(1);
    expect(second.catalogueVersion).toBe(1);
    // One seed won for both parts... and both processes hold that same one.
    expect(dkcQuota(first.catalogue)).toBe(dkcQuota(second.catalogue));
    expect(first.accounts).toEqual(second.accounts);
    expect([10, 20]).toContain(dkcQuota(first.catalogue));
  });

  it('ignores the files of a plaza that has its configuration: the seed is not even read', async () => {
    await open(() => ({ catalogue: withQuota(testCatalogue, 10), accounts: [admin] }));
    let read = 0;
    const reopened = await open(() => {
      read += 1;
      return { catalogue: withQuota(testCatalogue, 99), accounts: [] };
    });
    expect(read).toBe(0);
    expect(dkcQuota(reopened.catalogue)).toBe(10);
    expect(reopened.accounts.map((account) => account.id)).toEqual(['admin-1']);
  });

  it('refuses a change made against a stale version with the current one, and changes nothing', async () => {
    const config = await open(() => ({ catalogue: testCatalogue }));
    expect(await config.changeCatalogue({ expectedVersion: 1, change: (c) => withQuota(c, 5) })).toBe(2);
    const stale = await config
      .changeCatalogue({ expectedVersion: 1, change: (c) => withQuota(c, 7) })
      .catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(AppError);
    expect(stale).toMatchObject({ code: 'conflict', field: 'expectedVersion', details: { version: 2 } });
    const fresh = await open(() => ({ catalogue: testCatalogue }));
    expect(dkcQuota(fresh.catalogue)).toBe(5);
    expect(fresh.catalogueVersion).toBe(2);
  });

  it('lets exactly one of two catalogue changes made against the same version through, in either order', async () => {
    const [one, two] = await Promise.all([
      open(() => ({ catalogue: testCatalogue })),
      open(() => ({ catalogue: testCatalogue })),
    ]);
    for (const [first, second, expectedVersion] of [
      [one, two, 1],
      [two, one, 2],
    ] as const) {
      const answers = await Promise.allSettled([
        first.changeCatalogue({ expectedVersion, change: (c) => withQuota(c, 10 + expectedVersion) }),
        second.changeCatalogue({ expectedVersion, change: (c) => withQuota(c, 20 + expectedVersion) }),
      ]);
      const won = answers.filter((answer) => answer.status === 'fulfilled');
      const lost = answers.filter((answer) => answer.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost[0]?.reason).toMatchObject({ code: 'conflict', details: { version: expectedVersion + 1 } });
    }
    const fresh = await open(() => ({ catalogue: testCatalogue }));
    expect(fresh.catalogueVersion).toBe(3);
    expect([12, 22]).toContain(dkcQuota(fresh.catalogue));
  });

  it('applies two account changes racing each other, in either order: neither is lost', async () => {
    const [one, two] = await Promise.all([
      open(() => ({ catalogue: testCatalogue, accounts: [admin] })),
      open(() => ({ catalogue: testCatalogue, accounts: [admin] })),
    ]);
    const add = (id: string) => (accounts: readonly Account[]) => ({
      accounts: [...accounts, officer(id)],
      result: id,
    });
    await Promise.all([one.changeAccounts(add('dkc-1')), two.changeAccounts(add('dkc-2'))]);
    await Promise.all([two.changeAccounts(add('dkc-4')), one.changeAccounts(add('dkc-3'))]);
    const fresh = await open(() => ({ catalogue: testCatalogue }));
    expect(fresh.accounts.map((account) => account.id).sort()).toEqual([
      'admin-1',
      'dkc-1',
      'dkc-2',
      'dkc-3',
      'dkc-4',
    ]);
    expect(fresh.accountsVersion).toBe(5);
  });

  it('is followed by every process within a second of a change, on the change message', async () => {
    const clock = new ManualClock(testStartsAt);
    // A periodic check far away: only the message can bring the change this fast.
    const [one, two] = await Promise.all([
      startTestPlaza(redisContext, { catalogue: testCatalogue, clock }),
      startTestPlaza(redisContext, { catalogue: testCatalogue, clock }),
    ]);
    plazas.push(one, two);
    const started = Date.now();
    await one.config.changeCatalogue({ expectedVersion: 1, change: (c) => withQuota(c, 3) });
    expect(dkcQuota(one.context.catalogue)).toBe(3);
    await waitFor(() => dkcQuota(two.context.catalogue), {
      until: (quota) => quota === 3,
      what: 'the change',
    });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(two.config.catalogueVersion).toBe(2);
  });

  it('catches up on a change whose message was lost, at the periodic check', async () => {
    const config = await open(() => ({ catalogue: testCatalogue }));
    config.startChecking(100);
    try {
      // Written as another process would, but with no message published.
      const keys = createPlazaKeys(redisContext.prefix);
      await redisContext.redis.hSet(keys.config, {
        catalogue: JSON.stringify(withQuota(testCatalogue, 4)),
        'catalogue-version': 2,
      });
      await waitFor(() => config.catalogueVersion, { until: (version) => version === 2, what: 'the check' });
      expect(dkcQuota(config.catalogue)).toBe(4);
    } finally {
      await config.close();
    }
  });

  it('keeps the last good catalogue when Redis holds an invalid one', async () => {
    const config = await open(() => ({ catalogue: withQuota(testCatalogue, 6) }));
    const keys = createPlazaKeys(redisContext.prefix);
    await redisContext.redis.hSet(keys.config, { catalogue: '{"tenants":[]}', 'catalogue-version': 2 });
    await config.refresh();
    expect(config.catalogueVersion).toBe(1);
    expect(dkcQuota(config.catalogue)).toBe(6);
  });
});
