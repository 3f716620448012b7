import { describe, expect, it } from 'vitest';
import type { WaitingSample } from '../hooks/useBoard';
import { servedPerHourSeries, serviceLevelSeries, waitingSeries } from './chart-series';

const sample = (at: number, waiting: number, served: number, serviceLevel: number | null): WaitingSample => ({
  at,
  waiting,
  served,
  serviceLevel,
});

describe('chart series', () => {
  const samples = [
    sample(7200 + 100, 3, 10, null),
    sample(7200 + 900, 2, 12, 0.5),
    sample(10800 + 5, 1, 15, 0.8333),
    sample(10800 + 60, 0, 15, 0.9),
  ];

  it('charts waiting at every sample', () => {
    expect(waitingSeries(samples)).toEqual([
      [7300, 8100, 10805, 10860],
      [3, 2, 1, 0],
    ]);
  });

  it('charts the service level as a percentage, with gaps before any offer', () => {
    expect(serviceLevelSeries(samples)[1]).toEqual([null, 50, 83.3, 90]);
  });

  it('counts served per clock hour from the rises of the counter', () => {
    expect(servedPerHourSeries(samples)).toEqual([
      [7200, 10800],
      [2, 3],
    ]);
  });

  it('counts nothing for a counter that restarts with a new day', () => {
    expect(servedPerHourSeries([sample(0, 0, 40, null), sample(3600, 0, 1, null)])).toEqual([
      [0, 3600],
      [0, 0],
    ]);
  });
});
