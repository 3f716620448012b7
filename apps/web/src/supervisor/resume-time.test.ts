import { describe, expect, it } from 'vitest';
import { resumeTimeToMs } from './resume-time';

describe('resumeTimeToMs', () => {
  const now = new Date(2026, 10, 23, 13, 30, 0);

  it.each([
    ['14:15', new Date(2026, 10, 23, 14, 15).getTime()],
    ['09:00', new Date(2026, 10, 24, 9, 0).getTime()],
    ['13:30', new Date(2026, 10, 24, 13, 30).getTime()],
    ['', null],
    ['24:00', null],
    ['12:60', null],
    ['9:00', null],
  ] as const)('%s', (value, expected) => {
    expect(resumeTimeToMs(value, now)).toBe(expected);
  });
});
