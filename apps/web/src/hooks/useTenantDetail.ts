import type { TenantDetail } from '@vp/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { routeApiFailure } from '../api/follow-live';
import { fetchTenantDetail } from '../api/supervisor-client';

export interface TenantDetailState {
  detail: TenantDetail | null;
  loadError: ApiError | null;
  /** Fetches the drill-down again now (after an action). */
  refresh(): void;
}

/**
 * A tenant's drill-down, fetched again whenever `version` changes: the board's push for the tenant
 * says something moved, and the drill-down follows it.
 */
export function useTenantDetail(
  token: string,
  tenantCode: string,
  version: string,
  onUnauthenticated: () => void,
): TenantDetailState {
  const [detail, setDetail] = useState<TenantDetail | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [asked, setAsked] = useState(0);
  const onUnauthenticatedRef = useRef(onUnauthenticated);
  onUnauthenticatedRef.current = onUnauthenticated;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` and `asked` only trigger a fetch.
  useEffect(() => {
    let live = true;
    fetchTenantDetail(token, tenantCode).then(
      (next) => {
        if (!live) return;
        setDetail(next);
        setLoadError(null);
      },
      (cause: unknown) => {
        if (!live) return;
        routeApiFailure(cause, {
          onUnauthenticated: () => onUnauthenticatedRef.current(),
          onError: setLoadError,
        });
      },
    );
    return () => {
      live = false;
    };
  }, [token, tenantCode, version, asked]);

  const refresh = useCallback(() => setAsked((count) => count + 1), []);
  return { detail, loadError, refresh };
}
