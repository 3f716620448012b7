import { describe, expect, it } from 'vitest';
import { formatCallDuration } from './call-timing';

describe('formatCallDuration', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [1_000, '0:01'],
    [59_999, '0:59'],
    [60_000, '1:00'],
    [605_000, '10:05'],
    [3_599_000, '59:59'],
    [3_600_000, '1:00:00'],
    [3_725_000, '1:02:05'],
    [-5_000, '0:00'],
    [Number.NaN, '0:00'],
  ])('%d ms → %s', (ms, shown) => {
    expect(formatCallDuration(ms)).toBe(shown);
  });
});
