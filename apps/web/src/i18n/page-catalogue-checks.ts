// For unit tests: the checks every page's own catalogues (see createPageT) pass.
import { describe, expect, it } from 'vitest';
import { id } from './id';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** Same keys in both languages, same placeholders, no empty message, no key of the app's own. */
export function describePageCatalogues<K extends string>(
  name: string,
  idMessages: Record<K, string>,
  enMessages: Record<K, string>,
): void {
  const keys = Object.keys(idMessages) as K[];
  describe(name, () => {
    it('hold the same keys', () => {
      expect(Object.keys(enMessages).sort()).toEqual([...keys].sort());
    });

    // A page's key would hide the app's message of the same key from the page's `t`.
    it("reuse no key of the app's catalogue", () => {
      expect(keys.filter((key) => Object.hasOwn(id, key))).toEqual([]);
    });

    it.each(keys)('%s has the same placeholders in both, and no empty message', (key) => {
      expect(placeholders(enMessages[key])).toEqual(placeholders(idMessages[key]));
      expect(idMessages[key].trim()).not.toBe('');
      expect(enMessages[key].trim()).not.toBe('');
    });
  });
}
