// What every simulated citizen and officer shares: the plaza's address, the seeded randomness,
// the tally, the stop signal, and how refusals are counted and told.
import { setTimeout as delay } from 'node:timers/promises';
import { PlazaHttpError } from './plaza-http';
import type { Random } from './random';
import type { Tally } from './tally';

export interface SimulationContext {
  url: string;
  random: Random;
  tally: Tally;
  /** Aborted when the run stops: streams close, pending waits end. */
  signal: AbortSignal;
  log(line: string): void;
  /** Counts a failed request under its tenant: 429 apart, told once with what to do. */
  countFailure(tenantCode: string, error: unknown): void;
}

/** Waits `ms`; false when the run stopped first. */
export async function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  try {
    await delay(ms, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}

/** Whether the error is a race the plaza settled otherwise (the offer lapsed, the call ended). */
export function isStale(error: unknown): boolean {
  return error instanceof PlazaHttpError && error.status === 409;
}

export function createFailureCounter(options: {
  tally: Tally;
  log(line: string): void;
  signal: AbortSignal;
}): SimulationContext['countFailure'] {
  let toldRateLimit = false;
  return (tenantCode, error) => {
    if (options.signal.aborted && !(error instanceof PlazaHttpError)) return;
    if (error instanceof PlazaHttpError && error.status === 429) {
      options.tally.add(tenantCode, 'rateLimited');
      if (!toldRateLimit) {
        toldRateLimit = true;
        options.log(
          `the plaza refused a request with 429 (${error.message}): its rate limits per address are ` +
            'too low for this traffic. Start it with `npm start -- --simulate` (limits raised), or lower ' +
            '--arrivals-per-minute. Refusals are counted as "refused 429".',
        );
      }
      return;
    }
    options.tally.add(tenantCode, 'errors');
    options.tally.lastError = error instanceof Error ? error.message : String(error);
  };
}
