// Sign-in and session checks read the directory at each use: an account disabled, changed or added
// after start-up counts at its next request. Real sessions on the test Redis, a directory of the test.
import type { Account } from '@vp/catalogue';
import { systemClock } from '@vp/engine';
import type { Request } from 'express';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRedisTestContext, type RedisTestContext } from '../../../../test/support/redis-test-context';
import { type AccountDirectory, createAccountAuth, fixedAccountDirectory } from './account-auth';
import { createAuthKeys } from './auth-keys';
import { hashPassword } from './password';
import { SessionStore } from './session-store';

const bearer = (sessionId: string) =>
  ({ get: (name: string) => (name === 'authorization' ? `Bearer ${sessionId}` : undefined) }) as Request;

describe('account auth over a live directory', () => {
  let redisContext: RedisTestContext;
  let sessions: SessionStore;
  let accounts: Account[];
  /** The directory as the configuration would hand it: the current list at each look-up. */
  const directory: AccountDirectory = {
    get accounts() {
      return accounts;
    },
    findAccount: (id) => fixedAccountDirectory(accounts).findAccount(id),
    findAccountByUsername: (username) => fixedAccountDirectory(accounts).findAccountByUsername(username),
  };

  beforeEach(async () => {
    redisContext = await createRedisTestContext();
    sessions = new SessionStore({
      redis: redisContext.redis,
      keys: createAuthKeys(redisContext.prefix),
      clock: systemClock,
      lifetimes: { idleMs: 60_000, maxMs: 3_600_000 },
    });
    const passwordHash = await hashPassword('rahasia-sekali');
    accounts = [
      { id: 'dkc-1', username: 'dkc1', name: 'A', role: 'officer', tenantCodes: ['DKC'], passwordHash },
      { id: 'dkc-2', username: 'dkc2', name: 'B', role: 'officer', tenantCodes: ['DKC'], passwordHash },
    ];
  });
  afterEach(async () => {
    await redisContext.cleanup();
  });

  const disable = (id: string) => {
    accounts = accounts.map((account) => (account.id === id ? { ...account, disabled: true } : account));
  };

  it('refuses a disabled account with 403 once its password checks out, and 401 for a wrong one', async () => {
    const auth = createAccountAuth({ directory, sessions });
    disable('dkc-1');
    await expect(auth.signIn({ username: 'dkc1', password: 'rahasia-sekali' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(auth.signIn({ username: 'dkc1', password: 'salah' })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    await expect(auth.signIn({ username: 'dkc2', password: 'rahasia-sekali' })).resolves.toMatchObject({
      account: { id: 'dkc-2' },
    });
  });

  it('stops a live session of an account disabled after it signed in, and leaves it off the officers', async () => {
    const auth = createAccountAuth({ directory, sessions });
    const { sessionId } = await auth.signIn({ username: 'dkc1', password: 'rahasia-sekali' });
    await expect(auth.authenticate(bearer(sessionId))).resolves.toMatchObject({ account: { id: 'dkc-1' } });
    expect(auth.officersOf('DKC').map((officer) => officer.id)).toEqual(['dkc-1', 'dkc-2']);
    disable('dkc-1');
    await expect(auth.authenticate(bearer(sessionId))).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(auth.officersOf('DKC').map((officer) => officer.id)).toEqual(['dkc-2']);
  });

  it('signs in an account added after the auth was made', async () => {
    const auth = createAccountAuth({ directory, sessions });
    const first = accounts[0];
    if (!first) throw new Error('no account');
    accounts = [...accounts, { ...first, id: 'dkc-3', username: 'dkc3' }];
    await expect(auth.signIn({ username: 'dkc3', password: 'rahasia-sekali' })).resolves.toMatchObject({
      account: { id: 'dkc-3' },
    });
  });
});
