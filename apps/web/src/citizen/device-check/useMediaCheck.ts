import { useCallback, useEffect, useRef, useState } from 'react';
import {
  type CallPreferences,
  readCallPreferences,
  storeCallPreferences,
} from '../../storage/call-preferences';
import { type MediaProblem, mediaProblemOf } from './media-errors';

type Kind = 'video' | 'audio';

/** One device's state in the check: off, being turned on, live with its stream, or a problem. */
export type DeviceState =
  | { status: 'off' }
  | { status: 'starting' }
  | { status: 'live'; stream: MediaStream }
  | { status: 'problem'; problem: MediaProblem };

/** A preview needs no more: a small frame keeps a phone cool and the camera quick to switch. */
const previewSize = { width: { ideal: 640 }, height: { ideal: 480 } } as const;

function videoConstraint(preferences: CallPreferences): MediaTrackConstraints {
  if (preferences.cameraId) return { ...previewSize, deviceId: { exact: preferences.cameraId } };
  if (preferences.facingMode) return { ...previewSize, facingMode: { ideal: preferences.facingMode } };
  return { ...previewSize };
}

function audioConstraint(preferences: CallPreferences): MediaTrackConstraints | true {
  return preferences.microphoneId ? { deviceId: { exact: preferences.microphoneId } } : true;
}

const stopTracks = (stream: MediaStream | null) => {
  for (const track of stream?.getTracks() ?? []) track.stop();
};

const facingOf = (value: unknown): CallPreferences['facingMode'] =>
  value === 'user' || value === 'environment' ? value : undefined;

/**
 * The camera and microphone of the device check, through the browser's own media APIs: turned on
 * while the hook is mounted, every track stopped when it unmounts (the call needs the camera, and
 * a phone can open it only once). A stream that arrives after the check closed, or after a newer
 * request, is stopped at once. Choices are kept in the call preferences.
 */
