import { describe, expect, it } from 'vitest';
import { isOpen, nextOpening } from './service-hours';

// Mornings only, Monday to Friday, in Samarinda (WITA, UTC+8).
const hours = { days: [1, 2, 3, 4, 5], opens: '08:00', closes: '12:00' };
const wita = (local: string) => Date.parse(`${local}+08:00`);

describe('service hours', () => {
  it.each([
    ['Monday 07:59', '2026-11-23T07:59', false],
    ['Monday 08:00', '2026-11-23T08:00', true],
    ['Monday 11:59', '2026-11-23T11:59', true],
    ['Monday 12:00', '2026-11-23T12:00', false],
    ['Saturday 09:00', '2026-11-28T09:00', false],
  ])('%s is open: %s', (_case, local, open) => {
    expect(isOpen({ hours, timeZone: 'Asia/Makassar', at: wita(local) })).toBe(open);
  });

  it.each([
    ['before opening', '2026-11-23T06:30', '2026-11-23T08:00'],
    ['after closing', '2026-11-23T12:30', '2026-11-24T08:00'],
    ['on Friday afternoon', '2026-11-27T15:00', '2026-11-30T08:00'],
    ['on Saturday', '2026-11-28T09:00', '2026-11-30T08:00'],
  ])('opens next %s at %s', (_case, local, expected) => {
    expect(nextOpening({ hours, timeZone: 'Asia/Makassar', at: wita(local) })).toBe(wita(expected));
  });

  it("reads the hours in the tenant's own zone", () => {
    // 08:30 in Jayapura (WIT, UTC+9) is 07:30 in Samarinda.
    const at = Date.parse('2026-11-23T08:30+09:00');
    expect(isOpen({ hours, timeZone: 'Asia/Jayapura', at })).toBe(true);
    expect(isOpen({ hours, timeZone: 'Asia/Makassar', at })).toBe(false);
  });

  it('is always open without hours', () => {
    expect(isOpen({ hours: undefined, timeZone: 'Asia/Jakarta', at: 0 })).toBe(true);
  });
});
