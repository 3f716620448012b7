// How a call's room sends and receives media, tuned for a weak Indonesian mobile link: the SFU
// picks what each side can take (simulcast, adaptive stream), the sender encodes only what someone
// watches (dynacast), and speech survives loss (Opus with DTX, RED; in-band FEC is Opus' default
// in Chrome's offer: `useinbandfec=1`).
import type * as Livekit from 'livekit-client';
import type { RoomOptions } from 'livekit-client';
import type { CallPreferences } from '../storage/call-preferences';

/**
 * The camera's layers, low to high. The lowest one (160×90, 10 fps, 40 kbit/s) fits beside the
 * audio on a 150 kbit/s link; the middle one suits a phone's screen; the top one a desk screen.
 */
export function cameraLayers(livekit: typeof Livekit) {
  const { VideoPreset } = livekit;
  return {
    low: new VideoPreset(160, 90, 40_000, 10),
    middle: new VideoPreset(320, 180, 120_000, 15),
    top: new VideoPreset(640, 360, 450_000, 20),
  };
}

/** The camera this side asked for: a device chosen in the device check, else a facing side. */
export function cameraCapture(preferences: CallPreferences): {
  deviceId?: string;
  facingMode?: 'user' | 'environment';
} {
  if (preferences.cameraId) return { deviceId: preferences.cameraId };
  return { facingMode: preferences.facingMode ?? 'user' };
}

export function callRoomOptions(livekit: typeof Livekit, preferences: CallPreferences): RoomOptions {
  const { AudioPresets, ScreenSharePresets } = livekit;
  const layers = cameraLayers(livekit);
  return {
    // The SFU sends each viewer the layer its element's size and its link call for, and pauses a
    // video nobody can see; the publisher stops encoding layers no one receives.
    adaptiveStream: true,
    dynacast: true,
    videoCaptureDefaults: { resolution: layers.top.resolution, ...cameraCapture(preferences) },
    audioCaptureDefaults: {
      ...(preferences.microphoneId ? { deviceId: preferences.microphoneId } : {}),
      echoCancellation: true,
      noiseSuppression: true,
      autoGainControl: true,
    },
    publishDefaults: {
      simulcast: true,
      videoCodec: 'vp8',
      videoEncoding: layers.top.encoding,
      videoSimulcastLayers: [layers.low, layers.middle],
      // A document or form on the officer's screen: sharp, few frames.
      screenShareEncoding: ScreenSharePresets.h720fps5.encoding,
      screenShareSimulcastLayers: [ScreenSharePresets.h360fps3],
      audioPreset: AudioPresets.speech,
      dtx: true,
      red: true,
    },
  };
}
