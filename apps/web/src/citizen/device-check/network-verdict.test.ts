import { describe, expect, it } from 'vitest';
import {
  audioMinKbps,
  judgeNetwork,
  medianOf,
  storedVerdictOf,
  throughputKbps,
  throughputOfTransfers,
  videoMaxRttMs,
  videoMinKbps,
} from './network-verdict';

describe('judgeNetwork', () => {
  it.each([
    ['a good link', { rttMs: 40, downKbps: 5000, upKbps: 2000 }, 'video'],
    [
      'exactly the video floor',
      { rttMs: videoMaxRttMs - 1, downKbps: videoMinKbps, upKbps: videoMinKbps },
      'video',
    ],
    ['a slow uplink', { rttMs: 80, downKbps: 5000, upKbps: videoMinKbps - 1 }, 'audio_only'],
    ['a slow downlink', { rttMs: 80, downKbps: 150, upKbps: 2000 }, 'audio_only'],
    ['a long round trip', { rttMs: videoMaxRttMs, downKbps: 5000, upKbps: 5000 }, 'audio_only'],
    ['exactly the audio floor', { rttMs: 300, downKbps: audioMinKbps, upKbps: audioMinKbps }, 'audio_only'],
    ['below the audio floor', { rttMs: 300, downKbps: audioMinKbps - 1, upKbps: 1000 }, 'too_weak'],
    ['an upload that never finished', { rttMs: 100, downKbps: 1000, upKbps: null }, 'too_weak'],
    ['no answer at all', { rttMs: null, downKbps: null, upKbps: null }, 'offline'],
  ] as const)('%s → %s', (_case, measurement, finding) => {
    expect(judgeNetwork(measurement)).toBe(finding);
  });

  it('stores too weak as audio only, the rest as they are', () => {
    expect(storedVerdictOf('too_weak')).toBe('audio_only');
    expect(storedVerdictOf('video')).toBe('video');
    expect(storedVerdictOf('audio_only')).toBe('audio_only');
    expect(storedVerdictOf('offline')).toBe('offline');
  });
});

describe('throughputKbps', () => {
  it('takes one round trip off the time', () => {
    // 100 kB in 1.1 s with a 100 ms round trip: 800 kbit in 1 s.
    expect(throughputKbps({ bytes: 100_000, elapsedMs: 1100, rttMs: 100 })).toBe(800);
  });

  it('does not let a round trip longer than the transfer inflate it', () => {
    expect(throughputKbps({ bytes: 10_000, elapsedMs: 100, rttMs: 95 })).toBe(800);
  });

  it('never divides by zero', () => {
    expect(throughputKbps({ bytes: 1000, elapsedMs: 0, rttMs: 0 })).toBe(8000);
  });
});

describe('throughputOfTransfers', () => {
  it('adds up chunks, each less one round trip', () => {
    // 10 kB in 300 ms and 20 kB in 500 ms at a 100 ms round trip: 240 kbit in 600 ms.
    const transfers = [
      { bytes: 10_000, elapsedMs: 300 },
      { bytes: 20_000, elapsedMs: 500 },
    ];
    expect(throughputOfTransfers(transfers, 100)).toBe(400);
  });

  it('is the single transfer figure for one chunk', () => {
    expect(throughputOfTransfers([{ bytes: 100_000, elapsedMs: 1100 }], 100)).toBe(
      throughputKbps({ bytes: 100_000, elapsedMs: 1100, rttMs: 100 }),
    );
  });
});

describe('medianOf', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[30, 10, 20], 20],
    [[40, 10, 30, 20], 25],
  ])('%j → %s', (values, median) => {
    expect(medianOf(values)).toBe(median);
  });
});
