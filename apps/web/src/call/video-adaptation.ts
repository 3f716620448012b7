// Decides when a call's video pauses because the link cannot carry it, and when it comes back:
// automatic both ways, with hysteresis so a link on the edge does not flap. Pure (time is passed
// in), so it is unit-tested; `useCall` samples it once a second with what LiveKit and the browser
// report.

/** LiveKit's connection quality, as plain strings (`unknown`: not rated, or nobody there). */
export type LinkQuality = 'excellent' | 'good' | 'poor' | 'lost' | 'unknown';

export interface LinkSignals {
  /** How LiveKit rates this side's connection. */
  localQuality: LinkQuality;
  /** How LiveKit rates the other side's connection (`unknown` while they are not in the room). */
  remoteQuality: LinkQuality;
  /**
   * The other side's video, while this side receives it, is stalled: the SFU paused it for want of
   * bandwidth (stream state Paused) or its frames stopped. Never set while video is paused.
   */
  remoteVideoStalled: boolean;
  /** The browser's estimate of what this side's uplink carries (kbit/s); null when unknown. */
  uplinkKbps: number | null;
}

export interface AdaptationTimings {
  /** A link must look bad this long before video pauses. */
  pauseAfterMs: number;
  /** A link must look good this long before video comes back, the first time. */
  resumeAfterMs: number;
  /** Each pause soon after a resume doubles the wait for the next resume, up to this. */
  maxResumeAfterMs: number;
  /** Video that ran this long since it came back resets the wait to `resumeAfterMs`. */
  stableAfterMs: number;
  /** Below this uplink estimate (kbit/s) video does not fit beside the audio. */
  minVideoUplinkKbps: number;
}

export const defaultAdaptationTimings: AdaptationTimings = {
  pauseAfterMs: 4_000,
  resumeAfterMs: 6_000,
  maxResumeAfterMs: 24_000,
  stableAfterMs: 60_000,
  minVideoUplinkKbps: 160,
};

export interface VideoAdaptation {
  /** Takes the signals now; answers whether video is paused after them. */
  sample(signals: LinkSignals, nowMs: number): boolean;
  readonly paused: boolean;
  /**
   * Starts paused, as when a network check before the call found the link too weak for video:
   * video then comes back by itself once the link proves good, like after any pause.
   */
  pauseNow(): void;
  /** Forgets the history (a new call, or the room reconnected); video counts as running. */
  reset(): void;
}

const isWeak = (quality: LinkQuality) => quality === 'poor' || quality === 'lost';

/** Whether the signals say the link cannot carry video now. */
export function linkTooWeakForVideo(signals: LinkSignals, minVideoUplinkKbps: number): boolean {
  return (
    isWeak(signals.localQuality) ||
    isWeak(signals.remoteQuality) ||
    signals.remoteVideoStalled ||
    (signals.uplinkKbps !== null && signals.uplinkKbps < minVideoUplinkKbps)
  );
}

export function createVideoAdaptation(
  timings: AdaptationTimings = defaultAdaptationTimings,
): VideoAdaptation {
  let paused = false;
  let badSince: number | null = null;
  let goodSince: number | null = null;
  let resumedAt: number | null = null;
  let resumeAfter = timings.resumeAfterMs;

  return {
    get paused() {
      return paused;
    },
    sample(signals, nowMs) {
      if (!paused) {
        // While video is paused the uplink estimate stays low (only audio is sent), so it decides
        // the pause but never the resume.
        if (linkTooWeakForVideo(signals, timings.minVideoUplinkKbps)) {
          badSince ??= nowMs;
          if (nowMs - badSince >= timings.pauseAfterMs) {
            paused = true;
            goodSince = null;
            // Paused again soon after coming back: the link is on the edge, wait longer next time.
            if (resumedAt !== null && nowMs - resumedAt < timings.stableAfterMs)
              resumeAfter = Math.min(resumeAfter * 2, timings.maxResumeAfterMs);
          }
        } else {
          badSince = null;
          if (resumedAt !== null && nowMs - resumedAt >= timings.stableAfterMs)
            resumeAfter = timings.resumeAfterMs;
        }
        return paused;
      }
      const weak = isWeak(signals.localQuality) || isWeak(signals.remoteQuality);
      if (weak) {
        goodSince = null;
        return paused;
      }
      goodSince ??= nowMs;
      if (nowMs - goodSince >= resumeAfter) {
        paused = false;
        badSince = null;
        resumedAt = nowMs;
      }
      return paused;
    },
    pauseNow() {
      paused = true;
      goodSince = null;
      badSince = null;
    },
    reset() {
      paused = false;
      badSince = null;
      goodSince = null;
      resumedAt = null;
      resumeAfter = timings.resumeAfterMs;
    },
  };
}
