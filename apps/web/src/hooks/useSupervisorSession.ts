import { ApiError } from '../api/api-error';
import { signOut } from '../api/client';
import { signInAccount } from '../api/supervisor-client';
import { readSupervisorSession, storeSupervisorSession } from '../storage/preferences';
import { type AccountSessionState, useAccountSession } from './useAccountSession';

/** As any account's session; `login` signs in a supervisor or an admin and refuses an officer. */
export type SupervisorSessionState = AccountSessionState;

/** Signs in a supervisor or an admin; throws an ApiError when refused (an officer included). */
async function signInSupervisor(username: string, password: string): Promise<string> {
  const session = await signInAccount(username, password);
  if (session.account.role === 'officer') {
    // An officer's session is no use here: ended at once rather than left open.
    await signOut(session.sessionId).catch(() => undefined);
    throw new ApiError({ code: 'forbidden', message: 'not a supervisor', status: 403 });
  }
  return session.sessionId;
}

/** The supervisor's sign-in, kept in sessionStorage so it ends with the browser tab. */
export function useSupervisorSession(): SupervisorSessionState {
  return useAccountSession({
    readSession: readSupervisorSession,
    storeSession: storeSupervisorSession,
    signIn: signInSupervisor,
  });
}
