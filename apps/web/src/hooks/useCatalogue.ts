import type { Catalogue } from '@vp/contract';
import { useCallback, useEffect, useState } from 'react';
import { type ApiError, asApiError } from '../api/api-error';
import { fetchCatalogue } from '../api/client';
import { readPageCatalogue } from '../api/page-catalogue';

// One load per page: the citizen steps, the waiting room and the console share it.
let cached: Promise<Catalogue> | null = null;
let inPage: Catalogue | null | undefined;

/** The catalogue the server put into the page, read once; null without one (the dev server). */
function pageCatalogue(): Catalogue | null {
  if (inPage === undefined) inPage = typeof document === 'undefined' ? null : readPageCatalogue(document);
  return inPage;
}

function loadCatalogue(): Promise<Catalogue> {
  if (cached === null) {
    const inlined = pageCatalogue();
    cached =
      inlined !== null
        ? Promise.resolve(inlined)
        : fetchCatalogue().catch((error: unknown) => {
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

/** The tenants and their services: from the page when it carries them, else loaded once. */
export function useCatalogue(): CatalogueState {
  // The first render already shows the inlined catalogue; the effect then only confirms it.
  const [catalogue, setCatalogue] = useState<Catalogue | null>(pageCatalogue);
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
