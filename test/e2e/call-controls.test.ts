// The call's controls, in the whole plaza (its own Redis, LiveKit and API serving the built web
// app) with two people in headless chromium on fake devices: what one side does with its
// microphone, camera, audio-only mode and screen is seen on the other side, switching the camera
// keeps the call going, and a citizen who drops is shown to the officer, who after the grace is
// asked to wait or end, while the ticket stays in the call.

import { mkdirSync } from 'node:fs';
import type { TicketView } from '@vp/contract';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../infra/scripts/stack';
import { launchPersonBrowser } from '../support/browser';
import { takeDemoTicket } from '../support/demo-ticket';
import { roomyRateLimits } from '../support/roomy-rate-limits';
import { signInOnPage } from '../support/sign-in';
import { sampleRemoteVideo, waitForRemoteFrame } from '../support/video';

/** Screenshots for a person to look at. */
const shots = process.env.CALL_SHOTS ?? '/tmp/shots/call';

/** Records every RTCPeerConnection the page makes, so the test can read what it receives. */
function recordPeerConnections() {
  const Original = window.RTCPeerConnection;
  const connections: RTCPeerConnection[] = [];
  (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections = connections;
  window.RTCPeerConnection = class extends Original {
    constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
      super(...args);
      connections.push(this);
    }
  };
}

/** Bytes of video the page has received so far, over all its peer connections. */
function receivedVideoBytes(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const connections =
      (window as unknown as { __peerConnections?: RTCPeerConnection[] }).__peerConnections ?? [];
    let bytes = 0;
    for (const connection of connections) {
      if (connection.connectionState === 'closed') continue;
      const report = await connection.getStats();
      report.forEach((entry: { type: string; kind?: string; bytesReceived?: number }) => {
        if (entry.type === 'inbound-rtp' && entry.kind === 'video') bytes += entry.bytesReceived ?? 0;
      });
    }
    return bytes;
  });
}

