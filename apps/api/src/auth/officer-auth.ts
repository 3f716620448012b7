// Officer sign-in and the check of every officer request.

import type { OfficerAccount } from '@vp/catalogue';
import { AppError } from '@vp/contract';
import type { Clock, OfficerIdentity } from '@vp/engine';
import type { Request } from 'express';
import { verifyPassword } from './password';
import { issueSessionToken, verifySessionToken } from './session-token';

export interface OfficerAuth {
  /** Checks username and password; returns a session token and the officer. */
  signIn(options: { username: string; password: string }): { token: string; officer: OfficerIdentity };
  /** The officer of a request's bearer token (or `token` query for event streams). */
  authenticate(request: Request): OfficerIdentity;
}

function toIdentity(account: OfficerAccount): OfficerIdentity {
  return { id: account.id, name: account.name, tenantCodes: account.tenantCodes };
}

export function createOfficerAuth(options: {
  officers: OfficerAccount[];
  secret: string;
  clock: Clock;
}): OfficerAuth {
  const byUsername = new Map(options.officers.map((officer) => [officer.username, officer]));
  const byId = new Map(options.officers.map((officer) => [officer.id, officer]));
  const unauthenticated = (reason: string) =>
    new AppError('unauthenticated', reason, { userMessage: 'Please sign in again' });

  return {
    signIn({ username, password }) {
      const account = byUsername.get(username);
      // Same answer for an unknown user and a wrong password.
      if (!account || !verifyPassword(password, account.passwordHash)) {
        throw new AppError('unauthenticated', 'sign-in refused', {
          userMessage: 'Wrong username or password',
          field: 'password',
        });
      }
      return {
        token: issueSessionToken({ secret: options.secret, officerId: account.id, now: options.clock.now() }),
        officer: toIdentity(account),
      };
    },
    authenticate(request) {
      const header = request.get('authorization');
      const fromQuery = typeof request.query.token === 'string' ? request.query.token : undefined;
      const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : fromQuery;
      if (!token) throw unauthenticated('no session token');
      const officerId = verifySessionToken({ secret: options.secret, token, now: options.clock.now() });
      const account = officerId ? byId.get(officerId) : undefined;
      if (!account) throw unauthenticated('invalid or expired session token');
      return toIdentity(account);
    },
  };
}
