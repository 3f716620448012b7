import type { Board } from '@vp/contract';
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../api/api-error';
import type { StreamConnection } from '../api/events';
import { followLive } from '../api/follow-live';
import { boardEventsUrl, fetchBoard } from '../api/supervisor-client';
import { parseBoardEvent } from '../supervisor/board-event';

/** One point of a tenant's waiting line, as the page saw it. */
export interface WaitingSample {
  /** Seconds since the epoch (uPlot's x unit). */
  at: number;
  waiting: number;
  served: number;
  serviceLevel: number | null;
}

export interface BoardState {
  board: Board | null;
  loadError: ApiError | null;
  connection: StreamConnection;
  /** Per tenant, the board's figures at every version the page received since it opened. */
  history: ReadonlyMap<string, readonly WaitingSample[]>;
}

/** Samples kept per tenant: a working day of pushes at one a second is far fewer than this. */
const maxSamples = 20_000;

function addSamples(history: Map<string, WaitingSample[]>, board: Board): Map<string, WaitingSample[]> {
  const next = new Map(history);
  const at = board.at / 1000;
  for (const tenant of board.tenants) {
    const samples = next.get(tenant.tenantCode) ?? [];
    const last = samples.at(-1);
    if (last !== undefined && last.at >= at) continue;
    const sample: WaitingSample = {
      at,
      waiting: tenant.waiting.priority + tenant.waiting.regular,
      served: tenant.today.served,
      serviceLevel: tenant.today.serviceLevel,
    };
    next.set(tenant.tenantCode, [...samples.slice(-(maxSamples - 1)), sample]);
  }
  return next;
}

/**
 * The live board: fetched once, then kept live over the supervisor's event stream.
 * `onUnauthenticated` runs when the API stops accepting the session (any 401).
 */
export function useBoard(token: string, onUnauthenticated: () => void): BoardState {
  const [board, setBoard] = useState<Board | null>(null);
  const [history, setHistory] = useState<Map<string, WaitingSample[]>>(() => new Map());
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [connection, setConnection] = useState<StreamConnection>('connecting');
  const onUnauthenticatedRef = useRef(onUnauthenticated);
  onUnauthenticatedRef.current = onUnauthenticated;

  useEffect(() => {
    // Answers and pushes race: only a board newer than the one shown replaces it.
    const show = (next: Board) => {
      setBoard((shown) => (shown !== null && shown.at > next.at ? shown : next));
      setHistory((shown) => addSamples(shown, next));
    };
    return followLive({
      fetchFirst: () => fetchBoard(token),
      onFirst: show,
      eventsUrl: () => boardEventsUrl(token),
      parse: parseBoardEvent,
      onMessage: show,
      onConnectionChange: setConnection,
      onUnauthenticated: () => onUnauthenticatedRef.current(),
      onLoadError: setLoadError,
    });
  }, [token]);

  return { board, loadError, connection, history };
}
