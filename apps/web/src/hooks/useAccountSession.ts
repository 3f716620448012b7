import { useCallback, useState } from 'react';
import { signOut } from '../api/client';

export interface AccountSessionState {
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

export interface AccountSessionOptions {
  /** The stored session id, read once when the hook mounts. */
  readSession(): string | null;
  /** Keeps the session id (null forgets it). */
  storeSession(sessionId: string | null): void;
  /** Signs in on the API and returns the session id; throws an ApiError when refused. */
  signIn(username: string, password: string): Promise<string>;
}

/**
 * A staff account's sign-in (officer, supervisor): the session id kept by `storeSession`, ended on
 * the API at sign-out, forgotten here with a notice when the API stops accepting it.
 * Pass functions that do not change (module-level ones): they are the callbacks' dependencies.
 */
export function useAccountSession({
  readSession,
  storeSession,
  signIn,
}: AccountSessionOptions): AccountSessionState {
  const [token, setToken] = useState<string | null>(readSession);
  const [expired, setExpired] = useState(false);
  const [signingOut, setSigningOut] = useState(false);

  const login = useCallback(
    async (username: string, password: string) => {
      const sessionId = await signIn(username, password);
      storeSession(sessionId);
      setExpired(false);
      setToken(sessionId);
    },
    [signIn, storeSession],
  );

  const forget = useCallback(
    (options: { expired: boolean }) => {
      storeSession(null);
      setExpired(options.expired);
      setToken(null);
    },
    [storeSession],
  );

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
