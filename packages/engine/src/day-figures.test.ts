// Turning a day's counters into the board's figures: averages, nearest-rank 90th percentile, shares.
import { describe, expect, it } from 'vitest';
import { dayCounters, p90RankOf, parseDayCounters, toTenantDay } from './day-figures';

describe('day figures', () => {
  it.each([
    [0, null],
    [1, 0],
    [4, 3],
    [9, 8],
    [10, 8],
    [11, 9],
    [100, 89],
  ])('takes rank %i of the 90th percentile of %i waits by nearest rank', (count, rank) => {
    expect(p90RankOf(count)).toBe(rank);
  });

  it('reads absent or malformed counters as 0', () => {
    const counters = parseDayCounters({ served: '3', waitMs: 'x' });
    expect(counters.served).toBe(3);
    expect(counters.waitMs).toBe(0);
    expect(Object.keys(counters).sort()).toEqual([...dayCounters].sort());
  });

  it('gives null averages and shares before anything happened, and exact ones after', () => {
    const empty = toTenantDay({
      date: '2026-11-23',
      counters: parseDayCounters({}),
      p90WaitMs: null,
      priorityClaimsRejected: 0,
    });
    expect(empty).toMatchObject({
      averageWaitSeconds: null,
      averageHandleSeconds: null,
      serviceLevel: null,
      abandonmentRate: null,
    });
    const day = toTenantDay({
      date: '2026-11-23',
      counters: parseDayCounters({
        offered: '4',
        offeredWithinTarget: '3',
        waitMs: '1000000',
        ended: '8',
        lost: '2',
        handled: '3',
        handleMs: '900000',
      }),
      p90WaitMs: 420_000,
      priorityClaimsRejected: 2,
    });
    expect(day).toMatchObject({
      averageWaitSeconds: 250,
      p90WaitSeconds: 420,
      averageHandleSeconds: 300,
      serviceLevel: 0.75,
      abandonmentRate: 0.25,
      priorityClaimsRejected: 2,
    });
  });
});
