import { describe, expect, it } from 'vitest';
import { levelFromSamples, meterFloorDb, nextShownLevel } from './level-meter';

const sine = (amplitude: number, length = 1024) =>
  Float32Array.from({ length }, (_, index) => amplitude * Math.sin((2 * Math.PI * index) / 32));

describe('levelFromSamples', () => {
  it('reads silence as 0', () => {
    expect(levelFromSamples(new Float32Array(1024))).toBe(0);
    expect(levelFromSamples([])).toBe(0);
  });

  it('reads a full-scale square wave as 100, and never more', () => {
    expect(levelFromSamples(Float32Array.from({ length: 512 }, (_, i) => (i % 2 ? 1 : -1)))).toBe(100);
    expect(levelFromSamples(Float32Array.from({ length: 512 }, () => 4))).toBe(100);
  });

  it('maps dBFS linearly between the floor and full scale', () => {
    // A sine of amplitude a has RMS a/√2: amplitude √2·10^(-30/20) is -30 dBFS, half way up.
    expect(levelFromSamples(sine(Math.SQRT2 * 10 ** (-30 / 20)))).toBe(50);
    expect(levelFromSamples(sine(Math.SQRT2 * 10 ** (meterFloorDb / 20) * 0.5))).toBe(0);
  });

  it('grows with loudness', () => {
    const levels = [0.001, 0.01, 0.1, 0.5].map((amplitude) => levelFromSamples(sine(amplitude)));
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    expect(new Set(levels).size).toBe(4);
  });
});

describe('nextShownLevel', () => {
  it('rises at once and falls slowly', () => {
    expect(nextShownLevel(10, 70)).toBe(70);
    expect(nextShownLevel(70, 0)).toBe(62);
    expect(nextShownLevel(70, 65)).toBe(65);
    expect(nextShownLevel(5, 0)).toBe(0);
  });
});
