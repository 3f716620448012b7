// Countdowns to a deadline the API set (an offer lapsing, a wrap-up ending); pure so it is unit-tested.

/**
 * Whole seconds left until `deadline` (ms since the epoch), rounded up so "0" means the time is up.
 * `maxSeconds` caps what a clock running behind the server's would add (an offer never lasts
 * longer than its tenant's timeout).
 */
export function secondsLeft(deadline: number, now: number, maxSeconds?: number): number {
  const seconds = Math.max(0, Math.ceil((deadline - now) / 1000));
  return maxSeconds === undefined ? seconds : Math.min(seconds, maxSeconds);
}

/** Milliseconds until `secondsLeft` next changes, so a timer ticks on the second, not beside it. */
export function msUntilNextTick(deadline: number, now: number): number {
  const remaining = deadline - now;
  if (remaining <= 0) return 1000;
  return (remaining % 1000 || 1000) + 5;
}

/** Minutes and seconds, "0:07", "2:30", "15:00". */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** When the offer countdown says something aloud: on arrival, near the end, at the end. */
export type OfferStage = 'open' | 'ending' | 'lapsed';

/** Seconds left at which the officer is told the offer is about to lapse. */
export const offerEndingSeconds = 5;

/**
 * The stage of an offer with `seconds` left. The spoken text changes only with the stage, so a
 * screen reader hears the offer arrive and the warning before it lapses, not every second.
 */
export function offerStage(seconds: number): OfferStage {
  if (seconds <= 0) return 'lapsed';
  return seconds <= offerEndingSeconds ? 'ending' : 'open';
}
