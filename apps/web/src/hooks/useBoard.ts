import type { Board } from '@vp/contract';
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../api/api-error';
import type { StreamConnection } from '../api/events';
import { followLive } from '../api/follow-live';
import { boardEventsUrl, fetchBoard } from '../api/supervisor-client';
import { parseBoardEvent } from '../supervisor/board-event';

export interface BoardState {
  board: Board | null;
  loadError: ApiError | null;
  connection: StreamConnection;
}

/**
 * The live board: fetched once, then kept live over the supervisor's event stream.
 * `onUnauthenticated` runs when the API stops accepting the session (any 401).
 */
export function useBoard(token: string, onUnauthenticated: () => void): BoardState {
  const [board, setBoard] = useState<Board | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [connection, setConnection] = useState<StreamConnection>('connecting');
  const onUnauthenticatedRef = useRef(onUnauthenticated);
  onUnauthenticatedRef.current = onUnauthenticated;

  useEffect(() => {
    // Answers and pushes race: only a board newer than the one shown replaces it.
    const show = (next: Board) => {
      setBoard((shown) => (shown !== null && shown.at > next.at ? shown : next));
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

  return { board, loadError, connection };
}
