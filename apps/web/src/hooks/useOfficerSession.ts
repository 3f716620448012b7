import { useCallback, useState } from 'react';
import { loginOfficer } from '../api/client';
import { readOfficerToken, storeOfficerToken } from '../storage/preferences';

export interface OfficerSessionState {
  /** The bearer token, or null when signed out. */
  token: string | null;
  /** The last session ended because the API no longer accepted it. */
  expired: boolean;
  /** Signs in; throws an ApiError when the API refuses. */
  login(username: string, password: string): Promise<void>;
  logout(options?: { expired?: boolean }): void;
}

/** The officer's sign-in, kept in sessionStorage so it ends with the browser tab. */
export function useOfficerSession(): OfficerSessionState {
  const [token, setToken] = useState<string | null>(readOfficerToken);
  const [expired, setExpired] = useState(false);

  const login = useCallback(async (username: string, password: string) => {
    const session = await loginOfficer(username, password);
    storeOfficerToken(session.token);
    setExpired(false);
    setToken(session.token);
  }, []);

  const logout = useCallback((options: { expired?: boolean } = {}) => {
    storeOfficerToken(null);
    setExpired(options.expired ?? false);
    setToken(null);
  }, []);

  return { token, expired, login, logout };
}
