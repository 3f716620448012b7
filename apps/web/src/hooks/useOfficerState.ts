import type { OfficerView, SetOfficerStatusRequest, TransferTarget, WrapUpRequest } from '@vp/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, asApiError } from '../api/api-error';
import {
  acceptOffer,
  declineOffer,
  endOfficerCall,
  fetchOfficer,
  officerEventsUrl,
  answerPriorityClaim as postPriorityClaim,
  recordWrapUp as postWrapUp,
  setOfficerPreferences,
  setOfficerStatus,
  transferCall,
} from '../api/client';
import { parseOfficerEvent, type StreamConnection } from '../api/events';
import { followLive, routeApiFailure } from '../api/follow-live';
import { keepNewer } from '../api/newer-view';

/** What the officer asked for and the API has not answered yet; each button words its own wait. */
export type OfficerAction =
  | 'status'
  | 'autoAccept'
  | 'accept'
  | 'decline'
  | 'end'
  | 'transfer'
  | 'priorityClaim'
  | 'wrapUp';

export interface OfficerState {
  officer: OfficerView | null;
  loadError: ApiError | null;
  actionError: ApiError | null;
  connection: StreamConnection;
  /** The request in flight, if any; one at a time. */
  pending: OfficerAction | null;
  busy: boolean;
  setStatus(status: SetOfficerStatusRequest['status']): Promise<void>;
  /** Turns auto-accept on or off; the status stays as it is. */
  setAutoAccept(autoAccept: boolean): Promise<void>;
  /** Accepts the offer of this ticket, and no other. */
  accept(ticketId: string): Promise<void>;
  decline(ticketId: string): Promise<void>;
  /** Ends the call of this ticket, and no other. */
  endCall(ticketId: string): Promise<void>;
  transfer(ticketId: string, target: TransferTarget): Promise<void>;
  /** Confirms or rejects the priority claim of this ticket's call, and no other. */
  answerPriorityClaim(ticketId: string, confirmed: boolean): Promise<void>;
  /**
   * Saves the outcome and notes of the last call; resolves to the error for the form to show
   * beside its field (null once saved), instead of the console-wide action error.
   */
  recordWrapUp(wrapUp: WrapUpRequest): Promise<ApiError | null>;
}

/**
 * The signed-in officer, fetched once then kept live over server-sent events.
 * `onUnauthenticated` runs when the API stops accepting the session (any 401).
 */
export function useOfficerState(token: string, onUnauthenticated: () => void): OfficerState {
  const [officer, setOfficerView] = useState<OfficerView | null>(null);
  // Answers and pushes race: whichever arrives, the newest the server has sent is shown.
  const setOfficer = useCallback(
    (next: OfficerView) => setOfficerView((shown) => keepNewer(shown, next)),
    [],
  );
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [connection, setConnection] = useState<StreamConnection>('connecting');
  const [pending, setPending] = useState<OfficerAction | null>(null);
  const onUnauthenticatedRef = useRef(onUnauthenticated);
  onUnauthenticatedRef.current = onUnauthenticated;

  const fail = useCallback(
    (cause: unknown, set: (error: ApiError) => void) =>
      routeApiFailure(cause, { onUnauthenticated: () => onUnauthenticatedRef.current(), onError: set }),
    [],
  );

  useEffect(
    () =>
      followLive({
        fetchFirst: () => fetchOfficer(token),
        onFirst: setOfficer,
        eventsUrl: () => officerEventsUrl(token),
        parse: parseOfficerEvent,
        onMessage: setOfficer,
        onConnectionChange: setConnection,
        onUnauthenticated: () => onUnauthenticatedRef.current(),
        onLoadError: setLoadError,
      }),
    [token, setOfficer],
  );

  const run = useCallback(
    async (name: OfficerAction, action: () => Promise<OfficerView>) => {
      setPending(name);
      setActionError(null);
      try {
        setOfficer(await action());
      } catch (cause) {
        fail(cause, setActionError);
      } finally {
        setPending(null);
      }
    },
    [fail, setOfficer],
  );

  const setStatus = useCallback(
    (status: SetOfficerStatusRequest['status']) => run('status', () => setOfficerStatus(token, status)),
    [run, token],
  );
  const setAutoAccept = useCallback(
    (autoAccept: boolean) => run('autoAccept', () => setOfficerPreferences(token, { autoAccept })),
    [run, token],
  );
  const accept = useCallback(
    (ticketId: string) => run('accept', () => acceptOffer(token, ticketId)),
    [run, token],
  );
  const decline = useCallback(
    (ticketId: string) => run('decline', () => declineOffer(token, ticketId)),
    [run, token],
  );
  const endCall = useCallback(
    (ticketId: string) => run('end', () => endOfficerCall(token, ticketId)),
    [run, token],
  );
  const transfer = useCallback(
    (ticketId: string, target: TransferTarget) =>
      run('transfer', () => transferCall(token, ticketId, target)),
    [run, token],
  );
  const answerPriorityClaim = useCallback(
    (ticketId: string, confirmed: boolean) =>
      run('priorityClaim', () => postPriorityClaim(token, { ticketId, confirmed })),
    [run, token],
  );

  const recordWrapUp = useCallback(
    async (wrapUp: WrapUpRequest) => {
      setPending('wrapUp');
      try {
        setOfficer(await postWrapUp(token, wrapUp));
        return null;
      } catch (cause) {
        const error = asApiError(cause);
        if (error.code === 'unauthenticated') onUnauthenticatedRef.current();
        return error;
      } finally {
        setPending(null);
      }
    },
    [token, setOfficer],
  );

  return {
    officer,
    loadError,
    actionError,
    connection,
    pending,
    busy: pending !== null,
    setStatus,
    setAutoAccept,
    accept,
    decline,
    endCall,
    transfer,
    answerPriorityClaim,
    recordWrapUp,
  };
}
