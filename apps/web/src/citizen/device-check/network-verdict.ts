// What the network check's measurements mean for the call: video, audio only, too weak even for
// that, or offline. Pure, so that the thresholds are tested and stated in one place.

/** Each way at least this (kbit/s), with a short enough round trip: video can be expected. */
export const videoMinKbps = 300;
/** The longest round trip (ms) at which a two-way video conversation still feels live. */
export const videoMaxRttMs = 600;
/**
 * Each way at least this (kbit/s): an Opus voice call (with FEC and headers, ~40 kbit/s) fits.
 * Below it the call may still connect, but will break up.
 */
export const audioMinKbps = 60;

export interface NetworkMeasurement {
  /** Median round trip of a few tiny requests (ms); null when none came back. */
  rttMs: number | null;
  /** Throughput towards the citizen (kbit/s); null when not measured. */
  downKbps: number | null;
  /** Throughput from the citizen (kbit/s); null when not measured. */
  upKbps: number | null;
}

/** What the check tells the citizen. `too_weak` is stored as `audio_only` (the best it can be). */
export type NetworkFinding = 'video' | 'audio_only' | 'too_weak' | 'offline';

/**
 * The finding from a measurement: offline when nothing came back; video when both ways carry at
 * least `videoMinKbps` and the round trip is under `videoMaxRttMs`; audio only when both ways
 * carry at least `audioMinKbps`; too weak otherwise.
 */
export function judgeNetwork(measurement: NetworkMeasurement): NetworkFinding {
  const { rttMs, downKbps, upKbps } = measurement;
  if (rttMs === null) return 'offline';
  const slowest = Math.min(downKbps ?? 0, upKbps ?? 0);
  if (slowest >= videoMinKbps && rttMs < videoMaxRttMs) return 'video';
  if (slowest >= audioMinKbps) return 'audio_only';
  return 'too_weak';
}

/** The verdict kept in the call preferences (read when the call starts). */
export function storedVerdictOf(finding: NetworkFinding): 'video' | 'audio_only' | 'offline' {
  return finding === 'too_weak' ? 'audio_only' : finding;
}

/**
 * Throughput in kbit/s of `bytes` moved in `elapsedMs`, less one round trip (the request's own
 * way out and the first byte's way back carry no payload). Never divides by less than 1 ms.
 */
export function throughputKbps(options: { bytes: number; elapsedMs: number; rttMs: number }): number {
  const { bytes, elapsedMs, rttMs } = options;
  return Math.round((bytes * 8) / Math.max(1, transferTimeMs(elapsedMs, rttMs)));
}

/** The time a transfer carried payload: less one round trip, unless that leaves under a quarter. */
function transferTimeMs(elapsedMs: number, rttMs: number): number {
  return elapsedMs - rttMs > elapsedMs / 4 ? elapsedMs - rttMs : elapsedMs;
}

/**
 * Throughput in kbit/s of transfers made one after the other, each less one round trip as in
 * `throughputKbps`: what the link carried while it was carrying payload.
 */
export function throughputOfTransfers(
  transfers: readonly { bytes: number; elapsedMs: number }[],
  rttMs: number,
): number {
  let bytes = 0;
  let transferMs = 0;
  for (const transfer of transfers) {
    bytes += transfer.bytes;
    transferMs += transferTimeMs(transfer.elapsedMs, rttMs);
  }
  return Math.round((bytes * 8) / Math.max(1, transferMs));
}

/** The median of the values; null for none. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
