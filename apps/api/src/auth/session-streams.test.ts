// The event streams of sessions, on two "processes" sharing one Redis: ending a session closes its
// streams on both at once (pub/sub), and the periodic check closes those of a session that simply
// ran out of its lifetime.
import { ManualClock, silentLogger } from '@vp/engine';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRedisTestContext, type RedisTestContext } from '../../../../test/support/redis-test-context';
import { waitFor } from '../../../../test/support/wait-for';
import { createAuthKeys } from './auth-keys';
import { SessionStore } from './session-store';
import { SessionStreams } from './session-streams';

describe('session streams', () => {
  let context: RedisTestContext;
  let store: SessionStore;
  let processes: SessionStreams[];
  const clock = new ManualClock(Date.UTC(2026, 10, 23, 1, 0));

  beforeEach(async () => {
    context = await createRedisTestContext();
    const keys = createAuthKeys(context.prefix);
    store = new SessionStore({
      redis: context.redis,
      keys,
      clock,
      lifetimes: { idleMs: 60_000, maxMs: 600_000 },
    });
    processes = [0, 1].map(
      () =>
        new SessionStreams({ redis: context.redis, keys, store, logger: silentLogger, checkMs: 3_600_000 }),
    );
    await Promise.all(processes.map((streams) => streams.start()));
  });

  afterEach(async () => {
    await Promise.all(processes.map((streams) => streams.close()));
    await context.cleanup();
  });

  it('closes the streams of an ended session on every process, and only those', async () => {
    const ended = await store.create({ id: 'dkc-1', role: 'officer' });
    const kept = await store.create({ id: 'dkc-1', role: 'officer' });
    const closed: string[] = [];
    processes[0]?.hold(ended.session.key, () => closed.push('first process'));
    processes[1]?.hold(ended.session.key, () => closed.push('second process'));
    processes[1]?.hold(kept.session.key, () => closed.push('other session'));

    await store.end(ended.session);
    await waitFor(async () => closed.length, { until: (count) => count >= 2, what: 'both streams closed' });
    expect(closed.sort()).toEqual(['first process', 'second process']);
    expect(processes[1]?.count(kept.session.key)).toBe(1);

    expect(await store.endAll('dkc-1')).toBe(1);
    await waitFor(async () => closed.length, {
      until: (count) => count >= 3,
      what: 'the other stream closed',
    });
  });

  it('keeps an open stream’s session from idling out, and closes it at the absolute lifetime', async () => {
    const { session } = await store.create({ id: 'dkc-1', role: 'officer' });
    let closed = false;
    processes[0]?.hold(session.key, () => {
      closed = true;
    });
    // Checked every 50 s (under the 60 s idle lifetime), the open stream keeps its session in use.
    for (let elapsed = 50; elapsed < 600; elapsed += 50) {
      clock.advance(50_000);
      await processes[0]?.check();
      expect(closed, `after ${elapsed} s`).toBe(false);
    }
    clock.advance(50_000);
    await processes[0]?.check();
    expect(closed).toBe(true);
    expect(await store.resolveKey(session.key)).toBeNull();
  });
});
