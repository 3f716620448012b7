// The chart data the page derives from the board's pushes it received. Pure, so it is unit-tested.
import type { WaitingSample } from '../hooks/useBoard';

/** uPlot's columnar data: x values, then one column per series. */
export type ChartColumns = [number[], (number | null)[]];

export function waitingSeries(samples: readonly WaitingSample[]): ChartColumns {
  return [samples.map((sample) => sample.at), samples.map((sample) => sample.waiting)];
}

export function serviceLevelSeries(samples: readonly WaitingSample[]): ChartColumns {
  return [
    samples.map((sample) => sample.at),
    samples.map((sample) =>
      sample.serviceLevel === null ? null : Math.round(sample.serviceLevel * 1000) / 10,
    ),
  ];
}

/**
 * Served per clock hour (x: the hour's start, in seconds), from the day's served counter seen at
 * each sample: an hour's figure is how far the counter rose within it, the first sample's own hour
 * counting from that sample only.
 */
export function servedPerHourSeries(samples: readonly WaitingSample[]): ChartColumns {
  const hours = new Map<number, number>();
  let previous: WaitingSample | null = null;
  for (const sample of samples) {
    const hour = Math.floor(sample.at / 3600) * 3600;
    // A new day restarts the counter: a drop counts nothing.
    const rise = previous === null ? 0 : Math.max(0, sample.served - previous.served);
    hours.set(hour, (hours.get(hour) ?? 0) + rise);
    previous = sample;
  }
  const keys = [...hours.keys()].sort((a, b) => a - b);
  return [keys, keys.map((hour) => hours.get(hour) ?? 0)];
}
