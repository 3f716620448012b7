import { loginOfficer } from '../api/client';
import { readOfficerSession, storeOfficerSession } from '../storage/preferences';
import { type AccountSessionState, useAccountSession } from './useAccountSession';

export type OfficerSessionState = AccountSessionState;

async function signInOfficer(username: string, password: string): Promise<string> {
  const session = await loginOfficer(username, password);
  return session.sessionId;
}

/** The officer's sign-in, kept in sessionStorage so it ends with the browser tab. */
export function useOfficerSession(): OfficerSessionState {
  return useAccountSession({
    readSession: readOfficerSession,
    storeSession: storeOfficerSession,
    signIn: signInOfficer,
  });
}