export function useMediaCheck() {
  const [camera, setCamera] = useState<DeviceState>({ status: 'starting' });
  const [microphone, setMicrophone] = useState<DeviceState>({ status: 'starting' });
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const [microphones, setMicrophones] = useState<MediaDeviceInfo[]>([]);
  const [preferences, setPreferences] = useState<CallPreferences>(readCallPreferences);
  const live = useRef<Record<Kind, MediaStream | null>>({ video: null, audio: null });
  /** Bumped by each request and by closing: an answer to an older one is stale. */
  const generation = useRef<Record<Kind, number>>({ video: 0, audio: 0 });
  const setDevice = useCallback((kind: Kind, state: DeviceState) => {
    (kind === 'video' ? setCamera : setMicrophone)(state);
  }, []);

  const remember = useCallback((change: Partial<CallPreferences>) => {
    setPreferences(storeCallPreferences(change));
  }, []);

  const refreshDevices = useCallback(async () => {
    const devices = await navigator.mediaDevices.enumerateDevices().catch(() => []);
    setCameras(devices.filter((device) => device.kind === 'videoinput' && device.deviceId !== ''));
    setMicrophones(devices.filter((device) => device.kind === 'audioinput' && device.deviceId !== ''));
  }, []);

  const stop = useCallback((kind: Kind) => {
    generation.current[kind] += 1;
    stopTracks(live.current[kind]);
    live.current[kind] = null;
  }, []);

  /** Keeps the stream if its request is still the latest; stops it otherwise. */
  const adopt = useCallback(
    (kind: Kind, stream: MediaStream, request: number): boolean => {
      if (request !== generation.current[kind]) {
        stopTracks(stream);
        return false;
      }
      stopTracks(live.current[kind]);
      live.current[kind] = stream;
      setDevice(kind, { status: 'live', stream });
      return true;
    },
    [setDevice],
  );

  /** Turns one device on with the constraint; null when it failed (its state says why). */
  const acquire = useCallback(
    async (kind: Kind, constraint: MediaTrackConstraints | true): Promise<MediaStream | null> => {
      stop(kind);
      const request = generation.current[kind];
      setDevice(kind, { status: 'starting' });
      try {
        const stream = await navigator.mediaDevices.getUserMedia({ [kind]: constraint });
        return adopt(kind, stream, request) ? stream : null;
      } catch (error) {
        if (request === generation.current[kind]) {
          setDevice(kind, { status: 'problem', problem: mediaProblemOf(error) });
        }
        return null;
      }
    },
    [stop, adopt, setDevice],
  );

  /** A device chosen earlier may be gone: then the browser's default is tried. */
  const acquireWithFallback = useCallback(
    async (kind: Kind, constraint: MediaTrackConstraints | true, fallback: MediaTrackConstraints | true) => {
      const stream = await acquire(kind, constraint);
      if (stream || constraint === fallback) return stream;
      return acquire(kind, fallback);
    },
    [acquire],
  );

  const start = useCallback(async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setCamera({ status: 'problem', problem: 'insecure' });
      setMicrophone({ status: 'problem', problem: 'insecure' });
      return;
    }
    const stored = readCallPreferences();
    stop('video');
    stop('audio');
    const requests = { video: generation.current.video, audio: generation.current.audio };
    setCamera({ status: 'starting' });
    setMicrophone({ status: 'starting' });
    try {
      // Both at once: one permission prompt, not two.
      const stream = await navigator.mediaDevices.getUserMedia({
        video: videoConstraint(stored),
        audio: audioConstraint(stored),
      });
      adopt('video', new MediaStream(stream.getVideoTracks()), requests.video);
      adopt('audio', new MediaStream(stream.getAudioTracks()), requests.audio);
    } catch (error) {
      const problem = mediaProblemOf(error);
      if (problem !== 'missing') {
        if (requests.video === generation.current.video) setCamera({ status: 'problem', problem });
        if (requests.audio === generation.current.audio) setMicrophone({ status: 'problem', problem });
        return;
      }
      // One of them is missing (or a kept choice is gone): each on its own, to tell which.
      await acquireWithFallback('video', videoConstraint(stored), { ...previewSize });
      await acquireWithFallback('audio', audioConstraint(stored), true);
    }
    await refreshDevices();
  }, [stop, adopt, acquireWithFallback, refreshDevices]);

  useEffect(() => {
    void start();
    const onDeviceChange = () => void refreshDevices();
    navigator.mediaDevices?.addEventListener('devicechange', onDeviceChange);
    return () => {
      navigator.mediaDevices?.removeEventListener('devicechange', onDeviceChange);
      stop('video');
      stop('audio');
    };
  }, [start, stop, refreshDevices]);

  const chooseCamera = useCallback(
    async (deviceId: string) => {
      // A phone opens one camera at a time: the old one is stopped before the new one is asked for.
      const stream = await acquire('video', { ...previewSize, deviceId: { exact: deviceId } });
      const settings = stream?.getVideoTracks()[0]?.getSettings();
      if (settings)
        remember({ cameraId: settings.deviceId ?? deviceId, facingMode: facingOf(settings.facingMode) });
    },
    [acquire, remember],
  );

  const chooseFacing = useCallback(
    async (facingMode: 'user' | 'environment') => {
      const stream = await acquire('video', { ...previewSize, facingMode: { exact: facingMode } });
      const settings = stream?.getVideoTracks()[0]?.getSettings();
      if (settings) remember({ facingMode, cameraId: settings.deviceId });
    },
    [acquire, remember],
  );

  const chooseMicrophone = useCallback(
    async (deviceId: string) => {
      const stream = await acquire('audio', { deviceId: { exact: deviceId } });
      const settings = stream?.getAudioTracks()[0]?.getSettings();
      if (settings) remember({ microphoneId: settings.deviceId ?? deviceId });
    },
    [acquire, remember],
  );

  const chooseAudioOnly = useCallback(
    (audioOnly: boolean) => remember({ audioOnly, audioOnlyChosen: true }),
    [remember],
  );

  /** Reads the kept choices again (the network check may have changed audio only). */
  const reloadPreferences = useCallback(() => setPreferences(readCallPreferences()), []);

  return {
    camera,
    microphone,
    cameras,
    microphones,
    preferences,
    retry: start,
    chooseCamera,
    chooseFacing,
    chooseMicrophone,
    chooseAudioOnly,
    reloadPreferences,
  };
}
