import type { DaySeries } from '@vp/contract';
import { describe, expect, it } from 'vitest';
import { dayCharts, formatDayTime, localDayOf, zoneNameOf } from './chart-series';

/** A morning: tickets from 08:10, offers from 08:20, two served at 09:xx; read at 10:05. */
const series: DaySeries = {
  date: '2026-11-23',
  nowMinute: 605,
  hours: [
    { hour: 8, offered: 3, offeredWithinTarget: 3, served: 0 },
    { hour: 9, offered: 6, offeredWithinTarget: 4, served: 2 },
  ],
  waiting: [
    { minute: 490, waiting: 1 },
    { minute: 500, waiting: 4 },
    { minute: 590, waiting: 2 },
  ],
};

describe('the day charts', () => {
  it('draws the whole day from the series: waiting held to now, hours from the first to this one', () => {
    const charts = dayCharts(series, null);
    expect(charts.range).toEqual([8 * 3600, 11 * 3600]);
    expect(charts.waiting).toEqual([
      [490 * 60, 500 * 60, 590 * 60, 605 * 60],
      [1, 4, 2, 2],
    ]);
    expect(charts.servedPerHour).toEqual([
      [8 * 3600, 9 * 3600, 10 * 3600],
      [0, 2, 0],
    ]);
    expect(charts.serviceLevel).toEqual([
      [8.5 * 3600, 9.5 * 3600, 10.5 * 3600],
      [100, 66.7, null],
    ]);
  });

  it("keeps live from the board's push: the waiting count now, an end not yet in the series", () => {
    const charts = dayCharts(series, { date: '2026-11-23', seconds: 606 * 60 + 30, waiting: 3, served: 3 });
    expect(charts.waiting[0].at(-1)).toBe(606 * 60 + 30);
    expect(charts.waiting[1].at(-1)).toBe(3);
    expect(charts.servedPerHour[1]).toEqual([0, 2, 1]);
  });

  it('ignores a push of another day or older than the series', () => {
    for (const live of [
      { date: '2026-11-24', seconds: 60, waiting: 9, served: 9 },
      { date: '2026-11-23', seconds: 604 * 60, waiting: 9, served: 9 },
    ]) {
      const charts = dayCharts(series, live);
      expect(charts.waiting[1].at(-1)).toBe(2);
      expect(charts.servedPerHour[1]).toEqual([0, 2, 0]);
    }
  });

  it('draws an empty day as this hour only, and the push alone once it comes', () => {
    const empty: DaySeries = { date: '2026-11-23', nowMinute: 8 * 60 + 5, hours: [], waiting: [] };
    expect(dayCharts(empty, null)).toEqual({
      range: [8 * 3600, 9 * 3600],
      waiting: [[], []],
      servedPerHour: [[8 * 3600], [0]],
      serviceLevel: [[8.5 * 3600], [null]],
    });
    const live = { date: '2026-11-23', seconds: 8 * 3600 + 400, waiting: 0, served: 0 };
    expect(dayCharts(empty, live).waiting).toEqual([[8 * 3600 + 400], [0]]);
  });
});

describe('local time of the tenant', () => {
  it.each([
    ['2026-11-23T16:00:30Z', 'Asia/Jakarta', '2026-11-23', 23 * 3600 + 30],
    ['2026-11-23T16:00:30Z', 'Asia/Makassar', '2026-11-24', 30],
    ['2026-11-23T01:30:00Z', 'Asia/Jayapura', '2026-11-23', 10.5 * 3600],
  ])('places %s in %s on %s at second %i', (instant, timeZone, date, seconds) => {
    expect(localDayOf(Date.parse(instant), timeZone)).toEqual({ date, seconds });
  });

  it('reads seconds since midnight as the clock, whatever the browser zone', () => {
    expect(formatDayTime('en', 9.5 * 3600)).toBe('09:30');
    expect(formatDayTime('id', 13 * 3600 + 5 * 60)).toBe('13.05');
  });

  it('names the Indonesian zones', () => {
    expect(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'].map(zoneNameOf)).toEqual([
      'WIB',
      'WITA',
      'WIT',
    ]);
  });
});
