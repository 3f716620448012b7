// A plaza for an engine test: on the test Redis under the test's prefix, silent, on the test's
// clock, and sweeping only when the test calls a sweep.
import type { Catalogue } from '@vp/contract';
import { type Clock, type Plaza, type StartPlazaOptions, silentLogger, startPlaza } from '@vp/engine';
import type { RedisTestContext } from './redis-test-context';

export function startTestPlaza(
  redisContext: RedisTestContext,
  options: { catalogue: Catalogue; clock: Clock; dispatch?: StartPlazaOptions['dispatch'] },
): Promise<Plaza> {
  return startPlaza({
    redis: redisContext.redis,
    prefix: redisContext.prefix,
    catalogue: options.catalogue,
    logger: silentLogger,
    clock: options.clock,
    dispatch: options.dispatch ?? false,
    sweepEveryMs: false,
  });
}
