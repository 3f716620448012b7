// Sign-in and the check of every signed-in request: the account directory, passwords, sessions.
// The directory is the plaza's live configuration (engine plaza-config.ts): an account an admin
// creates, disables or changes on any process counts here at its next request.
import { randomUUID } from 'node:crypto';
import type { Account } from '@vp/catalogue';
import { type AccountRole, type AccountView, AppError } from '@vp/contract';
import type { Request } from 'express';
import { hashPassword, verifyPassword } from './password';
import type { SessionRecord, SessionStore } from './session-store';

/** A request's signed-in account and its session. */
export interface Authenticated {
  account: Account;
  session: SessionRecord;
}

export interface AccountAuth {
  /**
   * Checks username and password and opens a session. An unknown username costs one scrypt,
   * as a wrong password does, and gets the same answer. An account whose role is not in `roles`
   * (when given) is refused with 403 and gets no session.
   */
  signIn(options: {
    username: string;
    password: string;
    roles?: readonly AccountRole[];
  }): Promise<{ sessionId: string; account: Account }>;
  /** The account of the request's `Authorization: Bearer <session id>`; 401 without a live one. */
  authenticate(request: Request): Promise<Authenticated>;
  /** The account of an event stream's `?ticket=` (single use); 401 without a valid one. */
  authenticateStream(request: Request): Promise<Authenticated>;
  findAccount(accountId: string): Account | undefined;
  /** The enabled officers who serve the tenant (for the supervisor's board and drill-down). */
  officersOf(tenantCode: string): Extract<Account, { role: 'officer' }>[];
  sessions: SessionStore;
}

/** What an account is told about itself. */
export function toAccountView(account: Account): AccountView {
  return {
    id: account.id,
    name: account.name,
    role: account.role,
    tenantCodes: account.role === 'admin' ? [] : account.tenantCodes,
  };
}

const unauthenticated = (reason: string) =>
  new AppError('unauthenticated', reason, { userMessage: 'Please sign in again' });

/** Where accounts are looked up, at each use: the live configuration, or a fixed list in a test. */
export interface AccountDirectory {
  readonly accounts: readonly Account[];
  findAccount(accountId: string): Account | undefined;
  findAccountByUsername(username: string): Account | undefined;
}

/** A directory of a fixed list of accounts (unit tests). */
export function fixedAccountDirectory(accounts: readonly Account[]): AccountDirectory {
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const byUsername = new Map(accounts.map((account) => [account.username, account]));
  return {
    accounts,
    findAccount: (accountId) => byId.get(accountId),
    findAccountByUsername: (username) => byUsername.get(username),
  };
}

export function createAccountAuth(options: {
  directory: AccountDirectory;
  sessions: SessionStore;
}): AccountAuth {
  const { directory, sessions } = options;
  // Verified against when the username is unknown, so that both refusals take one scrypt.
  const dummyHash = hashPassword(randomUUID());

  /** The account of a live session, if the directory still has it enabled, in the same role. */
  const accountOf = (session: SessionRecord | null): Authenticated | null => {
    const account = session ? directory.findAccount(session.accountId) : undefined;
    return session && account?.role === session.role && !account.disabled ? { account, session } : null;
  };

  return {
    sessions,
    async signIn({ username, password, roles }) {
      const account = directory.findAccountByUsername(username);
      const matches = await verifyPassword(password, account?.passwordHash ?? (await dummyHash));
      if (!account || !matches) {
        throw new AppError('unauthenticated', 'sign-in refused', {
          userMessage: 'Wrong username or password',
          field: 'password',
        });
      }
      // Only once the password checks out: a stranger learns nothing of the account.
      if (account.disabled) {
        throw new AppError('forbidden', `account ${account.id} is disabled`, {
          userMessage: 'This account is disabled; ask the plaza admin',
        });
      }
      if (roles && !roles.includes(account.role)) {
        throw new AppError('forbidden', `${account.role} ${account.id} may not sign in here`, {
          userMessage: 'This account cannot sign in here',
        });
      }
      const { sessionId } = await sessions.create(account);
      return { sessionId, account };
    },
    async authenticate(request) {
      const header = request.get('authorization');
      if (!header?.startsWith('Bearer ')) throw unauthenticated('no session');
      const found = accountOf(await sessions.resolve(header.slice('Bearer '.length)));
      if (!found) throw unauthenticated('unknown, ended or expired session');
      return found;
    },
    async authenticateStream(request) {
      const ticket = request.query.ticket;
      if (typeof ticket !== 'string') throw unauthenticated('no stream ticket');
      const found = accountOf(await sessions.redeemStreamTicket(ticket));
      if (!found) throw unauthenticated('unknown, used or expired stream ticket');
      return found;
    },
    findAccount: (accountId) => directory.findAccount(accountId),
    officersOf: (tenantCode) =>
      directory.accounts.filter(
        (account): account is Extract<Account, { role: 'officer' }> =>
          account.role === 'officer' && !account.disabled && account.tenantCodes.includes(tenantCode),
      ),
  };
}
