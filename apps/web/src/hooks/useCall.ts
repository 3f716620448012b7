// The call's room logic, kept out of the component: loads livekit-client on demand, joins the
// room, publishes camera and microphone, and wires tracks to the <video>/<audio> elements.
import type { CallJoin } from '@vp/contract';
import type { RemoteTrack, Room } from 'livekit-client';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { type CallPhase, joinRoom } from '../call/join-room';
import { useFrozenVideo } from './useFrozenVideo';

export type { CallPhase } from '../call/join-room';

export interface CallState {
  phase: CallPhase;
  /** Set when joining failed; phase is then `failed`. */
  error: ApiError | null;
  hasRemoteVideo: boolean;
  /** How many other participants this side sees in the room (a silent monitor is not one). */
  remoteParticipants: number;
  /** The camera or microphone could not be opened; the call still receives. */
  mediaError: boolean;
  /** The browser blocked sound until the user interacts; `startAudio` unblocks it. */
  audioBlocked: boolean;
  /**
   * Connected, but poorly: the remote video stopped getting frames, or LiveKit rates either
   * side's connection poor or lost. Both sides see it, so neither waits on a frozen picture.
   */
  weakConnection: boolean;
  localVideoRef: RefObject<HTMLVideoElement | null>;
  remoteVideoRef: RefObject<HTMLVideoElement | null>;
  remoteAudioRef: RefObject<HTMLAudioElement | null>;
  startAudio(): void;
}

/**
 * Joins the call that `fetchJoin` returns credentials for, and leaves it on unmount.
 * `fetchJoin` is read once, when the hook mounts.
 */
export function useCall(fetchJoin: () => Promise<CallJoin>): CallState {
  const [phase, setPhase] = useState<CallPhase>('connecting');
  const [error, setError] = useState<ApiError | null>(null);
  const [hasRemoteVideo, setHasRemoteVideo] = useState(false);
  const [remoteParticipants, setRemoteParticipants] = useState(0);
  const [mediaError, setMediaError] = useState(false);
  const [audioBlocked, setAudioBlocked] = useState(false);
  const [poorQuality, setPoorQuality] = useState(false);
  const [remoteVideoMuted, setRemoteVideoMuted] = useState(false);
  const localVideoRef = useRef<HTMLVideoElement | null>(null);
  const remoteVideoRef = useRef<HTMLVideoElement | null>(null);
  const remoteAudioRef = useRef<HTMLAudioElement | null>(null);
  const roomRef = useRef<Room | null>(null);
  const fetchJoinRef = useRef(fetchJoin);

  useEffect(() => {
    let remoteVideo: RemoteTrack | null = null;
    const leave = joinRoom({
      fetchJoin: () => fetchJoinRef.current(),
      setPhase,
      onError: setError,
      createRoom: (livekit) => {
        const { ConnectionQuality, Room, RoomEvent, Track } = livekit;
        // Identities of the participants whose connection LiveKit rates poor or lost right now.
        const poorlyConnected = new Set<string>();
        const updatePoorQuality = () => setPoorQuality(poorlyConnected.size > 0);
        const current = new Room({ adaptiveStream: false, dynacast: true });
        roomRef.current = current;
        current
          .on(RoomEvent.TrackSubscribed, (track) => {
            if (track.kind === Track.Kind.Video && remoteVideoRef.current !== null) {
              remoteVideo?.detach(remoteVideoRef.current);
              remoteVideo = track;
              track.attach(remoteVideoRef.current);
              setHasRemoteVideo(true);
              setRemoteVideoMuted(track.isMuted);
            } else if (track.kind === Track.Kind.Audio && remoteAudioRef.current !== null) {
              track.attach(remoteAudioRef.current);
            }
          })
          .on(RoomEvent.TrackUnsubscribed, (track) => {
            track.detach();
            if (track === remoteVideo) {
              remoteVideo = null;
              setHasRemoteVideo(false);
            }
          })
          .on(RoomEvent.LocalTrackPublished, (publication) => {
            const track = publication.track;
            if (track?.kind === Track.Kind.Video && localVideoRef.current !== null)
              track.attach(localVideoRef.current);
          })
          .on(RoomEvent.LocalTrackUnpublished, (publication) => {
            publication.track?.detach();
          })
          .on(RoomEvent.MediaDevicesError, () => setMediaError(true))
          .on(RoomEvent.AudioPlaybackStatusChanged, () => setAudioBlocked(!current.canPlaybackAudio))
          .on(RoomEvent.TrackMuted, (publication) => {
            if (publication.track !== undefined && publication.track === remoteVideo)
              setRemoteVideoMuted(true);
          })
          .on(RoomEvent.TrackUnmuted, (publication) => {
            if (publication.track !== undefined && publication.track === remoteVideo)
              setRemoteVideoMuted(false);
          })
          .on(RoomEvent.ConnectionQualityChanged, (quality, participant) => {
            if (quality === ConnectionQuality.Poor || quality === ConnectionQuality.Lost)
              poorlyConnected.add(participant.identity);
            else poorlyConnected.delete(participant.identity);
            updatePoorQuality();
          })
          .on(RoomEvent.ParticipantConnected, () => setRemoteParticipants(current.remoteParticipants.size))
          .on(RoomEvent.ParticipantDisconnected, (participant) => {
            poorlyConnected.delete(participant.identity);
            updatePoorQuality();
            setRemoteParticipants(current.remoteParticipants.size);
          })
          // A signal-only resume is quick, a full one is not; either way the call is not live meanwhile.
          .on(RoomEvent.SignalReconnecting, () => setPhase('reconnecting'));
        return current;
      },
      onConnected: async (current, isCancelled) => {
        setRemoteParticipants(current.remoteParticipants.size);
        setAudioBlocked(!current.canPlaybackAudio);
        try {
          await current.localParticipant.enableCameraAndMicrophone();
        } catch {
          if (!isCancelled()) setMediaError(true);
        }
      },
    });
    return () => {
      roomRef.current = null;
      leave();
    };
  }, []);

  const frozen = useFrozenVideo(remoteVideoRef, phase === 'connected' && hasRemoteVideo && !remoteVideoMuted);

  const startAudio = useCallback(() => {
    const room = roomRef.current;
    if (room === null) return;
    room.startAudio().then(
      () => setAudioBlocked(!room.canPlaybackAudio),
      () => setAudioBlocked(true),
    );
  }, []);

  return {
    phase,
    error,
    hasRemoteVideo,
    remoteParticipants,
    mediaError,
    audioBlocked,
    weakConnection: phase === 'connected' && (poorQuality || frozen),
    localVideoRef,
    remoteVideoRef,
    remoteAudioRef,
    startAudio,
  };
}
