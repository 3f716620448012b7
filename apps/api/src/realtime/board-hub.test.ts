// The board hub's pacing: a push at once on watching, at most one read per throttle window
// however many changes arrive, and a refresh on a quiet plaza.
import type { Board } from '@vp/contract';
import { silentLogger } from '@vp/engine';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BoardHub } from './board-hub';
import type { EventStream } from './event-stream';

describe('BoardHub', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const watchWith = (hub: BoardHub) => {
    const sent: unknown[] = [];
    const stream: EventStream = { closed: false, send: (message) => sent.push(message) };
    let reads = 0;
    const read = async (): Promise<Board> => ({ at: ++reads, tenants: [] });
    const unwatch = hub.watch({ scope: 'DKC,SAM', stream, read });
    return { sent, reads: () => reads, unwatch };
  };

  it('pushes at once, then at most once per throttle window after changes', async () => {
    const hub = new BoardHub(silentLogger, { throttleMs: 500, refreshMs: 60_000 });
    const watched = watchWith(hub);
    await vi.advanceTimersByTimeAsync(0);
    expect(watched.sent).toEqual([{ type: 'board', board: { at: 1, tenants: [] } }]);
    for (let i = 0; i < 20; i++) {
      hub.handle();
      await vi.advanceTimersByTimeAsync(20);
    }
    // 400 ms of changes: one more read, at the end of the window opened by the first push.
    await vi.advanceTimersByTimeAsync(100);
    expect(watched.reads()).toBe(2);
    expect(watched.sent).toHaveLength(2);
    hub.close();
  });

  it('refreshes a quiet board, and stops once nobody watches', async () => {
    const hub = new BoardHub(silentLogger, { throttleMs: 500, refreshMs: 3000 });
    const watched = watchWith(hub);
    await vi.advanceTimersByTimeAsync(3100);
    expect(watched.reads()).toBe(2);
    await vi.advanceTimersByTimeAsync(3000);
    expect(watched.reads()).toBe(3);
    watched.unwatch();
    hub.handle();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(watched.reads()).toBe(3);
    hub.close();
  });
});
