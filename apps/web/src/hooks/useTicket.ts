import type { TicketView } from '@vp/contract';
import { useCallback, useEffect, useState } from 'react';
import { type ApiError, asApiError } from '../api/api-error';
import { cancelTicket, endTicketCall, fetchTicket, ticketEventsUrl } from '../api/client';
import { isTerminalStatus } from '../api/contract-values';
import { openEventStream, parseTicketEvent, type StreamConnection } from '../api/events';
import { keepNewer } from '../api/newer-view';
import { forgetStoredTicket } from '../storage/preferences';

export interface TicketState {
  ticket: TicketView | null;
  /** Loading the ticket failed (wrong link, unknown ticket, no network). */
  loadError: ApiError | null;
  /** The last cancel or end failed. */
  actionError: ApiError | null;
  connection: StreamConnection;
  busy: boolean;
  cancel(): Promise<void>;
  endCall(): Promise<void>;
}

export function isTerminal(ticket: TicketView): boolean {
  return isTerminalStatus(ticket.status);
}

/** A citizen's ticket: fetched once, then kept live over server-sent events until it ends. */
export function useTicket(ticketId: string, accessKey: string): TicketState {
  const [ticket, setTicketView] = useState<TicketView | null>(null);
  // Answers and pushes race: whichever arrives, the newest the server has sent is shown.
  const setTicket = useCallback((next: TicketView) => setTicketView((shown) => keepNewer(shown, next)), []);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [connection, setConnection] = useState<StreamConnection>('connecting');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    let closeStream: (() => void) | null = null;

    const apply = (next: TicketView) => {
      if (!live) return;
      setTicket(next);
      if (isTerminal(next)) {
        forgetStoredTicket(next.id);
        closeStream?.();
        closeStream = null;
      }
    };

    fetchTicket(ticketId, accessKey).then(
      (first) => {
        if (!live) return;
        apply(first);
        if (isTerminal(first)) return;
        closeStream = openEventStream({
          url: ticketEventsUrl(ticketId, accessKey),
          parse: parseTicketEvent,
          onMessage: apply,
          onConnectionChange: (state) => live && setConnection(state),
        });
      },
      (cause: unknown) => live && setLoadError(asApiError(cause)),
    );

    return () => {
      live = false;
      closeStream?.();
    };
  }, [ticketId, accessKey, setTicket]);

  const run = useCallback(
    async (action: () => Promise<TicketView>) => {
      setBusy(true);
      setActionError(null);
      try {
        const next = await action();
        setTicket(next);
        if (isTerminal(next)) forgetStoredTicket(next.id);
      } catch (cause) {
        setActionError(asApiError(cause));
      } finally {
        setBusy(false);
      }
    },
    [setTicket],
  );

  const cancel = useCallback(() => run(() => cancelTicket(ticketId, accessKey)), [run, ticketId, accessKey]);
  const endCall = useCallback(
    () => run(() => endTicketCall(ticketId, accessKey)),
    [run, ticketId, accessKey],
  );

  return { ticket, loadError, actionError, connection, busy, cancel, endCall };
}
