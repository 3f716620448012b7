import { describe, expect, it } from 'vitest';
import { formatDuration, formatShare } from './format';
import { supervisorEn } from './supervisor-messages';

// The English messages, filled as the page's `t` fills them.
const t = (key: string, params: Record<string, string | number> = {}) =>
  (supervisorEn[key as keyof typeof supervisorEn] ?? key).replace(/\{(\w+)\}/g, (_all, name: string) =>
    String(params[name]),
  );

describe('supervisor figures', () => {
  it.each([
    [null, '–'],
    [0, '0 s'],
    [59.4, '59 s'],
    [59.6, '1 min'],
    [754, '12 min'],
    [3_900, '1 h 5 min'],
  ] as const)('a duration of %s s reads %s', (seconds, expected) => {
    expect(formatDuration(t, seconds)).toBe(expected);
  });

  it.each([
    [null, '–'],
    [0, '0%'],
    [0.8349, '83%'],
    [1, '100%'],
  ] as const)('a share of %s reads %s', (share, expected) => {
    expect(formatShare(t, share)).toBe(expected);
  });
});
