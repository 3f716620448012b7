// Seeded randomness for the simulator, so that a run's choices repeat with the same --seed
// (the plaza's own timing still varies from run to run).

/** A source of random choices drawn from one seed. */
export interface Random {
  /** In [0, 1). */
  next(): number;
  chance(probability: number): boolean;
  between(min: number, max: number): number;
  /** Exponentially distributed with this mean: the gaps between arrivals of a Poisson process. */
  exponential(mean: number): number;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: tiny, fast and good enough for a traffic simulation (not for secrets). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    chance: (probability) => next() < probability,
    between: (min, max) => min + (max - min) * next(),
    exponential: (mean) => -mean * Math.log(1 - next()),
    pick(items) {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}
