// The citizen's (and officer's) choices for a call, made in the device check while waiting and
// read when the call starts: which camera and microphone, and whether to begin with audio only
// (the network check found the link too weak for video, or the person chose it).
import { local, safeGet, safeSet } from './preferences';

const callPreferencesKey = 'vp.call.preferences';

export interface CallPreferences {
  /** `MediaDeviceInfo.deviceId` of the chosen camera; absent: the browser's default. */
  cameraId?: string;
  /** Which way the chosen camera faces, where the browser says (a phone's front or rear one). */
  facingMode?: 'user' | 'environment';
  /** `MediaDeviceInfo.deviceId` of the chosen microphone; absent: the browser's default. */
  microphoneId?: string;
  /** Start the call with the camera off and video not received (audio only). */
  audioOnly?: boolean;
  /**
   * The citizen set `audioOnly` by hand: a later network check no longer changes it. Unset, the
   * network check's verdict decides it (`applyNetworkVerdict`).
   */
  audioOnlyChosen?: boolean;
  /** What the last network check found, and when (ms). */
  network?: { verdict: 'video' | 'audio_only' | 'offline'; at: number };
}

const isString = (value: unknown): value is string => typeof value === 'string' && value.length <= 512;

/** Parses stored preferences; anything malformed is dropped field by field. */
export function parseCallPreferences(raw: string | null): CallPreferences {
  if (raw === null) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const record = value as Record<string, unknown>;
  const preferences: CallPreferences = {};
  if (isString(record.cameraId)) preferences.cameraId = record.cameraId;
  if (record.facingMode === 'user' || record.facingMode === 'environment')
    preferences.facingMode = record.facingMode;
  if (isString(record.microphoneId)) preferences.microphoneId = record.microphoneId;
  if (typeof record.audioOnly === 'boolean') preferences.audioOnly = record.audioOnly;
  if (typeof record.audioOnlyChosen === 'boolean') preferences.audioOnlyChosen = record.audioOnlyChosen;
  const network = record.network as Record<string, unknown> | undefined;
  if (
    typeof network === 'object' &&
    network !== null &&
    (network.verdict === 'video' || network.verdict === 'audio_only' || network.verdict === 'offline') &&
    typeof network.at === 'number'
  )
    preferences.network = { verdict: network.verdict, at: network.at };
  return preferences;
}

export function readCallPreferences(): CallPreferences {
  return parseCallPreferences(safeGet(local, callPreferencesKey));
}

/** Merges `change` into the stored preferences (a field set to undefined is forgotten). */
export function storeCallPreferences(change: Partial<CallPreferences>): CallPreferences {
  const next: CallPreferences = { ...readCallPreferences(), ...change };
  for (const key of Object.keys(next) as (keyof CallPreferences)[])
    if (next[key] === undefined) delete next[key];
  safeSet(local, callPreferencesKey, JSON.stringify(next));
  return next;
}

/** What the network check's verdict changes: it is kept, and decides `audioOnly` unless chosen. */
export function applyNetworkVerdict(
  preferences: CallPreferences,
  network: NonNullable<CallPreferences['network']>,
): Partial<CallPreferences> {
  if (preferences.audioOnlyChosen) return { network };
  // Offline says nothing about the link the call will have once it is back: leave the choice.
  if (network.verdict === 'offline') return { network };
  return { network, audioOnly: network.verdict === 'audio_only' };
}
