// What a call page really receives, read inside the page: sound energy from the remote <audio>
// (WebAudio), the call's state attributes, and whether the remote video moves.
import type { Page } from 'playwright-core';

/**
 * The loudest RMS (0..1) of the remote audio over `overMs`, sampled every 20 ms through an
 * AnalyserNode on the call's <audio> element's stream. Chromium's fake microphone beeps about
 * once a second, so a window of 1.5 s always holds a beep when sound flows; silence reads ~0.
 */
export function remoteAudioEnergy(page: Page, overMs = 1500): Promise<number> {
  return page.evaluate(async (ms) => {
    const audio = document.querySelector<HTMLAudioElement>('section.call audio');
    const stream = audio?.srcObject;
    if (!(stream instanceof MediaStream) || stream.getAudioTracks().length === 0) return 0;
    const context = new AudioContext();
    await context.resume();
    const source = context.createMediaStreamSource(stream);
    const analyser = context.createAnalyser();
    analyser.fftSize = 2048;
    source.connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    let loudest = 0;
    const end = performance.now() + ms;
    while (performance.now() < end) {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const value of samples) sum += value * value;
      loudest = Math.max(loudest, Math.sqrt(sum / samples.length));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    source.disconnect();
    await context.close();
    return loudest;
  }, overMs);
}

/** The call section's state attributes (null where the page does not set one). */
export function callState(page: Page): Promise<{
  phase: string | null;
  videoPaused: string | null;
  remotePresent: string | null;
  weak: string | null;
}> {
  return page.evaluate(() => {
    const call = document.querySelector('section.call');
    return {
      phase: call?.getAttribute('data-phase') ?? null,
      videoPaused: call?.getAttribute('data-video-paused') ?? null,
      remotePresent: call?.getAttribute('data-remote-present') ?? null,
      weak: call?.getAttribute('data-weak') ?? null,
    };
  });
}

/** Whether the remote video is playing: it has a size and its clock moved by ≥ 0.3 s in 1 s. */
export function remoteVideoMoves(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const video = document.querySelector<HTMLVideoElement>('[data-testid="remote-video"]');
    if (!video || video.videoWidth === 0) return false;
    const start = video.currentTime;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return video.videoWidth > 0 && video.currentTime - start >= 0.3;
  });
}