/** Polls generously: a loaded machine takes seconds to carry a change from one page to the other. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

const callAttribute = (page: Page, name: string) => page.locator('section.call').getAttribute(name);

describe('the controls of a call, seen from both sides', () => {
  let stack: Stack;
  let citizenBrowser: BrowserContext;
  let officerBrowser: BrowserContext;
  let citizen: Page;
  let officer: Page;
  let ticket: { id: string; key: string; number: string };

  const readTicket = async (): Promise<TicketView> => {
    const response = await fetch(`${stack.apiUrl}/api/tickets/${ticket.id}`, {
      headers: { 'x-ticket-key': ticket.key },
    });
    return (await response.json()) as TicketView;
  };

  /** The remote camera video plays on `page`: it has a size and its clock moves. */
  const expectRemoteVideoMoves = async (page: Page) => {
    await expect
      .poll(
        async () => {
          const sample = await sampleRemoteVideo(page);
          return sample.width > 0 && sample.advancedBy > 0.3;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
  };

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    stack = await startStack({ buildWeb: true, apiEnv: { TICKET_PROOF: 'off', ...roomyRateLimits } });
    [citizenBrowser, officerBrowser] = await Promise.all([launchPersonBrowser(), launchPersonBrowser()]);
    await citizenBrowser.addInitScript(recordPeerConnections);
    citizen = await citizenBrowser.newPage();
    officer = await officerBrowser.newPage();
    await citizen.setViewportSize({ width: 360, height: 740 });
    await officer.setViewportSize({ width: 1366, height: 768 });

    await signInOnPage(officer, { url: `${stack.apiUrl}/officer`, username: 'dkc1' });
    const created = await takeDemoTicket({ apiUrl: stack.apiUrl, name: 'Budi Santoso' });
    ticket = { id: created.ticket.id, key: created.accessKey, number: created.ticket.number };
    await citizen.goto(`${stack.apiUrl}/ticket/${ticket.id}#${ticket.key}`);
    await officer.getByTestId('go-ready').click();
    await officer.getByTestId('accept-offer').click({ timeout: 15_000 });
    await Promise.all([waitForRemoteFrame(citizen), waitForRemoteFrame(officer)]);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([citizenBrowser?.close(), officerBrowser?.close()]);
    await stack?.stop();
  }, 60_000);

  it('names the other side, runs a clock and rates both links', { timeout: 60_000 }, async () => {
    // The officer is told the ticket number (never the name); the citizen the officer's name.
    await poll(() => officer.getByTestId('call-peer').textContent()).toContain(ticket.number);
    await poll(() => citizen.getByTestId('call-peer').textContent()).toContain('Sri Wahyuni');
    for (const page of [citizen, officer]) {
      expect(await callAttribute(page, 'data-remote-present')).toBe('true');
      expect(await callAttribute(page, 'data-video-paused')).toBe('false');
      expect(await callAttribute(page, 'data-audio-only')).toBe('false');
      const first = await page.getByTestId('call-timer').textContent();
      expect(first).toMatch(/^(Lama panggilan|Call duration)? ?\d+:\d\d$/);
      await expect
        .poll(() => page.getByTestId('call-timer').textContent(), { timeout: 5_000 })
        .not.toBe(first);
      for (const side of ['local', 'remote']) {
        await expect
          .poll(() => page.getByTestId(`call-quality-${side}`).getAttribute('data-quality'), {
            timeout: 20_000,
          })
          .toMatch(/^(excellent|good)$/);
      }
    }
    await citizen.screenshot({ path: `${shots}/citizen-call-360.png` });
    await officer.screenshot({ path: `${shots}/officer-call-1366.png` });
  });

  it('shows mute and unmute on the other side', { timeout: 60_000 }, async () => {
    const mute = citizen.getByTestId('call-mute');
    expect(await mute.getAttribute('aria-pressed')).toBe('false');
    await mute.click();
    await poll(() => mute.getAttribute('aria-pressed')).toBe('true');
    await poll(() => callAttribute(officer, 'data-remote-mic')).toBe('off');
    await officer.getByTestId('call-remote-muted').waitFor();
    await mute.click();
    await poll(() => callAttribute(officer, 'data-remote-mic')).toBe('on');
    await officer.getByTestId('call-remote-muted').waitFor({ state: 'detached' });
    // And the other way round.
    await officer.getByTestId('call-mute').click();
    await poll(() => callAttribute(citizen, 'data-remote-mic')).toBe('off');
    await officer.getByTestId('call-mute').click();
    await poll(() => callAttribute(citizen, 'data-remote-mic')).toBe('on');
  });

  it('shows the camera off and on again on the other side', { timeout: 60_000 }, async () => {
    const camera = citizen.getByTestId('call-camera');
    await camera.click();
    await poll(() => camera.getAttribute('aria-pressed')).toBe('true');
    await poll(() => callAttribute(citizen, 'data-camera')).toBe('off');
    await poll(() => callAttribute(officer, 'data-remote-camera')).toBe('off');
    await poll(() => officer.getByTestId('call-no-picture').getAttribute('data-message')).toBe(
      'call.remoteCameraOff',
    );
    await camera.click();
    await poll(() => callAttribute(officer, 'data-remote-camera')).toBe('on');
    await officer.getByTestId('call-no-picture').waitFor({ state: 'detached' });
    await expectRemoteVideoMoves(officer);
  });

  it('keeps the call going when the camera is switched', { timeout: 60_000 }, async () => {
    await citizen.getByTestId('call-switch-camera').click();
    await citizen.waitForTimeout(1_500);
    expect(await callAttribute(citizen, 'data-phase')).toBe('connected');
    expect(await callAttribute(citizen, 'data-camera')).toBe('on');
    await expectRemoteVideoMoves(officer);
    await expectRemoteVideoMoves(citizen);
  });

  it('receives no video in audio-only mode and says so on both sides', { timeout: 90_000 }, async () => {
    await citizen.getByTestId('call-audio-only').click();
    await poll(() => callAttribute(citizen, 'data-audio-only')).toBe('true');
    await poll(() => citizen.getByTestId('call-no-picture').getAttribute('data-message')).toBe(
      'call.audioOnlyNotice',
    );
    // The officer sees the citizen's camera go and why.
    await poll(() => callAttribute(officer, 'data-remote-camera')).toBe('off');
    await poll(() => officer.getByTestId('call-no-picture').getAttribute('data-message')).toBe(
      'call.remoteAudioOnly',
    );
    // No video reaches the citizen any more: the received bytes stand still.
    await citizen.waitForTimeout(1_500);
    const before = await receivedVideoBytes(citizen);
    await citizen.waitForTimeout(3_000);
    expect(await receivedVideoBytes(citizen)).toBe(before);
    expect(
      await citizen.evaluate(
        () => document.querySelector<HTMLVideoElement>('[data-testid="remote-video"]')?.srcObject ?? null,
      ),
    ).toBeNull();
    await citizen.screenshot({ path: `${shots}/citizen-audio-only-360.png` });

    await citizen.getByTestId('call-audio-only').click();
    await poll(() => callAttribute(citizen, 'data-audio-only')).toBe('false');
    await expectRemoteVideoMoves(citizen);
    await expectRemoteVideoMoves(officer);
    const resumed = await receivedVideoBytes(citizen);
    await citizen.waitForTimeout(1_000);
    expect(await receivedVideoBytes(citizen)).toBeGreaterThan(resumed);
  });

  it("shows the officer's shared screen large, with the officer's camera small", {
    timeout: 60_000,
  }, async () => {
    await officer.getByTestId('call-share-screen').click();
    await poll(() => officer.getByTestId('call-share-screen').getAttribute('aria-pressed')).toBe('true');
    await poll(() => callAttribute(citizen, 'data-remote-screen')).toBe('true');
    await citizen.waitForFunction(
      () => (document.querySelector<HTMLVideoElement>('[data-testid="remote-screen"]')?.videoWidth ?? 0) > 0,
      undefined,
      { timeout: 20_000 },
    );
    const screenBox = await citizen.getByTestId('remote-screen').boundingBox();
    const cameraBox = await citizen.getByTestId('remote-video').boundingBox();
    if (!screenBox || !cameraBox) throw new Error('the shared screen or the camera is not shown');
    expect(screenBox.width * screenBox.height).toBeGreaterThan(4 * cameraBox.width * cameraBox.height);
    await expectRemoteVideoMoves(citizen);
    await citizen.screenshot({ path: `${shots}/citizen-screen-share-360.png` });
    await officer.screenshot({ path: `${shots}/officer-screen-share-1366.png` });

    await officer.getByTestId('call-share-screen').click();
    await poll(() => callAttribute(citizen, 'data-remote-screen')).toBe('false');
    expect(await citizen.getByTestId('remote-screen').isVisible()).toBe(false);
  });

  it('tells the officer the citizen dropped, keeps the ticket, and asks after the grace', {
    timeout: 120_000,
  }, async () => {
    const closedAt = Date.now();
    await citizen.close();
    await officer.getByTestId('call-remote-dropped').waitFor({ timeout: 15_000 });
    expect(await callAttribute(officer, 'data-remote-present')).toBe('false');
    expect(await officer.getByTestId('call-drop-choice').count()).toBe(0);
    await officer.screenshot({ path: `${shots}/officer-dropped-1366.png` });
    expect((await readTicket()).status).toBe('in_call');

    await officer.getByTestId('call-drop-choice').waitFor({ timeout: 25_000 });
    expect(Date.now() - closedAt).toBeGreaterThanOrEqual(15_000);
    expect((await readTicket()).status).toBe('in_call');
    await officer.screenshot({ path: `${shots}/officer-drop-choice-1366.png` });

    // The officer waits; the citizen comes back through their link and the call goes on.
    await officer.getByTestId('call-drop-wait').click();
    await officer.getByTestId('call-drop-choice').waitFor({ state: 'detached' });
    citizen = await citizenBrowser.newPage();
    await citizen.setViewportSize({ width: 360, height: 740 });
    await citizen.goto(`${stack.apiUrl}/ticket/${ticket.id}#${ticket.key}`);
    await officer.getByTestId('call-remote-dropped').waitFor({ state: 'detached', timeout: 20_000 });
    expect(await callAttribute(officer, 'data-remote-present')).toBe('true');
    await Promise.all([waitForRemoteFrame(citizen), waitForRemoteFrame(officer)]);
    expect((await readTicket()).status).toBe('in_call');

    // The citizen's side of a drop: the officer's tab leaves the console, the citizen is told.
    await officer.goto('about:blank');
    await citizen.getByTestId('call-remote-dropped').waitFor({ timeout: 15_000 });
    await citizen.screenshot({ path: `${shots}/citizen-dropped-360.png` });
    // The other order of audio-only: chosen while the other side is away, it holds when they join
    // (told on their arrival; their camera, published after, is not received).
    await citizen.getByTestId('call-audio-only').click();
    await poll(() => callAttribute(citizen, 'data-audio-only')).toBe('true');
    // The officer's console (its session kept by the tab) comes back into the same call.
    await officer.goto(`${stack.apiUrl}/officer`);
    await citizen.getByTestId('call-remote-dropped').waitFor({ state: 'detached', timeout: 20_000 });
    await poll(() => officer.getByTestId('call-no-picture').getAttribute('data-message')).toBe(
      'call.remoteAudioOnly',
    );
    await poll(() => callAttribute(citizen, 'data-remote-camera')).toBe('on');
    await citizen.waitForTimeout(1_500);
    const before = await receivedVideoBytes(citizen);
    await citizen.waitForTimeout(3_000);
    expect(await receivedVideoBytes(citizen)).toBe(before);
    await citizen.getByTestId('call-audio-only').click();
    await Promise.all([waitForRemoteFrame(citizen), waitForRemoteFrame(officer)]);
    await expectRemoteVideoMoves(citizen);

    await officer.getByTestId('end-call').click();
    await officer.getByTestId('end-call-yes').click();
    await poll(async () => (await readTicket()).status).toBe('completed');
  });
});
