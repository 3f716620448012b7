import { describe, expect, it } from 'vitest';
import { type CallToolsMessageKey, callToolsEn, callToolsId } from './call-tools-messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const keys = Object.keys(callToolsId) as CallToolsMessageKey[];

describe("the call tools' catalogues", () => {
  it('hold the same keys', () => {
    expect(Object.keys(callToolsEn).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s has the same placeholders in both, and no empty message', (key) => {
    expect(placeholders(callToolsEn[key])).toEqual(placeholders(callToolsId[key]));
    expect(callToolsId[key].trim()).not.toBe('');
    expect(callToolsEn[key].trim()).not.toBe('');
  });
});
