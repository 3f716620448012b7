import { useCallback, useRef, useState } from 'react';
import { type ApiError, asApiError } from '../api/api-error';

export interface SupervisorActionState {
  /** The action in flight (a name the page chose), if any; one at a time. */
  pending: string | null;
  error: ApiError | null;
  /** Runs the action; on success `onDone` runs (the drill-down is fetched again). */
  run(name: string, action: () => Promise<unknown>): Promise<void>;
}

/** One supervisor action at a time, its error kept for the page to show. */
export function useSupervisorAction(
  onDone: () => void,
  onUnauthenticated: () => void,
): SupervisorActionState {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const callbacks = useRef({ onDone, onUnauthenticated });
  callbacks.current = { onDone, onUnauthenticated };

  const run = useCallback(async (name: string, action: () => Promise<unknown>) => {
    setPending(name);
    setError(null);
    try {
      await action();
      callbacks.current.onDone();
    } catch (cause) {
      const failure = asApiError(cause);
      if (failure.code === 'unauthenticated') callbacks.current.onUnauthenticated();
      else setError(failure);
    } finally {
      setPending(null);
    }
  }, []);

  return { pending, error, run };
}
