import { describe, expect, it } from 'vitest';
import { makeToneWav } from './tone-wav';

const ascii = (bytes: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...bytes.subarray(from, from + length));

describe('makeToneWav', () => {
  it('writes a valid 16-bit mono PCM WAV of the notes asked for', () => {
    const wav = makeToneWav({ sampleRate: 8000, notes: [440, 660], noteSeconds: 0.25 });
    const view = new DataView(wav.buffer);
    expect(ascii(wav, 0, 4)).toBe('RIFF');
    expect(ascii(wav, 8, 4)).toBe('WAVE');
    expect(ascii(wav, 36, 4)).toBe('data');
    expect(view.getUint16(20, true)).toBe(1);
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(8000);
    expect(view.getUint16(34, true)).toBe(16);
    // Two notes of 2000 samples, two bytes each.
    expect(view.getUint32(40, true)).toBe(8000);
    expect(wav.length).toBe(44 + 8000);
    expect(view.getUint32(4, true)).toBe(wav.length - 8);
  });

  it('is audible in the middle and silent at its edges', () => {
    const wav = makeToneWav({ sampleRate: 8000 });
    const view = new DataView(wav.buffer);
    const samples = (wav.length - 44) / 2;
    const at = (index: number) => view.getInt16(44 + index * 2, true);
    expect(at(0)).toBe(0);
    expect(Math.abs(at(samples - 1))).toBeLessThan(100);
    let peak = 0;
    for (let index = 0; index < samples; index++) peak = Math.max(peak, Math.abs(at(index)));
    expect(peak).toBeGreaterThan(15_000);
  });
});
