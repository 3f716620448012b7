import { describe, expect, it } from 'vitest';
import { decodeCallSignal, encodeCallSignal } from './call-signal';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('call signal', () => {
  it.each([
    { videoPaused: true, audioOnly: false },
    { videoPaused: false, audioOnly: true },
  ])('round-trips %o', (signal) => {
    expect(decodeCallSignal(encodeCallSignal(signal))).toEqual(signal);
  });

  it.each([
    ['not JSON', 'hello'],
    ['another version', '{"v":2,"videoPaused":true,"audioOnly":false}'],
    ['a field missing', '{"v":1,"videoPaused":true}'],
    ['a field of the wrong type', '{"v":1,"videoPaused":"yes","audioOnly":false}'],
    ['null', 'null'],
    ['too long', `{"v":1,"videoPaused":true,"audioOnly":false,"x":"${'a'.repeat(2000)}"}`],
  ])('ignores %s', (_what, text) => {
    expect(decodeCallSignal(bytes(text))).toBeNull();
  });
});
