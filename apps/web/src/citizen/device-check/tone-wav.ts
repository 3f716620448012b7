// The speaker test's sound, made in the browser instead of downloaded: a short two-note chime as
// a WAV file (16-bit mono PCM), played through an <audio> element, as the call's voice will be.

export interface ToneOptions {
  /** Samples per second. */
  sampleRate?: number;
  /** The notes (Hz), each played in turn. */
  notes?: readonly number[];
  /** How long each note lasts (s). */
  noteSeconds?: number;
}

/** The WAV bytes of the chime; each note fades in and out so it does not click. */
export function makeToneWav(options: ToneOptions = {}): Uint8Array<ArrayBuffer> {
  const sampleRate = options.sampleRate ?? 16_000;
  const notes = options.notes ?? [660, 880];
  const noteSeconds = options.noteSeconds ?? 0.35;
  const perNote = Math.round(sampleRate * noteSeconds);
  const sampleCount = perNote * notes.length;
  const dataBytes = sampleCount * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string) => {
    for (let index = 0; index < value.length; index++) view.setUint8(offset + index, value.charCodeAt(index));
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  text(36, 'data');
  view.setUint32(40, dataBytes, true);
  const fade = Math.round(sampleRate * 0.02);
  notes.forEach((frequency, note) => {
    for (let index = 0; index < perNote; index++) {
      const envelope = Math.min(1, index / fade, (perNote - 1 - index) / fade);
      const value = Math.sin((2 * Math.PI * frequency * index) / sampleRate) * envelope * 0.6;
      view.setInt16(44 + (note * perNote + index) * 2, Math.round(value * 32767), true);
    }
  });
  return bytes;
}
