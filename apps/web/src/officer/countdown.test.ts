import { describe, expect, it } from 'vitest';
import { formatClock, msUntilNextTick, offerStage, secondsLeft } from './countdown';

describe('secondsLeft', () => {
  const deadline = 1_000_000;

  it.each([
    [deadline - 20_000, 20],
    [deadline - 19_001, 20],
    [deadline - 19_000, 19],
    [deadline - 1, 1],
    [deadline, 0],
    [deadline + 5_000, 0],
  ])('at %i is %i', (now, expected) => {
    expect(secondsLeft(deadline, now)).toBe(expected);
  });

  it('caps what a clock behind the server would add', () => {
    expect(secondsLeft(deadline, deadline - 95_000, 20)).toBe(20);
    expect(secondsLeft(deadline, deadline - 7_000, 20)).toBe(7);
  });
});

describe('msUntilNextTick', () => {
  it('waits until the shown second changes', () => {
    expect(msUntilNextTick(10_000, 7_400)).toBe(605);
    expect(msUntilNextTick(10_000, 7_000)).toBe(1005);
  });

  it('keeps a one-second pace once the deadline passed', () => {
    expect(msUntilNextTick(10_000, 12_000)).toBe(1000);
  });

  it('lands just after the change, never before it', () => {
    const deadline = 50_000;
    let now = 31_234;
    const before = secondsLeft(deadline, now);
    now += msUntilNextTick(deadline, now);
    expect(secondsLeft(deadline, now)).toBe(before - 1);
  });
});

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [7, '0:07'],
    [59, '0:59'],
    [60, '1:00'],
    [150, '2:30'],
    [900, '15:00'],
    [-3, '0:00'],
  ])('%i s is %s', (seconds, expected) => {
    expect(formatClock(seconds)).toBe(expected);
  });
});

describe('offerStage', () => {
  it.each([
    [20, 'open'],
    [6, 'open'],
    [5, 'ending'],
    [1, 'ending'],
    [0, 'lapsed'],
  ] as const)('%i s left is %s', (seconds, expected) => {
    expect(offerStage(seconds)).toBe(expected);
  });

  it('changes only three times over a 20 s offer, so it is announced three times at most', () => {
    const stages = Array.from({ length: 21 }, (_, i) => offerStage(20 - i));
    const changes = stages.filter((stage, i) => i === 0 || stage !== stages[i - 1]);
    expect(changes).toEqual(['open', 'ending', 'lapsed']);
  });
});
