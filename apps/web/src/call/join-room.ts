// Joining a LiveKit room, the part every call page shares: the library and the credentials loaded
// together, the phase kept from the room's events, a failure reported once, the room left on cleanup.
import type { CallJoin } from '@vp/contract';
import type * as Livekit from 'livekit-client';
import type { Room } from 'livekit-client';
import { type ApiError, asApiError } from '../api/api-error';
import { loadLivekit } from './load-livekit';

export type CallPhase = 'connecting' | 'connected' | 'reconnecting' | 'disconnected' | 'failed';

export interface JoinRoomOptions {
  fetchJoin(): Promise<CallJoin>;
  /** Makes the room and wires its tracks, once the library and the credentials are in. */
  createRoom(livekit: typeof Livekit, isCancelled: () => boolean): Room;
  /** Runs once connected, after the phase turned `connected`. */
  onConnected?(room: Room, isCancelled: () => boolean): Promise<void> | void;
  setPhase(phase: CallPhase): void;
  /** Joining failed; the phase then turns `failed`. */
  onError(error: ApiError): void;
}

/** Joins the room `fetchJoin` returns credentials for; returns the function that leaves it. */
export function joinRoom(options: JoinRoomOptions): () => void {
  let cancelled = false;
  let room: Room | null = null;
  const isCancelled = () => cancelled;

  const join = async () => {
    // The library (≈150 KB gzip, often fetched while waiting) and the credentials load in parallel.
    const [livekit, credentials] = await Promise.all([loadLivekit(), options.fetchJoin()]);
    if (cancelled) return;
    const { RoomEvent } = livekit;
    const current = options.createRoom(livekit, isCancelled);
    room = current;
    current
      .on(RoomEvent.Reconnecting, () => options.setPhase('reconnecting'))
      .on(RoomEvent.Reconnected, () => options.setPhase('connected'))
      .on(RoomEvent.Disconnected, () => {
        if (!cancelled) options.setPhase('disconnected');
      });
    await current.connect(credentials.serverUrl, credentials.token);
    if (cancelled) return;
    options.setPhase('connected');
    await options.onConnected?.(current, isCancelled);
  };

  join().catch((cause: unknown) => {
    if (cancelled) return;
    options.onError(asApiError(cause));
    options.setPhase('failed');
    void room?.disconnect();
  });

  return () => {
    cancelled = true;
    void room?.disconnect();
  };
}
