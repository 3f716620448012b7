import { describe, expect, it } from 'vitest';
import {
  type AdaptationTimings,
  createVideoAdaptation,
  type LinkSignals,
  linkTooWeakForVideo,
} from './video-adaptation';

const timings: AdaptationTimings = {
  pauseAfterMs: 4_000,
  resumeAfterMs: 6_000,
  maxResumeAfterMs: 24_000,
  stableAfterMs: 60_000,
  minVideoUplinkKbps: 160,
};

const good: LinkSignals = {
  localQuality: 'good',
  remoteQuality: 'excellent',
  remoteVideoStalled: false,
  uplinkKbps: 900,
};
const poor: LinkSignals = { ...good, localQuality: 'poor' };

/** Feeds `signals` once a second from `fromMs` to `toMs` inclusive; answers the last verdict. */
function run(
  adaptation: ReturnType<typeof createVideoAdaptation>,
  signals: LinkSignals,
  fromMs: number,
  toMs: number,
) {
  let paused = adaptation.paused;
  for (let at = fromMs; at <= toMs; at += 1_000) paused = adaptation.sample(signals, at);
  return paused;
}

describe('linkTooWeakForVideo', () => {
  it.each([
    ['all good', good, false],
    ['own link poor', { ...good, localQuality: 'poor' }, true],
    ['own link lost', { ...good, localQuality: 'lost' }, true],
    ["other side's link poor", { ...good, remoteQuality: 'poor' }, true],
    ['other side not rated', { ...good, remoteQuality: 'unknown' }, false],
    ['remote video stalled', { ...good, remoteVideoStalled: true }, true],
    ['uplink 150 kbit/s', { ...good, uplinkKbps: 150 }, true],
    ['uplink 160 kbit/s', { ...good, uplinkKbps: 160 }, false],
    ['uplink unknown', { ...good, uplinkKbps: null }, false],
  ] as [string, LinkSignals, boolean][])('%s → %s', (_what, signals, weak) => {
    expect(linkTooWeakForVideo(signals, 160)).toBe(weak);
  });
});

describe('createVideoAdaptation', () => {
  it('keeps video through a bad spell shorter than the pause delay', () => {
    const adaptation = createVideoAdaptation(timings);
    expect(run(adaptation, good, 0, 5_000)).toBe(false);
    expect(run(adaptation, poor, 6_000, 9_000)).toBe(false);
    expect(run(adaptation, good, 10_000, 12_000)).toBe(false);
    // The bad spell starts over: another 3 s is still not enough.
    expect(run(adaptation, poor, 13_000, 16_000)).toBe(false);
  });

  it('pauses after 4 s of a bad link and resumes after 6 s of a good one', () => {
    const adaptation = createVideoAdaptation(timings);
    expect(adaptation.sample(poor, 0)).toBe(false);
    expect(adaptation.sample(poor, 3_999)).toBe(false);
    expect(adaptation.sample(poor, 4_000)).toBe(true);
    expect(adaptation.sample(good, 5_000)).toBe(true);
    expect(adaptation.sample(good, 10_999)).toBe(true);
    expect(adaptation.sample(good, 11_000)).toBe(false);
  });

  it('does not resume while the link turns bad again within the wait', () => {
    const adaptation = createVideoAdaptation(timings);
    run(adaptation, poor, 0, 4_000);
    expect(run(adaptation, good, 5_000, 9_000)).toBe(true);
    expect(adaptation.sample(poor, 10_000)).toBe(true);
    // The good spell starts over after the bad sample.
    expect(run(adaptation, good, 11_000, 16_000)).toBe(true);
    expect(adaptation.sample(good, 17_000)).toBe(false);
  });

  it('lets a low uplink estimate pause video, but not hold it paused (audio alone keeps it low)', () => {
    const adaptation = createVideoAdaptation(timings);
    const narrow = { ...good, uplinkKbps: 120 };
    expect(run(adaptation, narrow, 0, 4_000)).toBe(true);
    expect(run(adaptation, narrow, 5_000, 11_000)).toBe(false);
  });

  it('waits twice as long after a pause soon after a resume, up to the cap, and forgets once stable', () => {
    const adaptation = createVideoAdaptation(timings);
    let now = 0;
    const pauseThenMeasureResume = () => {
      now = run(adaptation, poor, now, now + 4_000) ? now + 5_000 : Number.NaN;
      const start = now;
      while (adaptation.sample(good, now)) now += 1_000;
      const waited = now - start;
      now += 1_000;
      return waited;
    };
    expect(pauseThenMeasureResume()).toBe(6_000);
    expect(pauseThenMeasureResume()).toBe(12_000);
    expect(pauseThenMeasureResume()).toBe(24_000);
    expect(pauseThenMeasureResume()).toBe(24_000);
    // Video that runs a minute after coming back brings the short wait back.
    expect(run(adaptation, good, now, now + 60_000)).toBe(false);
    now += 61_000;
    expect(pauseThenMeasureResume()).toBe(6_000);
  });

  it('starts paused when told, and resumes by itself once the link proves good', () => {
    const adaptation = createVideoAdaptation(timings);
    adaptation.pauseNow();
    expect(adaptation.paused).toBe(true);
    expect(run(adaptation, poor, 0, 10_000)).toBe(true);
    expect(run(adaptation, good, 11_000, 16_000)).toBe(true);
    expect(adaptation.sample(good, 17_000)).toBe(false);
  });

  it('starts over after a reset', () => {
    const adaptation = createVideoAdaptation(timings);
    run(adaptation, poor, 0, 4_000);
    expect(adaptation.paused).toBe(true);
    adaptation.reset();
    expect(adaptation.paused).toBe(false);
    expect(adaptation.sample(poor, 5_000)).toBe(false);
    expect(adaptation.sample(poor, 9_000)).toBe(true);
  });
});
