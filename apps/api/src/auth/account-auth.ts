// Sign-in and the check of every signed-in request: the account directory, passwords, sessions.
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
  /** The officers who serve the tenant (for the supervisor's board and drill-down). */
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

export function createAccountAuth(options: { accounts: Account[]; sessions: SessionStore }): AccountAuth {
  const byUsername = new Map(options.accounts.map((account) => [account.username, account]));
  const byId = new Map(options.accounts.map((account) => [account.id, account]));
  const { sessions } = options;
  // Verified against when the username is unknown, so that both refusals take one scrypt.
  const dummyHash = hashPassword(randomUUID());

  /** The account of a live session, if the directory still has it in the same role. */
  const accountOf = (session: SessionRecord | null): Authenticated | null => {
    const account = session ? byId.get(session.accountId) : undefined;
    return session && account?.role === session.role ? { account, session } : null;
  };

  return {
    sessions,
    async signIn({ username, password, roles }) {
      const account = byUsername.get(username);
      const matches = await verifyPassword(password, account?.passwordHash ?? (await dummyHash));
      if (!account || !matches) {
        throw new AppError('unauthenticated', 'sign-in refused', {
          userMessage: 'Wrong username or password',
          field: 'password',
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
    findAccount: (accountId) => byId.get(accountId),
    officersOf: (tenantCode) =>
      options.accounts.filter(
        (account): account is Extract<Account, { role: 'officer' }> =>
          account.role === 'officer' && account.tenantCodes.includes(tenantCode),
      ),
  };
}
