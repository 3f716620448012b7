// The wall clock of an instant in the plaza's time zones, across local midnight.
import { describe, expect, it } from 'vitest';
import { localTimeOf } from './local-time';

describe('the local time of an instant', () => {
  it.each([
    ['2026-11-23T16:00:00Z', 'Asia/Jakarta', { date: '2026-11-23', hour: 23, minute: 0, second: 0 }],
    ['2026-11-23T16:00:00Z', 'Asia/Makassar', { date: '2026-11-24', hour: 0, minute: 0, second: 0 }],
    ['2026-11-23T16:59:59Z', 'Asia/Jayapura', { date: '2026-11-24', hour: 1, minute: 59, second: 59 }],
    ['2026-11-23T01:30:07Z', 'Asia/Makassar', { date: '2026-11-23', hour: 9, minute: 30, second: 7 }],
  ] as const)('puts %s in %s at %o', (instant, timeZone, expected) => {
    expect(localTimeOf(Date.parse(instant), timeZone)).toEqual(expected);
  });

  it('gives the same answer from a zone’s second call (its formatter kept)', () => {
    const at = Date.parse('2026-11-23T23:59:59Z');
    expect(localTimeOf(at, 'Asia/Jakarta')).toEqual(localTimeOf(at, 'Asia/Jakarta'));
    expect(localTimeOf(at, 'Asia/Jakarta')).toEqual({ date: '2026-11-24', hour: 6, minute: 59, second: 59 });
  });
});
