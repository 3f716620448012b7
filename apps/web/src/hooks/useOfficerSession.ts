import { useCallback, useState } from 'react';
import { loginOfficer, signOut } from '../api/client';
import { readOfficerSession, storeOfficerSession } from '../storage/preferences';

export interface OfficerSessionState {
  /** The session id sent as the bearer token, or null when signed out. */
  token: string | null;
  /** The last session ended because the API no longer accepted it. */
  expired: boolean;
  /** A sign-out is on its way to the API. */
  signingOut: boolean;
  /** Signs in; throws an ApiError when the API refuses. */
  login(username: string, password: string): Promise<void>;
  /** Ends the session on the API, then here; signed out here even if the API cannot be reached. */
  logout(): Promise<void>;
  /** The API no longer accepts the session (401): signed out here, with a notice. */
  expire(): void;
}

/** The officer's sign-in, kept in sessionStorage so it ends with the browser tab. */
export function useOfficerSession(): OfficerSessionState {
  const [token, setToken] = useState<string | null>(readOfficerSession);
  const [expired, setExpired] = useState(false);
  const [signingOut, setSigningOut] = useState(false);

  const login = useCallback(async (username: string, password: string) => {
    const session = await loginOfficer(username, password);
    storeOfficerSession(session.sessionId);
    setExpired(false);
    setToken(session.sessionId);
  }, []);

  const forget = useCallback((options: { expired: boolean }) => {
    storeOfficerSession(null);
    setExpired(options.expired);
    setToken(null);
  }, []);

  const logout = useCallback(async () => {
    if (token === null) return;
    setSigningOut(true);
    try {
      await signOut(token);
    } catch {
      // Already ended (401) or the API out of reach: the id is forgotten here all the same, and
      // the session ends on the server by its idle lifetime.
    } finally {
      setSigningOut(false);
      forget({ expired: false });
    }
  }, [token, forget]);

  const expire = useCallback(() => forget({ expired: true }), [forget]);

  return { token, expired, signingOut, login, logout, expire };
}
