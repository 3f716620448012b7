import type { AuditEntry } from '@vp/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchAudit } from '../api/admin-client';
import { type ApiError, asApiError } from '../api/api-error';

/** Entries per page of the audit log. */
export const auditPageSize = 50;

export interface AuditLogState {
  entries: AuditEntry[];
  /** A page is on its way. */
  loading: boolean;
  error: ApiError | null;
  /** The oldest entry is loaded. */
  complete: boolean;
  /** Loads the newest page again, dropping what was loaded. */
  refresh(): void;
  /** Loads the page older than the last entry shown. */
  loadOlder(): void;
}

/** The audit log, newest first, paged by the last entry's id (`before`). */
export function useAuditLog(token: string, onExpired: () => void): AuditLogState {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [complete, setComplete] = useState(false);
  // Answers of an older request (before a refresh) are dropped.
  const generation = useRef(0);
  const expired = useRef(onExpired);
  expired.current = onExpired;

  const load = useCallback(
    async (before: string | undefined) => {
      const mine = ++generation.current;
      setLoading(true);
      setError(null);
      try {
        const page = await fetchAudit(token, {
          limit: auditPageSize,
          ...(before === undefined ? {} : { before }),
        });
        if (mine !== generation.current) return;
        setEntries((shown) => (before === undefined ? page : [...shown, ...page]));
        setComplete(page.length < auditPageSize);
      } catch (cause) {
        if (mine !== generation.current) return;
        const failure = asApiError(cause);
        if (failure.code === 'unauthenticated') expired.current();
        else setError(failure);
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [token],
  );

  useEffect(() => {
    void load(undefined);
  }, [load]);

  const refresh = useCallback(() => void load(undefined), [load]);
  const last = entries[entries.length - 1]?.id;
  const loadOlder = useCallback(() => void load(last), [load, last]);
  return { entries, loading, error, complete, refresh, loadOlder };
}
