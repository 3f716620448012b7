// What one side of a call tells the other through a small LiveKit data message: that its video is
// paused for a weak link, and whether its person chose audio only. Both pages then show the same
// notice. Sent again whenever it changes and when the other side (re)joins.

/** The data message topic; chat and documents use streams of their own. */
export const callSignalTopic = 'vp.call.state';

export interface CallSignal {
  /** This side paused video because its link cannot carry it. */
  videoPaused: boolean;
  /** This side's person chose audio only. */
  audioOnly: boolean;
}

export function encodeCallSignal(signal: CallSignal): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify({ v: 1, ...signal }));
}

/** Reads a message from the other side; anything else (or malformed) is null, never thrown. */
export function decodeCallSignal(payload: Uint8Array): CallSignal | null {
  if (payload.byteLength > 1024) return null;
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(payload));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record.v !== 1 || typeof record.videoPaused !== 'boolean' || typeof record.audioOnly !== 'boolean')
    return null;
  return { videoPaused: record.videoPaused, audioOnly: record.audioOnly };
}
