// The call's room logic, kept out of the component: loads livekit-client on demand, joins the
// room, publishes camera and microphone as the person chose them, wires tracks to the
// <video>/<audio> elements, follows the other side (present, muted, sharing, their link), and
// pauses video by itself while the link cannot carry it (see call/video-adaptation.ts).
import type { CallJoin } from '@vp/contract';
import type * as Livekit from 'livekit-client';
import type { LocalTrack, RemoteParticipant, RemoteTrack, Room } from 'livekit-client';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { callSignalTopic, decodeCallSignal, encodeCallSignal } from '../call/call-signal';
import { type CallPhase, joinRoom } from '../call/join-room';
import { callRoomOptions } from '../call/room-options';
import { createVideoAdaptation, type LinkQuality, type VideoAdaptation } from '../call/video-adaptation';
import { readCallPreferences, storeCallPreferences } from '../storage/call-preferences';
import { useFrozenVideo } from './useFrozenVideo';

export type { CallPhase } from '../call/join-room';
export type { LinkQuality } from '../call/video-adaptation';

export interface CallState {
  phase: CallPhase;
  /** Set when joining failed; phase is then `failed`. */
  error: ApiError | null;
  /** A camera video of the other side is attached to `remoteVideoRef`. */
  hasRemoteVideo: boolean;
  /** A shared screen of the other side is attached to `remoteScreenRef`. */
  hasRemoteScreen: boolean;
  /** How many other participants this side sees in the room (a silent monitor is not one). */
  remoteParticipants: number;
  /** The camera or microphone could not be opened; the call still receives. */
  mediaError: boolean;
  /** The browser blocked sound until the user interacts; `startAudio` unblocks it. */
  audioBlocked: boolean;
  /**
   * Connected, but poorly: the remote video stopped getting frames, or LiveKit rates either
   * side's connection poor or lost. (While video is paused, its own notice says it instead.)
   */
  weakConnection: boolean;
  localVideoRef: RefObject<HTMLVideoElement | null>;
  remoteVideoRef: RefObject<HTMLVideoElement | null>;
  remoteScreenRef: RefObject<HTMLVideoElement | null>;
  remoteAudioRef: RefObject<HTMLAudioElement | null>;
  /** The joined room once connected (for the call's tools: chat, documents); null before and after. */
  room: Room | null;
  startAudio(): void;

  /** This side's choices. */
  micOn: boolean;
  cameraOn: boolean;
  audioOnly: boolean;
  screenSharing: boolean;
  /** The camera is sending now (on, not audio-only, not paused for the link). */
  cameraLive: boolean;
  toggleMic(): void;
  toggleCamera(): void;
  switchCamera(): void;
  toggleAudioOnly(): void;
  toggleScreenShare(): void;

  /** The other side. */
  remotePresent: boolean;
  /** The other side was in the call and is not now; since when (ms since the epoch). */
  remoteDroppedAt: number | null;
  /** The other side's name as the room tells it (the officer's name; the ticket number). */
  remoteName: string | null;
  remoteMicOn: boolean;
  remoteCameraOn: boolean;
  remoteAudioOnly: boolean;
  localQuality: LinkQuality;
  remoteQuality: LinkQuality;
  /** Video is paused for a weak link: this side's decision, or the other side's. */
  videoPaused: boolean;
  /** When the other side first was in the call with this one (ms since the epoch): the timer's start. */
  startedAt: number | null;
}

/** How long a network check's "audio only" verdict counts when the call opens. */
const networkVerdictFreshMs = 30 * 60_000;
const adaptationSampleMs = 1_000;
const linkWatchMs = 500;

/**
 * How the call starts, from the choices made while waiting: audio only when the person chose it;
 * video paused (automatically, so it comes back by itself when the link proves good) when only
 * the network check advised audio.
 */
function startingMode(): { audioOnly: boolean; videoPaused: boolean } {
  const preferences = readCallPreferences();
  if (preferences.audioOnly === true && preferences.audioOnlyChosen === true)
    return { audioOnly: true, videoPaused: false };
  const network = preferences.network;
  const advised =
    preferences.audioOnly === true ||
    (network?.verdict === 'audio_only' && Date.now() - network.at < networkVerdictFreshMs);
  return { audioOnly: false, videoPaused: advised };
}

