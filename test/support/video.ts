// Whether a page really plays a remote video: it has frames, and time moves on.
import type { Page } from 'playwright-core';

/** Resolves once the first remote frame is there; returns how long that took. */
export async function waitForRemoteFrame(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const video = document.querySelector<HTMLVideoElement>('[data-testid="remote-video"]');
      return video !== null && video.videoWidth > 0;
    },
    undefined,
    { timeout: timeoutMs, polling: 20 },
  );
}

/** The remote video's width and how far its clock moved over `overMs`. */
export async function sampleRemoteVideo(
  page: Page,
  overMs = 1000,
): Promise<{ width: number; advancedBy: number }> {
  return page.evaluate(async (ms) => {
    const video = document.querySelector<HTMLVideoElement>('[data-testid="remote-video"]');
    if (!video) return { width: 0, advancedBy: 0 };
    const start = video.currentTime;
    await new Promise((resolve) => setTimeout(resolve, ms));
    return { width: video.videoWidth, advancedBy: video.currentTime - start };
  }, overMs);
}
