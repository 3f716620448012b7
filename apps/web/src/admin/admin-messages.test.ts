import { describe, expect, it } from 'vitest';
import { type AdminMessageKey, adminEn, adminId } from './admin-messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const keys = Object.keys(adminId) as AdminMessageKey[];

describe("the admin page's catalogues", () => {
  it('hold the same keys', () => {
    expect(Object.keys(adminEn).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s has the same placeholders in both, and no empty message', (key) => {
    expect(placeholders(adminEn[key])).toEqual(placeholders(adminId[key]));
    expect(adminId[key].trim()).not.toBe('');
    expect(adminEn[key].trim()).not.toBe('');
  });
});
