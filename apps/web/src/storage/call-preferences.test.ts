import { describe, expect, it } from 'vitest';
import { applyNetworkVerdict, type CallPreferences, parseCallPreferences } from './call-preferences';

describe('parseCallPreferences', () => {
  it('reads every field it knows', () => {
    const stored: CallPreferences = {
      cameraId: 'cam-2',
      facingMode: 'environment',
      microphoneId: 'mic-1',
      audioOnly: true,
      audioOnlyChosen: true,
      network: { verdict: 'audio_only', at: 1_700_000_000_000 },
    };
    expect(parseCallPreferences(JSON.stringify(stored))).toEqual(stored);
  });

  it.each([null, '', 'not json', '[]', 'null', '42', '"text"'])('treats %j as nothing stored', (raw) => {
    expect(parseCallPreferences(raw)).toEqual({});
  });

  it.each([
    ['a camera id that is not text', { cameraId: 7, microphoneId: 'mic' }, { microphoneId: 'mic' }],
    ['an overlong camera id', { cameraId: 'x'.repeat(513), audioOnly: false }, { audioOnly: false }],
    ['an unknown facing mode', { facingMode: 'left', cameraId: 'c' }, { cameraId: 'c' }],
    ['audio only as text', { audioOnly: 'yes', facingMode: 'user' }, { facingMode: 'user' }],
    ['chosen as a number', { audioOnlyChosen: 1, audioOnly: true }, { audioOnly: true }],
    ['an unknown verdict', { network: { verdict: 'great', at: 1 }, audioOnly: true }, { audioOnly: true }],
    ['a verdict without a time', { network: { verdict: 'video' }, cameraId: 'c' }, { cameraId: 'c' }],
    ['a network that is not an object', { network: 'video', cameraId: 'c' }, { cameraId: 'c' }],
  ])('drops %s and keeps the rest', (_case, stored, expected) => {
    expect(parseCallPreferences(JSON.stringify(stored))).toEqual(expected);
  });
});

describe('applyNetworkVerdict', () => {
  const at = 1_700_000_000_000;

  it.each([
    ['video', false],
    ['audio_only', true],
  ] as const)('a %s verdict sets audio only to %s while the citizen has not chosen', (verdict, audioOnly) => {
    expect(applyNetworkVerdict({ audioOnly: !audioOnly }, { verdict, at })).toEqual({
      network: { verdict, at },
      audioOnly,
    });
  });

  it('keeps what the citizen chose by hand, whatever the verdict', () => {
    for (const verdict of ['video', 'audio_only', 'offline'] as const) {
      expect(applyNetworkVerdict({ audioOnly: false, audioOnlyChosen: true }, { verdict, at })).toEqual({
        network: { verdict, at },
      });
    }
  });

  it('leaves audio only alone when offline', () => {
    expect(applyNetworkVerdict({ audioOnly: true }, { verdict: 'offline', at })).toEqual({
      network: { verdict: 'offline', at },
    });
  });
});
