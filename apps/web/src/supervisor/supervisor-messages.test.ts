import { describe, expect, it } from 'vitest';
import { type SupervisorMessageKey, supervisorEn, supervisorId } from './supervisor-messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const keys = Object.keys(supervisorId) as SupervisorMessageKey[];

describe("the supervisor page's catalogues", () => {
  it('hold the same keys', () => {
    expect(Object.keys(supervisorEn).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s has the same placeholders in both, and no empty message', (key) => {
    expect(placeholders(supervisorEn[key])).toEqual(placeholders(supervisorId[key]));
    expect(supervisorId[key].trim()).not.toBe('');
    expect(supervisorEn[key].trim()).not.toBe('');
  });
});
