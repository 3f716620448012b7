import { describe, expect, it } from 'vitest';
import { formatDays, localDayAndTime, nextOpening, weekdayName } from './service-hours';

describe('formatDays', () => {
  it.each([
    [[1, 2, 3, 4, 5], 'en', 'Mon–Fri'],
    [[5, 1, 3], 'en', 'Mon, Wed, Fri'],
    [[1, 2], 'en', 'Mon, Tue'],
    [[1, 2, 3, 6], 'en', 'Mon–Wed, Sat'],
    [[1, 2, 3, 4, 5], 'id', 'Sen–Jum'],
    [[1, 2, 3, 4, 5, 6, 7], 'id', null],
  ] as const)('%j in %s is %s', (days, language, expected) => {
    expect(formatDays(days, language)).toBe(expected);
  });
});

describe('weekdayName', () => {
  it('has a long form for sentences', () => {
    expect(weekdayName(1, 'id', 'long')).toBe('Senin');
    expect(weekdayName(7, 'en', 'long')).toBe('Sunday');
  });
});

describe('localDayAndTime', () => {
  it('reads the weekday and time in the tenant zone, not the browser one', () => {
    // 2024-01-01T23:30Z: still Monday in UTC, already Tuesday 07:30 in Makassar (UTC+8).
    expect(localDayAndTime(Date.UTC(2024, 0, 1, 23, 30), 'Asia/Makassar')).toEqual({
      isoDay: 2,
      time: '07:30',
    });
    expect(localDayAndTime(Date.UTC(2024, 0, 1, 23, 30), 'Asia/Jakarta')).toEqual({
      isoDay: 2,
      time: '06:30',
    });
  });
});

describe('nextOpening', () => {
  const weekdays = { days: [1, 2, 3, 4, 5], opens: '08:00', closes: '15:00' };
  // Asia/Jakarta is UTC+7; 2024-01-01 was a Monday.
  const jakarta = (day: number, hour: number, minute = 0) => Date.UTC(2024, 0, day, hour - 7, minute);

  it.each([
    ['before opening today', jakarta(1, 6), { daysAhead: 0, isoDay: 1, opens: '08:00' }],
    ['at opening time, the next day', jakarta(1, 8), { daysAhead: 1, isoDay: 2, opens: '08:00' }],
    ['after closing, tomorrow', jakarta(1, 16), { daysAhead: 1, isoDay: 2, opens: '08:00' }],
    ['on Friday evening, Monday', jakarta(5, 16), { daysAhead: 3, isoDay: 1, opens: '08:00' }],
    ['on Saturday, Monday', jakarta(6, 9), { daysAhead: 2, isoDay: 1, opens: '08:00' }],
  ])('%s', (_, now, expected) => {
    expect(nextOpening(weekdays, 'Asia/Jakarta', now)).toEqual(expected);
  });

  it('waits a whole week for a tenant open one day a week', () => {
    const saturdays = { days: [6], opens: '08:00', closes: '12:00' };
    expect(nextOpening(saturdays, 'Asia/Jakarta', jakarta(6, 13))).toEqual({
      daysAhead: 7,
      isoDay: 6,
      opens: '08:00',
    });
  });
});
