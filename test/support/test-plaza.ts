// A plaza for an engine test: on the test Redis under the test's prefix, silent, on the test's
// clock, and sweeping only when the test calls a sweep.
import type { Catalogue } from '@vp/contract';
import {
  type Clock,
  ManualClock,
  type Plaza,
  type StartPlazaOptions,
  silentLogger,
  startPlaza,
} from '@vp/engine';
import { afterEach, beforeEach } from 'vitest';
import { createRedisTestContext, type RedisTestContext } from './redis-test-context';
import { testCatalogue } from './test-catalogue';

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

/** The instant engine tests start at: 09:00 in Jakarta, a Monday. */
export const testStartsAt = Date.parse('2026-11-23T02:00:00Z');

/** Dispatch that takes and renews its leases quickly, so a test does not wait for a match. */
export const fastDispatch = { renewEveryMs: 200, leaseTtlMs: 1000 } as const;

export interface PlazaUnderTest {
  redisContext: RedisTestContext;
  plaza: Plaza;
  clock: ManualClock;
}

/**
 * Gives every test of the calling block a plaza of its own: a fresh key prefix on the test Redis,
 * a manual clock at `testStartsAt`, the test catalogue unless another is given, and dispatch as
 * asked (none by default). `receive` gets it before each test; its keys are removed after.
 */
export function usePlazaPerTest(
  receive: (opened: PlazaUnderTest) => void | Promise<void>,
  options: { catalogue?: Catalogue; dispatch?: StartPlazaOptions['dispatch'] } = {},
): void {
  let opened: PlazaUnderTest | undefined;
  beforeEach(async () => {
    const redisContext = await createRedisTestContext();
    const clock = new ManualClock(testStartsAt);
    const plaza = await startTestPlaza(redisContext, {
      catalogue: options.catalogue ?? testCatalogue,
      clock,
      dispatch: options.dispatch,
    });
    opened = { redisContext, plaza, clock };
    await receive(opened);
  });
  afterEach(async () => {
    await opened?.plaza.close();
    await opened?.redisContext.cleanup();
    opened = undefined;
  });
}
