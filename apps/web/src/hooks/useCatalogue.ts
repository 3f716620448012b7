import type { Catalogue } from '@vp/contract';
import { useCallback, useEffect, useState } from 'react';
import { type ApiError, asApiError } from '../api/api-error';
import { fetchCatalogue } from '../api/client';

// One load per page: the citizen steps, the waiting room and the console share it.
let cached: Promise<Catalogue> | null = null;

function loadCatalogue(): Promise<Catalogue> {
  if (cached === null) {
    cached = fetchCatalogue().catch((error: unknown) => {
      cached = null;
      throw error;
    });
  }
  return cached;
}

export interface CatalogueState {
  catalogue: Catalogue | null;
  error: ApiError | null;
  reload(): void;
}

/** The tenants and their services, loaded once. */
export function useCatalogue(): CatalogueState {
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    // `attempt` re-runs the load after a failure.
    void attempt;
    loadCatalogue().then(
      (value) => live && setCatalogue(value),
      (cause: unknown) => live && setError(asApiError(cause)),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const reload = useCallback(() => {
    setError(null);
    setAttempt((n) => n + 1);
  }, []);

  return { catalogue, error, reload };
}
