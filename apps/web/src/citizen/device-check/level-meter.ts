// The microphone meter's level from the analyser's samples: loudness in dBFS mapped onto 0–100,
// so that speech sits in the middle of the bar and silence at its start.

/** The quietest level the meter shows (dBFS); anything quieter reads 0. */
export const meterFloorDb = -60;

/** Level 0–100 of a block of time-domain samples (-1..1), from their RMS in dBFS. */
export function levelFromSamples(samples: ArrayLike<number>): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (let index = 0; index < samples.length; index++) {
    const sample = samples[index] ?? 0;
    sum += sample * sample;
  }
  const rms = Math.sqrt(sum / samples.length);
  if (rms === 0) return 0;
  const db = 20 * Math.log10(rms);
  const level = ((db - meterFloorDb) / -meterFloorDb) * 100;
  return Math.round(Math.min(100, Math.max(0, level)));
}

/**
 * The level shown next: up at once, down slowly (a peak meter's fall), so a syllable stays
 * visible; `fallPerStep` is how far it may drop per update.
 */
export function nextShownLevel(shown: number, measured: number, fallPerStep = 8): number {
  return measured >= shown ? measured : Math.max(measured, shown - fallPerStep);
}
