// Tells a frozen remote video from a playing one by its frame counter: a video whose counter has
// not moved for a while, after it once showed frames, is stalled (a weak or cut link). Pure, so
// it is unit-tested; `useFrozenVideo` feeds it samples from the <video> element.

export interface FreezeWatch {
  /** Takes the current frame count; answers whether the video counts as frozen now. */
  sample(frames: number, nowMs: number): boolean;
  /** Forgets the history, e.g. when a new track is attached. */
  reset(): void;
}

/** How long a video may show the same frame before it counts as frozen. */
const frozenAfterMs = 2_000;

export function createFreezeWatch(frozenAfter = frozenAfterMs): FreezeWatch {
  let lastFrames: number | null = null;
  let changedAt = 0;
  return {
    sample(frames, nowMs) {
      if (frames !== lastFrames) {
        lastFrames = frames;
        changedAt = nowMs;
        return false;
      }
      // Before the first frame the call says "waiting for the other side" instead.
      return frames > 0 && nowMs - changedAt >= frozenAfter;
    },
    reset() {
      lastFrames = null;
      changedAt = 0;
    },
  };
}
