import { describe, expect, it } from 'vitest';
import { monitorSideOf, sortBySide } from './monitor-side';

describe('monitor sides', () => {
  it.each([
    ['citizen-2f1c0d2e-0000-4000-8000-000000000000', 'citizen'],
    ['officer-dkc-1', 'officer'],
    ['monitor-spv-1-abc', 'other'],
    ['', 'other'],
  ] as const)('reads %s as %s', (identity, side) => {
    expect(monitorSideOf(identity)).toBe(side);
  });

  it('puts the citizen first and the officer second', () => {
    const videos = [{ identity: 'officer-dkc-1' }, { identity: 'x' }, { identity: 'citizen-t1' }];
    expect(sortBySide(videos).map((video) => video.identity)).toEqual(['citizen-t1', 'officer-dkc-1', 'x']);
  });
});
