import { describe, expect, it } from 'vitest';
import { type DeviceCheckMessageKey, deviceCheckEn, deviceCheckId } from './device-check-messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const keys = Object.keys(deviceCheckId) as DeviceCheckMessageKey[];

describe("the device check's catalogues", () => {
  it('hold the same keys', () => {
    expect(Object.keys(deviceCheckEn).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s has the same placeholders in both, and no empty message', (key) => {
    expect(placeholders(deviceCheckEn[key])).toEqual(placeholders(deviceCheckId[key]));
    expect(deviceCheckId[key].trim()).not.toBe('');
    expect(deviceCheckEn[key].trim()).not.toBe('');
  });
});
