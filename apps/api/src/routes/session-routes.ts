// Sign-in of any account, sign-out, and an admin ending an account's sessions (declared in
// route-table.ts).
import { type AccountSession, AppError, type EndedSessions, loginRequestSchema } from '@vp/contract';
import { canManageAccount } from '../auth/access';
import { toAccountView } from '../auth/account-auth';
import type { RouteHandler } from '../http/route-definition';
import { parseInput } from '../http/validate';
import type { accountParams } from './route-params';

/** Any account's sign-in (the officer console has its own, which also answers the console's view). */
export const signIn: RouteHandler<'public'> = async ({ request, response, deps }) => {
  const { sessionId, account } = await deps.auth.signIn(parseInput(loginRequestSchema, request.body));
  deps.logger.info('signed in', { accountId: account.id, role: account.role });
  const answer: AccountSession = { sessionId, account: toAccountView(account) };
  response.json(answer);
};

/** The signed-in account, as its session shows it. */
export const showSessionAccount: RouteHandler<{ role: 'any'; scope: 'session' }> = ({
  response,
  account,
}) => {
  response.json(toAccountView(account));
};

/** Ends this session at once: every later request with it, and its open event streams. */
export const signOut: RouteHandler<{ role: 'any'; scope: 'session' }> = async ({
  response,
  deps,
  session,
}) => {
  await deps.auth.sessions.end(session);
  deps.logger.info('signed out', { accountId: session.accountId });
  response.json({ ok: true });
};

/** An admin ends every session of an account (a lost laptop, a leaver). */
export const endAccountSessions: RouteHandler<
  { role: 'admin'; scope: 'plaza' },
  typeof accountParams
> = async ({ response, deps, account, params }) => {
  const target = deps.auth.findAccount(params.accountId);
  if (!target) {
    throw new AppError('not_found', `no account ${params.accountId}`, {
      userMessage: 'No such account',
      field: 'accountId',
    });
  }
  if (!canManageAccount(account, target)) {
    throw new AppError('forbidden', `${account.id} may not manage ${target.id}`, {
      userMessage: 'This account may not do that',
    });
  }
  const ended = await deps.auth.sessions.endAll(target.id);
  deps.logger.info('account sessions ended', { accountId: target.id, by: account.id, ended });
  const answer: EndedSessions = { accountId: target.id, ended };
  response.json(answer);
};
