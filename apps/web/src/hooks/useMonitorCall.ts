// A supervisor's silent view of a call: joins the room with a subscribe-only token (the server
// grants no publishing and hides the participant), publishes nothing, and keeps every remote
// video track (the citizen's and the officer's) for the page to show side by side.
import type { CallJoin } from '@vp/contract';
import type { RemoteVideoTrack } from 'livekit-client';
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { type CallPhase, joinRoom } from '../call/join-room';

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

  useEffect(
    () =>
      joinRoom({
        fetchJoin: () => fetchJoinRef.current(),
        setPhase,
        onError: setError,
        createRoom: ({ Room, RoomEvent, Track }) =>
          new Room({ adaptiveStream: false })
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
            }),
      }),
    [],
  );

  return { phase, error, videos, audioRef };
}