/** The browser's estimate of what the uplink carries (kbit/s), read from a sender's stats. */
async function readUplinkKbps(track: LocalTrack | undefined): Promise<number | null> {
  const sender = track?.sender;
  if (!sender) return null;
  const report = await sender.getStats();
  let kbps: number | null = null;
  report.forEach(
    (entry: { type?: string; nominated?: boolean; state?: string; availableOutgoingBitrate?: number }) => {
      if (
        entry.type === 'candidate-pair' &&
        entry.nominated === true &&
        entry.state === 'succeeded' &&
        typeof entry.availableOutgoingBitrate === 'number'
      )
        kbps = entry.availableOutgoingBitrate / 1000;
    },
  );
  return kbps;
}

/**
 * Joins the call that `fetchJoin` returns credentials for, and leaves it on unmount.
 * `fetchJoin` is read once, when the hook mounts.
 */
export function useCall(fetchJoin: () => Promise<CallJoin>): CallState {
  const [phase, setPhase] = useState<CallPhase>('connecting');
  const [error, setError] = useState<ApiError | null>(null);
  const [hasRemoteVideo, setHasRemoteVideo] = useState(false);
  const [hasRemoteScreen, setHasRemoteScreen] = useState(false);
  const [remoteParticipants, setRemoteParticipants] = useState(0);
  const [mediaError, setMediaError] = useState(false);
  const [audioBlocked, setAudioBlocked] = useState(false);
  const [poorQuality, setPoorQuality] = useState(false);
  const [micOn, setMicOn] = useState(true);
  const [cameraOn, setCameraOn] = useState(true);
  const [startMode] = useState(startingMode);
  const [audioOnly, setAudioOnly] = useState(startMode.audioOnly);
  const [screenSharing, setScreenSharing] = useState(false);
  const [cameraLive, setCameraLive] = useState(false);
  const [localPaused, setLocalPaused] = useState(startMode.videoPaused);
  const [remote, setRemote] = useState({
    present: false,
    name: null as string | null,
    micOn: false,
    cameraOn: false,
  });
  const [remoteSignal, setRemoteSignal] = useState({ videoPaused: false, audioOnly: false });
  const [remoteDroppedAt, setRemoteDroppedAt] = useState<number | null>(null);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [peerName, setPeerName] = useState<string | null>(null);
  const [localQuality, setLocalQuality] = useState<LinkQuality>('unknown');
  const [remoteQuality, setRemoteQuality] = useState<LinkQuality>('unknown');
  const localVideoRef = useRef<HTMLVideoElement | null>(null);
  const remoteVideoRef = useRef<HTMLVideoElement | null>(null);
  const remoteScreenRef = useRef<HTMLVideoElement | null>(null);
  const remoteAudioRef = useRef<HTMLAudioElement | null>(null);
  const roomRef = useRef<Room | null>(null);
  const livekitRef = useRef<typeof Livekit | null>(null);
  const [connectedRoom, setConnectedRoom] = useState<Room | null>(null);
  const fetchJoinRef = useRef(fetchJoin);
  /** What this side wants of its media; read by the room's event handlers. */
  const wantsRef = useRef({
    camera: true,
    audioOnly,
    paused: startMode.videoPaused,
    facingMode: 'user' as 'user' | 'environment',
  });
  /** Media changes run one after another: two quick presses never interleave. */
  const mediaQueueRef = useRef<Promise<void>>(Promise.resolve());
  const linkRef = useRef({
    localQuality: 'unknown' as LinkQuality,
    remoteQuality: 'unknown' as LinkQuality,
    remoteStreamPaused: false,
    frozen: false,
    remoteCameraOn: false,
  });

  /** Runs `change` after every change queued before it; a failure is kept to itself. */
  const enqueue = useCallback((change: (room: Room, livekit: typeof Livekit) => Promise<void>) => {
    mediaQueueRef.current = mediaQueueRef.current.then(async () => {
      const room = roomRef.current;
      const livekit = livekitRef.current;
      if (room === null || livekit === null) return;
      await change(room, livekit).catch(() => undefined);
    });
  }, []);

  /** Brings camera and video reception in line with what is wanted now. */
  const applyMedia = useCallback(
    () =>
      enqueue(async (room, livekit) => {
        const wants = wantsRef.current;
        const sendVideo = wants.camera && !wants.audioOnly && !wants.paused;
        if (room.localParticipant.isCameraEnabled !== sendVideo) {
          try {
            await room.localParticipant.setCameraEnabled(sendVideo);
          } catch {
            setMediaError(true);
          }
        }
        setCameraLive(room.localParticipant.isCameraEnabled);
        const receiveVideo = !wants.audioOnly && !wants.paused;
        for (const participant of room.remoteParticipants.values())
          for (const publication of participant.trackPublications.values())
            if (publication.kind === livekit.Track.Kind.Video && publication.isDesired !== receiveVideo)
              publication.setSubscribed(receiveVideo);
      }),
    [enqueue],
  );

  /** Tells the other side whether this side's video is paused and whether it chose audio only. */
  const sendSignal = useCallback(() => {
    const room = roomRef.current;
    if (room === null || room.remoteParticipants.size === 0) return;
    const wants = wantsRef.current;
    room.localParticipant
      .publishData(encodeCallSignal({ videoPaused: wants.paused, audioOnly: wants.audioOnly }), {
        reliable: true,
        topic: callSignalTopic,
      })
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    let remoteVideo: RemoteTrack | null = null;
    let remoteScreen: RemoteTrack | null = null;
    /** Reads the other side from the room (set once the room exists). */
    let refreshRemote = () => {};
    const leave = joinRoom({
      fetchJoin: async () => {
        const join = await fetchJoinRef.current();
        setPeerName(join.peerName ?? null);
        return join;
      },
      setPhase,
      onError: setError,
      createRoom: (livekit) => {
        const { ConnectionQuality, Room, RoomEvent, Track } = livekit;
        livekitRef.current = livekit;
        // Identities of the participants whose connection LiveKit rates poor or lost right now.
        const poorlyConnected = new Set<string>();
        const updatePoorQuality = () => setPoorQuality(poorlyConnected.size > 0);
        const current = new Room(callRoomOptions(livekit, readCallPreferences()));
        roomRef.current = current;
        const toQuality = (quality: Livekit.ConnectionQuality): LinkQuality =>
          quality === ConnectionQuality.Excellent
            ? 'excellent'
            : quality === ConnectionQuality.Good
              ? 'good'
              : quality === ConnectionQuality.Poor
                ? 'poor'
                : quality === ConnectionQuality.Lost
                  ? 'lost'
                  : 'unknown';
        /** The other side: the one participant this side sees (a monitor is hidden). */
        const peer = (): RemoteParticipant | undefined => current.remoteParticipants.values().next().value;
        refreshRemote = () => {
          const other = peer();
          setRemoteParticipants(current.remoteParticipants.size);
          const mic = other?.getTrackPublication(Track.Source.Microphone);
          const camera = other?.getTrackPublication(Track.Source.Camera);
          const next = {
            present: other !== undefined,
            name: other?.name || null,
            micOn: mic !== undefined && !mic.isMuted,
            cameraOn: camera !== undefined && !camera.isMuted,
          };
          linkRef.current.remoteCameraOn = next.cameraOn;
          setRemote((previous) =>
            previous.present === next.present &&
            previous.name === next.name &&
            previous.micOn === next.micOn &&
            previous.cameraOn === next.cameraOn
              ? previous
              : next,
          );
          if (other !== undefined) {
            setStartedAt((started) => started ?? Date.now());
            setRemoteDroppedAt(null);
          } else {
            setRemoteDroppedAt((since) => since ?? Date.now());
          }
        };
        current
          .on(RoomEvent.TrackSubscribed, (track, publication) => {
            if (publication.source === Track.Source.Camera && remoteVideoRef.current !== null) {
              remoteVideo?.detach(remoteVideoRef.current);
              remoteVideo = track;
              track.attach(remoteVideoRef.current);
              setHasRemoteVideo(true);
            } else if (publication.source === Track.Source.ScreenShare && remoteScreenRef.current !== null) {
              remoteScreen?.detach(remoteScreenRef.current);
              remoteScreen = track;
              track.attach(remoteScreenRef.current);
              setHasRemoteScreen(true);
            } else if (track.kind === Track.Kind.Audio && remoteAudioRef.current !== null) {
              track.attach(remoteAudioRef.current);
            }
            const wants = wantsRef.current;
            if (track.kind === Track.Kind.Video && (wants.audioOnly || wants.paused))
              publication.setSubscribed(false);
            refreshRemote();
          })
          .on(RoomEvent.TrackUnsubscribed, (track) => {
            track.detach();
            if (track === remoteVideo) {
              remoteVideo = null;
              linkRef.current.remoteStreamPaused = false;
              setHasRemoteVideo(false);
            }
            if (track === remoteScreen) {
              remoteScreen = null;
              setHasRemoteScreen(false);
            }
          })
          .on(RoomEvent.TrackPublished, (publication) => {
            const wants = wantsRef.current;
            if (publication.kind === Track.Kind.Video && (wants.audioOnly || wants.paused))
              publication.setSubscribed(false);
            refreshRemote();
          })
          .on(RoomEvent.TrackUnpublished, refreshRemote)
          .on(RoomEvent.TrackStreamStateChanged, (publication, streamState) => {
            if (publication.source === Track.Source.Camera)
              linkRef.current.remoteStreamPaused = streamState === livekit.Track.StreamState.Paused;
          })
          .on(RoomEvent.LocalTrackPublished, (publication) => {
            const track = publication.track;
            if (publication.source === Track.Source.Camera && track && localVideoRef.current !== null)
              track.attach(localVideoRef.current);
            if (publication.source === Track.Source.ScreenShare) setScreenSharing(true);
          })
          .on(RoomEvent.LocalTrackUnpublished, (publication) => {
            publication.track?.detach();
            if (publication.source === Track.Source.ScreenShare) setScreenSharing(false);
          })
          .on(RoomEvent.MediaDevicesError, () => setMediaError(true))
          .on(RoomEvent.AudioPlaybackStatusChanged, () => setAudioBlocked(!current.canPlaybackAudio))
          .on(RoomEvent.TrackMuted, refreshRemote)
          .on(RoomEvent.TrackUnmuted, refreshRemote)
          .on(RoomEvent.ConnectionQualityChanged, (quality, participant) => {
            if (quality === ConnectionQuality.Poor || quality === ConnectionQuality.Lost)
              poorlyConnected.add(participant.identity);
            else poorlyConnected.delete(participant.identity);
            updatePoorQuality();
            const rated = toQuality(quality);
            if (participant === current.localParticipant) {
              linkRef.current.localQuality = rated;
              setLocalQuality(rated);
            } else if (participant === peer()) {
              linkRef.current.remoteQuality = rated;
              setRemoteQuality(rated);
            }
          })
          .on(RoomEvent.ParticipantConnected, () => {
            refreshRemote();
            sendSignal();
          })
          .on(RoomEvent.ParticipantDisconnected, (participant) => {
            poorlyConnected.delete(participant.identity);
            updatePoorQuality();
            linkRef.current.remoteQuality = 'unknown';
            setRemoteQuality('unknown');
            setRemoteSignal({ videoPaused: false, audioOnly: false });
            refreshRemote();
          })
          .on(RoomEvent.DataReceived, (payload, participant, _kind, topic) => {
            if (topic !== callSignalTopic || participant === undefined || participant !== peer()) return;
            const signal = decodeCallSignal(payload);
            if (signal !== null) setRemoteSignal(signal);
          })
          .on(RoomEvent.Reconnected, () => {
            refreshRemote();
            sendSignal();
            applyMedia();
          })
          // A signal-only resume is quick, a full one is not; either way the call is not live meanwhile.
          .on(RoomEvent.SignalReconnecting, () => setPhase('reconnecting'));
        return current;
      },
      onConnected: async (current, isCancelled) => {
        setAudioBlocked(!current.canPlaybackAudio);
        setConnectedRoom(current);
        // Whoever was in the room before this side joined (no ParticipantConnected for them).
        refreshRemote();
        const wants = wantsRef.current;
        try {
          // One permission prompt for both where the camera is wanted.
          if (wants.camera && !wants.audioOnly && !wants.paused)
            await current.localParticipant.enableCameraAndMicrophone();
          else await current.localParticipant.setMicrophoneEnabled(true);
        } catch {
          if (!isCancelled()) setMediaError(true);
        }
        if (isCancelled()) return;
        setMicOn(current.localParticipant.isMicrophoneEnabled);
        applyMedia();
        sendSignal();
      },
    });
    return () => {
      roomRef.current = null;
      setConnectedRoom(null);
      leave();
    };
  }, [applyMedia, sendSignal]);

  const receivingVideo = !audioOnly && !localPaused;
  const frozen = useFrozenVideo(
    remoteVideoRef,
    phase === 'connected' && hasRemoteVideo && remote.cameraOn && !remoteSignal.videoPaused && receivingVideo,
  );
  linkRef.current.frozen = frozen;

  // The automatic pause: sampled once a second while connected and not audio-only by choice. The
  // decision outlives a reconnect (the link that dropped is rarely good at once).
  const adaptationRef = useRef<VideoAdaptation | null>(null);
  if (adaptationRef.current === null) {
    adaptationRef.current = createVideoAdaptation();
    if (startMode.videoPaused) adaptationRef.current.pauseNow();
  }
  useEffect(() => {
    if (phase !== 'connected' || audioOnly) return;
    const adaptation = adaptationRef.current;
    if (adaptation === null) return;
    let stopped = false;
    const timer = setInterval(() => {
      const room = roomRef.current;
      const livekit = livekitRef.current;
      if (room === null || livekit === null) return;
      const link = linkRef.current;
      const wants = wantsRef.current;
      const sendingVideo = room.localParticipant.isCameraEnabled;
      const cameraTrack = room.localParticipant.getTrackPublication(livekit.Track.Source.Camera)?.track;
      void (sendingVideo ? readUplinkKbps(cameraTrack) : Promise.resolve(null))
        .catch(() => null)
        .then((uplinkKbps) => {
          if (stopped) return;
          // A hidden page gets no video by design (adaptive stream): that is no weak link.
          const receiving = !wants.paused && link.remoteCameraOn && !document.hidden;
          const paused = adaptation.sample(
            {
              localQuality: link.localQuality,
              remoteQuality: link.remoteQuality,
              remoteVideoStalled: receiving && (link.remoteStreamPaused || link.frozen),
              uplinkKbps,
            },
            Date.now(),
          );
          if (paused === wants.paused) return;
          wants.paused = paused;
          setLocalPaused(paused);
          applyMedia();
          sendSignal();
        });
    }, adaptationSampleMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [phase, audioOnly, applyMedia, sendSignal]);

  // A cut link shows before LiveKit gives up on its transports (its 'reconnecting' comes when the
  // peer connection fails or the signal's ping times out, which takes longer than a short cut):
  // the browser's ICE state turns 'disconnected' within seconds of the last packet.
  const [linkInterrupted, setLinkInterrupted] = useState(false);
  useEffect(() => {
    if (phase !== 'connected') return;
    let seen = 0;
    const timer = setInterval(() => {
      const manager = roomRef.current?.engine.pcManager;
      const states = [
        manager?.publisher.getICEConnectionState(),
        manager?.subscriber?.getICEConnectionState(),
      ];
      const cut = states.some((state) => state === 'disconnected' || state === 'failed');
      seen = cut ? seen + 1 : 0;
      setLinkInterrupted(seen >= 2);
    }, linkWatchMs);
    return () => {
      clearInterval(timer);
      setLinkInterrupted(false);
    };
  }, [phase]);

  const startAudio = useCallback(() => {
    const room = roomRef.current;
    if (room === null) return;
    room.startAudio().then(
      () => setAudioBlocked(!room.canPlaybackAudio),
      () => setAudioBlocked(true),
    );
  }, []);

  const toggleMic = useCallback(() => {
    enqueue(async (room) => {
      const next = !room.localParticipant.isMicrophoneEnabled;
      try {
        await room.localParticipant.setMicrophoneEnabled(next);
      } catch {
        setMediaError(true);
      }
      setMicOn(room.localParticipant.isMicrophoneEnabled);
    });
  }, [enqueue]);

  const toggleCamera = useCallback(() => {
    const wants = wantsRef.current;
    // In audio-only mode, turning the camera on means leaving that mode.
    if (wants.audioOnly) {
      wants.audioOnly = false;
      adaptationRef.current?.reset();
      wants.camera = true;
      setAudioOnly(false);
      setCameraOn(true);
      storeCallPreferences({ audioOnly: false, audioOnlyChosen: true });
    } else {
      wants.camera = !wants.camera;
      setCameraOn(wants.camera);
    }
    applyMedia();
    sendSignal();
  }, [applyMedia, sendSignal]);

  const toggleAudioOnly = useCallback(() => {
    const wants = wantsRef.current;
    wants.audioOnly = !wants.audioOnly;
    // Chosen audio only ends an automatic pause; leaving it, the link is judged anew.
    wants.paused = false;
    adaptationRef.current?.reset();
    setLocalPaused(false);
    setAudioOnly(wants.audioOnly);
    storeCallPreferences({ audioOnly: wants.audioOnly, audioOnlyChosen: true });
    applyMedia();
    sendSignal();
  }, [applyMedia, sendSignal]);

  const switchCamera = useCallback(() => {
    enqueue(async (room, livekit) => {
      const cameras = (await livekit.Room.getLocalDevices('videoinput', false)).filter(
        (device) => device.deviceId !== '',
      );
      if (cameras.length > 1) {
        // A phone lists its front and rear cameras (some list more): take the next one.
        const active = room.getActiveDevice('videoinput');
        const index = cameras.findIndex((device) => device.deviceId === active);
        const next = cameras[(index + 1) % cameras.length];
        if (next === undefined) return;
        await room.switchActiveDevice('videoinput', next.deviceId);
        storeCallPreferences({ cameraId: next.deviceId, facingMode: undefined });
        return;
      }
      // One camera listed (or no labels yet): ask for the other facing side instead.
      const wants = wantsRef.current;
      const facingMode = wants.facingMode === 'user' ? 'environment' : 'user';
      const track = room.localParticipant.getTrackPublication(livekit.Track.Source.Camera)?.track;
      if (track instanceof livekit.LocalVideoTrack) await track.restartTrack({ facingMode });
      wants.facingMode = facingMode;
      storeCallPreferences({ facingMode, cameraId: undefined });
    });
  }, [enqueue]);

  const toggleScreenShare = useCallback(() => {
    enqueue(async (room) => {
      const next = !room.localParticipant.isScreenShareEnabled;
      try {
        await room.localParticipant.setScreenShareEnabled(next, {
          audio: false,
          selfBrowserSurface: 'exclude',
        });
      } catch {
        // The person closed the browser's picker: nothing is shared, nothing to report.
      }
      setScreenSharing(room.localParticipant.isScreenShareEnabled);
    });
  }, [enqueue]);

  const remotePaused = remote.present && remoteSignal.videoPaused;
  const videoPaused = phase === 'connected' && (localPaused || remotePaused);

  return {
    phase: phase === 'connected' && linkInterrupted ? 'reconnecting' : phase,
    error,
    hasRemoteVideo,
    hasRemoteScreen,
    remoteParticipants,
    mediaError,
    audioBlocked,
    weakConnection: phase === 'connected' && (poorQuality || frozen),
    localVideoRef,
    remoteVideoRef,
    remoteScreenRef,
    remoteAudioRef,
    room: connectedRoom,
    startAudio,
    micOn,
    cameraOn: cameraOn && !audioOnly,
    audioOnly,
    screenSharing,
    cameraLive,
    toggleMic,
    toggleCamera,
    switchCamera,
    toggleAudioOnly,
    toggleScreenShare,
    remotePresent: remote.present,
    remoteDroppedAt: phase === 'connected' && startedAt !== null ? remoteDroppedAt : null,
    remoteName: remote.name ?? peerName,
    remoteMicOn: remote.micOn,
    remoteCameraOn: remote.cameraOn,
    remoteAudioOnly: remote.present && remoteSignal.audioOnly,
    localQuality,
    remoteQuality,
    videoPaused,
    startedAt,
  };
}
