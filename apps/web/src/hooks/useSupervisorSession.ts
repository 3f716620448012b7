import { useCallback, useState } from 'react';
import { ApiError } from '../api/api-error';
import { signOut } from '../api/client';
import { signInAccount } from '../api/supervisor-client';
import { readSupervisorSession, storeSupervisorSession } from '../storage/preferences';

export interface SupervisorSessionState {
  /** The session id sent as the bearer token, or null when signed out. */
  token: string | null;
  /** The last session ended because the API no longer accepted it. */
  expired: boolean;
  signingOut: boolean;
  /** Signs in a supervisor or an admin; throws an ApiError when refused (an officer included). */
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  /** The API no longer accepts the session (401): signed out here, with a notice. */
  expire(): void;
}

/** The supervisor's sign-in, kept in sessionStorage so it ends with the browser tab. */
export function useSupervisorSession(): SupervisorSessionState {
  const [token, setToken] = useState<string | null>(readSupervisorSession);
  const [expired, setExpired] = useState(false);
  const [signingOut, setSigningOut] = useState(false);

  const login = useCallback(async (username: string, password: string) => {
    const session = await signInAccount(username, password);
    if (session.account.role === 'officer') {
      // An officer's session is no use here: ended at once rather than left open.
      await signOut(session.sessionId).catch(() => undefined);
      throw new ApiError({ code: 'forbidden', message: 'not a supervisor', status: 403 });
    }
    storeSupervisorSession(session.sessionId);
    setExpired(false);
    setToken(session.sessionId);
  }, []);

  const forget = useCallback((options: { expired: boolean }) => {
    storeSupervisorSession(null);
    setExpired(options.expired);
    setToken(null);
  }, []);

  const logout = useCallback(async () => {
    if (token === null) return;
    setSigningOut(true);
    try {
      await signOut(token);
    } catch {
      // Already ended or out of reach: forgotten here all the same (see useOfficerSession).
    } finally {
      setSigningOut(false);
      forget({ expired: false });
    }
  }, [token, forget]);

  const expire = useCallback(() => forget({ expired: true }), [forget]);

  return { token, expired, signingOut, login, logout, expire };
}
