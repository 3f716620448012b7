// A supervisor's silent view of a call: joins the room with a subscribe-only token (the server
// grants no publishing and hides the participant), publishes nothing, and keeps every remote
// video track (the citizen's and the officer's) for the page to show side by side.
import type { CallJoin } from '@vp/contract';
import type { RemoteVideoTrack, Room } from 'livekit-client';
import { useEffect, useRef, useState } from 'react';
import { type ApiError, asApiError } from '../api/api-error';
import { loadLivekit } from '../call/load-livekit';
import type { CallPhase } from './useCall';

export interface MonitoredVideo {
  /** The participant's identity in the room (not shown: it may name no one). */
  identity: string;
  track: RemoteVideoTrack;
}

export interface MonitorCallState {
  phase: CallPhase;
  error: ApiError | null;
  videos: readonly MonitoredVideo[];
  /** The element the remote audio tracks play through. */
  audioRef: React.RefObject<HTMLDivElement | null>;
}

/** Joins the call `fetchJoin` returns subscribe-only credentials for; leaves it on unmount. */
export function useMonitorCall(fetchJoin: () => Promise<CallJoin>): MonitorCallState {
  const [phase, setPhase] = useState<CallPhase>('connecting');
  const [error, setError] = useState<ApiError | null>(null);
  const [videos, setVideos] = useState<MonitoredVideo[]>([]);
  const audioRef = useRef<HTMLDivElement | null>(null);
  const fetchJoinRef = useRef(fetchJoin);

  useEffect(() => {
    let cancelled = false;
    let room: Room | null = null;
    const join = async () => {
      const [livekit, credentials] = await Promise.all([loadLivekit(), fetchJoinRef.current()]);
      if (cancelled) return;
      const { Room, RoomEvent, Track } = livekit;
      const current = new Room({ adaptiveStream: false });
      room = current;
      current
        .on(RoomEvent.TrackSubscribed, (track, _publication, participant) => {
          if (track.kind === Track.Kind.Video) {
            const video = track as RemoteVideoTrack;
            setVideos((shown) => [
              ...shown.filter((item) => item.identity !== participant.identity),
              { identity: participant.identity, track: video },
            ]);
          } else if (track.kind === Track.Kind.Audio) {
            audioRef.current?.append(track.attach());
          }
        })
        .on(RoomEvent.TrackUnsubscribed, (track) => {
          track.detach().forEach((element) => {
            if (element instanceof HTMLAudioElement) element.remove();
          });
          setVideos((shown) => shown.filter((item) => item.track !== track));
        })
        .on(RoomEvent.Reconnecting, () => setPhase('reconnecting'))
        .on(RoomEvent.Reconnected, () => setPhase('connected'))
        .on(RoomEvent.Disconnected, () => {
          if (!cancelled) setPhase('disconnected');
        });
      await current.connect(credentials.serverUrl, credentials.token);
      if (!cancelled) setPhase('connected');
    };
    join().catch((cause: unknown) => {
      if (cancelled) return;
      setError(asApiError(cause));
      setPhase('failed');
      void room?.disconnect();
    });
    return () => {
      cancelled = true;
      void room?.disconnect();
    };
  }, []);

  return { phase, error, videos, audioRef };
}
