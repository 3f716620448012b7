import { useEffect, useState } from 'react';
import { msUntilNextTick, secondsLeft } from '../officer/countdown';

/**
 * Whole seconds left until `deadline` (ms since the epoch), re-rendering as each second passes;
 * null without a deadline. Stops ticking at zero.
 */
export function useSecondsLeft(deadline: number | null, maxSeconds?: number): number | null {
  const [now, setNow] = useState(Date.now);

  useEffect(() => {
    if (deadline === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      if (current < deadline) timer = setTimeout(tick, msUntilNextTick(deadline, current));
    };
    tick();
    return () => clearTimeout(timer);
  }, [deadline]);

  return deadline === null ? null : secondsLeft(deadline, now, maxSeconds);
}
