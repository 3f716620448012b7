// The waiting citizen's device and network check in headless chromium with two fake cameras and
// a fake (beeping) microphone, against the whole plaza: camera preview playing, the microphone
// meter moving, the speaker test, a camera picked, the network verdict (good loopback, then an
// emulated weak link and no link), choices kept over a reload, every track stopped when the check
// closes (also when it closes before the camera answered), and the LiveKit client never fetched.
// Screenshots at 360x740 go to VP_SHOTS_DIR when set.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../infra/scripts/stack';
import { webDist } from '../../infra/scripts/web-build';
import { findAxeViolations } from '../support/axe';
import { launchPersonBrowser } from '../support/browser';
import { takeDemoTicket, takeDemoTicketOnPage } from '../support/demo-ticket';
import { roomyRateLimits } from '../support/roomy-rate-limits';

const phone = { width: 360, height: 740 };
const shotsDir = process.env.VP_SHOTS_DIR;

async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage });
}

/** What the page records of its media: every stream getUserMedia gave, and a way to delay or deny. */
interface MediaProbe {
  streams: MediaStream[];
  delayMs: number;
  deny: boolean;
}

describe("the waiting citizen's device and network check", () => {
  let stack: Stack;
  let browser: BrowserContext;
  let citizen: Page;
  let cdp: CDPSession;
  const requested: string[] = [];

  const verdict = () => citizen.getByTestId('network-verdict');
  const finding = () => verdict().getAttribute('data-finding');
  /** Tracks still live among all the page ever opened. */
  const liveTracks = () =>
    citizen.evaluate(() =>
      (window as unknown as { __media: MediaProbe }).__media.streams
        .flatMap((stream) => stream.getTracks())
        .filter((track) => track.readyState === 'live')
        .map((track) => track.kind),
    );
  const meterSamples = (count: number) =>
    citizen.evaluate(async (times) => {
      const values: number[] = [];
      for (let index = 0; index < times; index++) {
        values.push(
          Number(document.querySelector('[data-testid="mic-meter"]')?.getAttribute('aria-valuenow')),
        );
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return values;
    }, count);
  const expectNoAxeViolations = async (what: string) => {
    expect({ what, violations: await findAxeViolations(citizen) }).toEqual({ what, violations: [] });
  };
  const setMedia = (change: Partial<MediaProbe>) =>
    citizen.evaluate(
      (values) => Object.assign((window as unknown as { __media: MediaProbe }).__media, values),
      change,
    );

  beforeAll(async () => {
    stack = await startStack({ buildWeb: true, apiEnv: { TICKET_PROOF: 'off', ...roomyRateLimits } });
    browser = await launchPersonBrowser({ fakeCameras: 2 });
    // Records every stream the page is given; can hold the answer back or refuse it, as a slow
    // permission prompt or a "Block" would.
    await browser.addInitScript(() => {
      const probe = { streams: [] as MediaStream[], delayMs: 0, deny: false };
      Object.assign(window, { __media: probe });
      const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      navigator.mediaDevices.getUserMedia = async (constraints) => {
        if (probe.deny) throw new DOMException('Permission denied', 'NotAllowedError');
        const stream = await original(constraints);
        probe.streams.push(stream);
        if (probe.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, probe.delayMs));
        return stream;
      };
    });
    citizen = await browser.newPage();
    await citizen.setViewportSize(phone);
    citizen.on('request', (request) => requested.push(new URL(request.url()).pathname));
    cdp = await browser.newCDPSession(citizen);
    // Three people ahead: the citizen waits at place 4, where the call library is not preloaded
    // (usePreloadCall fetches it from place 3), so any fetch of it would be the check's.
    for (const name of ['Warga Satu', 'Warga Dua', 'Warga Tiga']) {
      await takeDemoTicket({ apiUrl: stack.apiUrl, name });
    }
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 60_000);

  it('checks the network by itself once the waiting page is idle, and says video', {
    timeout: 60_000,
  }, async () => {
    await takeDemoTicketOnPage(citizen, { url: stack.apiUrl, name: 'Siti Rahmawati' });

    await expect.poll(finding, { timeout: 30_000 }).toBe('video');
    expect(await verdict().textContent()).toContain('Sambungan Anda cukup untuk video');
    expect(await verdict().getAttribute('role')).toBe('status');
    // Pings, one download and one upload, each through the probe route.
    const probes = requested.filter((path) => path.endsWith('/network-probe'));
    expect(probes.length).toBeGreaterThanOrEqual(4);
    await citizen.getByTestId('device-check').scrollIntoViewIfNeeded();
    await screenshot(citizen, 'device-check-network-video');
    await expectNoAxeViolations('waiting page with the device check');
  });

  it('shows the camera playing, the meter moving, plays the test sound', { timeout: 60_000 }, async () => {
    await citizen.getByTestId('device-check-open').click();
    expect(await citizen.getByTestId('device-check-open').getAttribute('aria-expanded')).toBe('true');
    await citizen.waitForFunction(() => {
      const video = document.querySelector<HTMLVideoElement>('[data-testid="camera-preview"]');
      return video !== null && video.videoWidth > 0;
    });
    const advancedBy = await citizen.evaluate(async () => {
      const video = document.querySelector<HTMLVideoElement>('[data-testid="camera-preview"]');
      const start = video?.currentTime ?? 0;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return (video?.currentTime ?? 0) - start;
    });
    expect(advancedBy).toBeGreaterThan(0.5);

    // The fake microphone beeps: the meter rises with each beep and falls between them.
    const levels = await meterSamples(30);
    expect(Math.max(...levels)).toBeGreaterThan(30);
    expect(new Set(levels).size).toBeGreaterThan(3);
    expect(await citizen.getByTestId('mic-meter').getAttribute('role')).toBe('meter');

    await citizen.getByTestId('camera-preview').scrollIntoViewIfNeeded();
    await screenshot(citizen, 'device-check-open');
    await expectNoAxeViolations('device check open');

    await citizen.getByTestId('speaker-play').click();
    await citizen.getByTestId('speaker-yes').waitFor({ timeout: 10_000 });
    const played = await citizen.evaluate(() => {
      const audio = document.querySelector<HTMLAudioElement>('[data-testid="speaker-audio"]');
      return { ended: audio?.ended, duration: audio?.duration };
    });
    expect(played.ended).toBe(true);
    expect(played.duration).toBeGreaterThan(0.5);
    expect(await citizen.getByText('Apakah Anda mendengar bunyi?').count()).toBe(1);
    await citizen.getByTestId('speaker-yes').scrollIntoViewIfNeeded();
    await screenshot(citizen, 'device-check-speaker-question');
    await citizen.getByTestId('speaker-no').click();
    expect(await citizen.getByTestId('speaker-result').textContent()).toContain('Naikkan volume');
  });

  it('switches to the other camera and remembers it', { timeout: 60_000 }, async () => {
    const choice = citizen.getByTestId('camera-choice');
    const options = await choice
      .locator('option')
      .evaluateAll((items) => items.map((item) => (item as HTMLOptionElement).value));
    expect(options).toHaveLength(2);
    const before = await choice.inputValue();
    const other = options.find((value) => value !== before) ?? '';
    await choice.selectOption(other);
    await expect
      .poll(() =>
        citizen.evaluate(() => {
          const video = document.querySelector<HTMLVideoElement>('[data-testid="camera-preview"]');
          const track = (video?.srcObject as MediaStream | null)?.getVideoTracks()[0];
          return track?.readyState === 'live' ? track.getSettings().deviceId : null;
        }),
      )
      .toBe(other);
    expect(await choice.inputValue()).toBe(other);
    // The old camera was let go: one live video track, and the microphone.
    expect((await liveTracks()).sort()).toEqual(['audio', 'video']);
    const stored = await citizen.evaluate(() =>
      JSON.parse(localStorage.getItem('vp.call.preferences') ?? '{}'),
    );
    expect(stored.cameraId).toBe(other);
  });

  it('says audio only on a weak link and offline without one', { timeout: 90_000 }, async () => {
    // 120 kbit/s each way and 300 ms of latency: too little for video, enough for a voice.
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 300,
      downloadThroughput: 120_000 / 8,
      uploadThroughput: 120_000 / 8,
    });
    await citizen.getByTestId('network-check-again').click();
    await expect.poll(() => verdict().getAttribute('data-phase')).toBe('running');
    await expect.poll(finding, { timeout: 60_000 }).toBe('audio_only');
    expect(await verdict().textContent()).toContain('Sambungan lemah: panggilan kemungkinan hanya suara');
    // The verdict decides audio only, as the citizen has not chosen it by hand.
    await expect.poll(() => citizen.getByTestId('audio-only-choice').isChecked()).toBe(true);
    await citizen.getByTestId('device-check').scrollIntoViewIfNeeded();
    await screenshot(citizen, 'device-check-network-audio-only');

    await cdp.send('Network.emulateNetworkConditions', {
      offline: true,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await citizen.getByTestId('network-check-again').click();
    await expect.poll(finding, { timeout: 20_000 }).toBe('offline');
    expect(await verdict().textContent()).toContain('tidak terhubung ke internet');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await cdp.send('Network.disable');
  });

  it('stops every track when closed', async () => {
    expect((await liveTracks()).length).toBe(2);
    await citizen.getByTestId('device-check-close').click();
    await expect.poll(liveTracks).toEqual([]);
    expect(await citizen.getByTestId('camera-preview').count()).toBe(0);
    // Focus goes back to the button that opens it.
    expect(await citizen.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'device-check-open',
    );
  });

  it('stops a camera that answers only after the check was closed', async () => {
    await setMedia({ delayMs: 1500 });
    const streamsBefore = await citizen.evaluate(
      () => (window as unknown as { __media: MediaProbe }).__media.streams.length,
    );
    await citizen.getByTestId('device-check-open').click();
    await citizen.getByTestId('device-check-close').click();
    // The camera answers after the close: its stream is stopped on arrival.
    await expect
      .poll(() =>
        citizen.evaluate(() => (window as unknown as { __media: MediaProbe }).__media.streams.length),
      )
      .toBeGreaterThan(streamsBefore);
    await citizen.waitForTimeout(1800);
    expect(await liveTracks()).toEqual([]);
    await setMedia({ delayMs: 0 });
  });

  it('keeps the choices over a reload, and never fetched the call library', { timeout: 60_000 }, async () => {
    const stored = await citizen.evaluate(() =>
      JSON.parse(localStorage.getItem('vp.call.preferences') ?? '{}'),
    );
    await citizen.reload();
    await citizen.getByTestId('device-check-open').click();
    await citizen.getByTestId('camera-preview').waitFor();
    await expect.poll(() => citizen.getByTestId('camera-choice').inputValue()).toBe(stored.cameraId);
    expect(await citizen.getByTestId('audio-only-choice').isChecked()).toBe(true);
    // The last verdict is kept and shown, not measured again at once.
    expect(await finding()).toBe('offline');

    // The citizen's own choice wins over the next verdict.
    await citizen.getByTestId('audio-only-choice').uncheck();
    await citizen.getByTestId('network-check-again').click();
    await expect.poll(finding, { timeout: 30_000 }).toBe('video');
    expect(await citizen.getByTestId('audio-only-choice').isChecked()).toBe(false);
    await citizen.getByTestId('device-check-close').click();
    await expect.poll(liveTracks).toEqual([]);

    const livekitChunk = readdirSync(join(webDist, 'assets')).find((file) =>
      /^livekit-client.*\.js$/.test(file),
    );
    expect(livekitChunk).toBeDefined();
    expect(requested.filter((path) => path.includes('livekit-client'))).toEqual([]);
    expect(requested.some((path) => /DeviceCheckSection-.*\.js$/.test(path))).toBe(true);
  });

  it('explains a refused permission in plain words', async () => {
    await setMedia({ deny: true });
    await citizen.getByTestId('device-check-open').click();
    const problem = citizen.getByTestId('device-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-problem')).toBe('denied');
    expect(await problem.textContent()).toContain('Chrome Android');
    expect(await problem.getAttribute('role')).toBe('alert');
    await problem.scrollIntoViewIfNeeded();
    await screenshot(citizen, 'device-check-denied');
    await expectNoAxeViolations('device check, permission refused');
    await setMedia({ deny: false });
    await problem.getByRole('button').click();
    await citizen.getByTestId('camera-preview').waitFor();
    await screenshot(citizen, 'device-check-full-page', true);
    // A citizen on a laptop sees the same check.
    await citizen.setViewportSize({ width: 1366, height: 768 });
    await citizen.getByTestId('camera-preview').scrollIntoViewIfNeeded();
    await screenshot(citizen, 'device-check-laptop-1366x768');
    await citizen.setViewportSize(phone);
  });

  it('stops the tracks when the ticket leaves the line', async () => {
    expect((await liveTracks()).length).toBe(2);
    const url = new URL(citizen.url());
    const ticketId = url.pathname.split('/').pop() ?? '';
    const key = decodeURIComponent(url.hash.slice(1));
    const cancelled = await fetch(`${stack.apiUrl}/api/tickets/${ticketId}/cancel`, {
      method: 'POST',
      headers: { 'x-ticket-key': key },
    });
    expect(cancelled.status).toBe(200);
    await expect.poll(() => citizen.getByTestId('device-check').count()).toBe(0);
    await expect.poll(liveTracks).toEqual([]);
  });
});
