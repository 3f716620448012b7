import { describe, expect, it } from 'vitest';
import { createFreezeWatch } from './freeze-watch';

describe('createFreezeWatch', () => {
  it.each([
    {
      what: 'frames moving',
      samples: [
        [1, 0],
        [5, 500],
        [9, 1000],
        [14, 1500],
        [20, 2500],
      ],
      frozen: false,
    },
    {
      what: 'no frame yet',
      samples: [
        [0, 0],
        [0, 1000],
        [0, 5000],
      ],
      frozen: false,
    },
    {
      what: 'stuck for less than 2 s',
      samples: [
        [10, 0],
        [12, 500],
        [12, 2000],
        [12, 2499],
      ],
      frozen: false,
    },
    {
      what: 'stuck for 2 s',
      samples: [
        [10, 0],
        [12, 500],
        [12, 1500],
        [12, 2500],
      ],
      frozen: true,
    },
    {
      what: 'stuck, then moving again',
      samples: [
        [12, 0],
        [12, 3000],
        [13, 3500],
      ],
      frozen: false,
    },
  ])('$what → frozen: $frozen', ({ samples, frozen }) => {
    const watch = createFreezeWatch(2_000);
    let last = false;
    for (const [frames = 0, at = 0] of samples) last = watch.sample(frames, at);
    expect(last).toBe(frozen);
  });

  it('starts over after a reset', () => {
    const watch = createFreezeWatch(2_000);
    watch.sample(10, 0);
    expect(watch.sample(10, 2_000)).toBe(true);
    watch.reset();
    expect(watch.sample(10, 2_100)).toBe(false);
    expect(watch.sample(10, 4_100)).toBe(true);
  });
});
