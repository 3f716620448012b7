import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, asApiError } from '../api/api-error';

export interface LoadState<T> {
  data: T | null;
  error: ApiError | null;
  /** Fetches again; the data shown stays until the answer comes. */
  reload(): void;
  /** Puts in data the page got otherwise (the answer to a change). */
  replace(data: T): void;
}

/**
 * Data fetched when the page shows it, when `load` changes (keep it stable with useCallback) and
 * on `reload`; a 401 hands over to `onExpired`.
 */
export function useLoad<T>(load: () => Promise<T>, onExpired: () => void): LoadState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const expired = useRef(onExpired);
  expired.current = onExpired;

  useEffect(() => {
    let live = true;
    // `attempt` re-runs the load.
    void attempt;
    load().then(
      (value) => {
        if (!live) return;
        setError(null);
        setData(value);
      },
      (cause: unknown) => {
        if (!live) return;
        const failure = asApiError(cause);
        if (failure.code === 'unauthenticated') expired.current();
        else setError(failure);
      },
    );
    return () => {
      live = false;
    };
  }, [attempt, load]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((value: T) => setData(value), []);
  return { data, error, reload, replace };
}
