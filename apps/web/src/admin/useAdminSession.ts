import { ApiError } from '../api/api-error';
import { signOut } from '../api/client';
import { signInAccount } from '../api/supervisor-client';
import { type AccountSessionState, useAccountSession } from '../hooks/useAccountSession';
import { readSupervisorSession, storeSupervisorSession } from '../storage/preferences';

/** Signs an admin in; throws an ApiError when refused (a supervisor's or officer's account included). */
async function signInAdmin(username: string, password: string): Promise<string> {
  const session = await signInAccount(username, password);
  if (session.account.role !== 'admin') {
    // No use here: ended at once rather than left open.
    await signOut(session.sessionId).catch(() => undefined);
    throw new ApiError({ code: 'forbidden', message: 'not an admin', status: 403 });
  }
  return session.sessionId;
}

/**
 * The admin's sign-in. Kept where the supervisor's board keeps its session (sessionStorage, ended
 * with the tab), so that an admin moves between the board and this page without signing in again.
 */
export function useAdminSession(): AccountSessionState {
  return useAccountSession({
    readSession: readSupervisorSession,
    storeSession: storeSupervisorSession,
    signIn: signInAdmin,
  });
}
