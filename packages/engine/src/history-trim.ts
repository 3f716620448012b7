// Keeps the plaza's history stream bounded. The scripts append to it without a bound (one total
// order of every change, which the invariant checks replay); the sweeper trims it to the
// configured length every few seconds, so it holds at most that plus a few seconds of traffic.
import type { PlazaContext } from './context';

/**
 * Trims the plaza history to about `settings.historyMaxEntries` (`~`: Redis drops whole nodes
 * only, cheap and never below the bound); returns how many entries went.
 */
export async function trimHistory(context: PlazaContext): Promise<number> {
  return context.redis.xTrim(context.keys.history, 'MAXLEN', context.settings.historyMaxEntries, {
    strategyModifier: '~',
  });
}
