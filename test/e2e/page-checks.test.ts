// The citizen page and the officer console as people meet them on a phone, a weak link and a
// desk screen: the whole plaza (Redis, LiveKit, the API serving the built app) and two chromium
// browsers. The citizen reaches the API through a proxy that can silently stop carrying bytes,
// as mobile data does. Set VP_SHOTS_DIR to keep screenshots of the pages checked here.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type CreatedTicket, eventStreamHeartbeatMs, type TicketView } from '@vp/contract';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSilenceMs } from '../../apps/web/src/api/events';
import { type Stack, startStack } from '../../infra/scripts/stack';
import { findAxeViolations } from '../support/axe';
import { launchPersonBrowser } from '../support/browser';
import { demoServiceId, takeDemoTicket } from '../support/demo-ticket';
import { type FreezableProxy, startFreezableProxy } from '../support/freezable-proxy';
import { roomyRateLimits } from '../support/roomy-rate-limits';
import { signInOnPage } from '../support/sign-in';
import { sampleRemoteVideo, waitForRemoteFrame } from '../support/video';

const phone = { width: 360, height: 740 };
const phoneOnItsSide = { width: 740, height: 360 };
const deskScreen = { width: 1366, height: 768 };

const shotsDir = process.env.VP_SHOTS_DIR;

async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage });
}

/** The page's element box, in viewport coordinates, with the page scrolled to its top. */
async function boxAtTop(page: Page, testId: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await page.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`${testId} is not rendered`);
  return box;
}

/** Asserts that the element is wholly on screen without scrolling. */
async function expectOnScreen(page: Page, testId: string, viewport: { width: number; height: number }) {
  const box = await boxAtTop(page, testId);
  expect({ testId, top: box.y, left: box.x }).toEqual({
    testId,
    top: expect.toSatisfy((y: number) => y >= 0),
    left: expect.toSatisfy((x: number) => x >= 0),
  });
  expect({ testId, bottom: box.y + box.height, right: box.x + box.width }).toEqual({
    testId,
    bottom: expect.toSatisfy((bottom: number) => bottom <= viewport.height),
    right: expect.toSatisfy((right: number) => right <= viewport.width),
  });
  return box;
}

describe('the citizen page and the console on phones, weak links and desk screens', () => {
  let stack: Stack;
  let proxy: FreezableProxy;
  let citizenBrowser: BrowserContext;
  let officerBrowser: BrowserContext;
  let citizen: Page;
  let officer: Page;
  let ahead: CreatedTicket;

  const ticketStatus = async (ticketId: string, accessKey: string) => {
    const response = await fetch(`${stack.apiUrl}/api/tickets/${ticketId}`, {
      headers: { 'x-ticket-key': accessKey },
    });
    return ((await response.json()) as TicketView).status;
  };
  const citizenTicket = () => {
    const url = new URL(citizen.url());
    return { id: url.pathname.split('/').pop() ?? '', key: decodeURIComponent(url.hash.slice(1)) };
  };
  const connectionState = () => citizen.getByTestId('connection-state').getAttribute('data-state');
  const expectNoAxeViolations = async (page: Page, what: string) => {
    expect({ what, violations: await findAxeViolations(page) }).toEqual({ what, violations: [] });
  };

  beforeAll(async () => {
    // Takes tickets over HTTP too, without a proof of work (test/e2e/ticket-proof.test.ts has it on).
    stack = await startStack({ buildWeb: true, apiEnv: { TICKET_PROOF: 'off', ...roomyRateLimits } });
    proxy = await startFreezableProxy(Number(new URL(stack.apiUrl).port));
    [citizenBrowser, officerBrowser] = await Promise.all([launchPersonBrowser(), launchPersonBrowser()]);
    // The citizen's page counts the heartbeats its event streams receive.
    await citizenBrowser.addInitScript(() => {
      const counter = { heartbeats: 0 };
      Object.assign(window, { __streamCounter: counter });
      const Original = window.EventSource;
      window.EventSource = class extends Original {
        constructor(url: string | URL, init?: EventSourceInit) {
          super(url, init);
          this.addEventListener('heartbeat', () => {
            counter.heartbeats += 1;
          });
        }
      };
    });
    // Each side records its peer connections, so a test can stop its camera's frames on the wire.
    for (const browser of [citizenBrowser, officerBrowser]) {
      await browser.addInitScript(() => {
        const Original = window.RTCPeerConnection;
        const connections: RTCPeerConnection[] = [];
        Object.assign(window, { __peerConnections: connections });
        window.RTCPeerConnection = class extends Original {
          constructor(configuration?: RTCConfiguration) {
            super(configuration);
            connections.push(this);
          }
        };
      });
    }
    await citizenBrowser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: proxy.url });
    citizen = await citizenBrowser.newPage();
    officer = await officerBrowser.newPage();
    await citizen.setViewportSize(phone);
    await officer.setViewportSize(deskScreen);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([citizenBrowser?.close(), officerBrowser?.close()]);
    await proxy?.close();
    await stack?.stop();
  }, 60_000);

  it('passes axe on the way to a ticket, and announces the ticket number once taken', async () => {
    // Someone is ahead in the line, so the citizen's position can move later.
    ahead = await takeDemoTicket({ apiUrl: stack.apiUrl, name: 'Warga Depan' });
    await citizen.goto(proxy.url);
    await citizen.getByTestId('tenant-DKC').waitFor();
    await expectNoAxeViolations(citizen, 'home');
    // The language buttons are thumb-sized targets.
    for (const lang of ['id', 'en']) {
      expect((await citizen.getByTestId(`lang-${lang}`).boundingBox())?.height).toBeGreaterThanOrEqual(44);
    }

    await citizen.getByTestId('tenant-DKC').click();
    await citizen.getByTestId(`service-${demoServiceId}`).waitFor();
    await expectNoAxeViolations(citizen, 'services and their requirements');

    await citizen.getByTestId(`service-${demoServiceId}`).click();
    await citizen.getByTestId('name-input').fill('Siti Rahmawati');
    await expectNoAxeViolations(citizen, 'ticket form');

    await citizen.getByTestId('take-ticket').click();
    await expect.poll(() => citizen.getByTestId('ticket-number').textContent()).toMatch(/^DKC-\d{3}$/);
    // A screen reader announces the number: focus is on its heading, not left on <body>.
    await expect
      .poll(() => citizen.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('ticket-number');
    await expect.poll(connectionState).toBe('open');
    await expectNoAxeViolations(citizen, 'waiting page');
  });

  it('shows the ticket link, which copies as the way back to the ticket', async () => {
    const { id, key } = citizenTicket();
    const expected = `${proxy.url}/ticket/${id}#${encodeURIComponent(key)}`;
    expect(await citizen.getByTestId('ticket-link-url').inputValue()).toBe(expected);
    expect(citizen.url()).toBe(expected);
    await expect.poll(() => citizen.getByTestId('ticket-link').textContent()).toContain('perangkat mana pun');

    await citizen.getByTestId('copy-ticket-link').click();
    await expect.poll(() => citizen.getByTestId('ticket-link-result').textContent()).toBe('Tautan disalin.');
    expect(await citizen.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    // Sharing is offered only where the browser can share.
    const canShare = await citizen.evaluate(() => typeof navigator.share === 'function');
    expect(await citizen.getByTestId('share-ticket-link').count()).toBe(canShare ? 1 : 0);

    await citizen.evaluate(() => window.scrollTo(0, 0));
    await screenshot(citizen, 'waiting-phone-360x740');
    await screenshot(citizen, 'waiting-phone-full-page', true);
  });

  it('notices a silently dead event stream within two heartbeats, and reconnects', {
    timeout: 60_000,
  }, async () => {
    expect(await connectionState()).toBe('open');
    expect(await citizen.getByTestId('ticket-position').getAttribute('data-position')).toBe('2');
    // The heartbeat reaches the page's script (an SSE comment would not). Freezing right after
    // one makes the time to notice the silence known: two more were due, plus the margin.
    const heartbeats = () =>
      citizen.evaluate(
        () => (window as unknown as { __streamCounter: { heartbeats: number } }).__streamCounter.heartbeats,
      );
    const seen = await heartbeats();
    await expect
      .poll(heartbeats, { timeout: eventStreamHeartbeatMs + 2_000, interval: 20 })
      .toBeGreaterThan(seen);
    proxy.freeze();
    const frozenAt = Date.now();
    // The line moves while the citizen's link is dead; the page cannot know yet.
    const cancelled = await fetch(`${stack.apiUrl}/api/tickets/${ahead.ticket.id}/cancel`, {
      method: 'POST',
      headers: { 'x-ticket-key': ahead.accessKey },
    });
    expect(cancelled.status).toBe(200);

    await citizen
      .locator('[data-testid="connection-state"][data-state="reconnecting"]')
      .waitFor({ timeout: defaultSilenceMs + 5_000 });
    const noticedAfterMs = Date.now() - frozenAt;
    console.log(
      `dead stream noticed after ${noticedAfterMs} ms (heartbeat every ${eventStreamHeartbeatMs} ms)`,
    );
    // One missed heartbeat is no alarm; two (and the margin) are, and are not left for long.
    expect(noticedAfterMs).toBeGreaterThan(eventStreamHeartbeatMs + 1_000);
    expect(noticedAfterMs).toBeLessThan(defaultSilenceMs + 3_000);
    expect(await citizen.getByTestId('connection-state').textContent()).toBe(
      'Koneksi terputus, menyambung ulang…',
    );

    proxy.unfreeze();
    await expect.poll(connectionState, { timeout: 15_000 }).toBe('open');
    // The new stream brought the line as it is now.
    await expect
      .poll(() => citizen.getByTestId('ticket-position').getAttribute('data-position'), { timeout: 5_000 })
      .toBe('1');
  });

  it('says offline as soon as the browser is offline, and live again once back', {
    timeout: 30_000,
  }, async () => {
    await citizenBrowser.setOffline(true);
    await expect.poll(connectionState, { timeout: 2_000 }).toBe('offline');
    expect(await citizen.getByTestId('connection-state').textContent()).toContain(
      'Tidak ada koneksi internet',
    );
    await screenshot(citizen, 'waiting-phone-offline');
    await citizenBrowser.setOffline(false);
    await expect.poll(connectionState, { timeout: 10_000 }).toBe('open');
  });

  it('asks before cancelling a ticket', async () => {
    const { id, key } = citizenTicket();
    await citizen.getByTestId('cancel-ticket').click();
    await citizen.getByTestId('cancel-ticket-confirm').waitFor();
    // The safe answer has focus; "keep" and Escape both leave the ticket as it was.
    expect(await citizen.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'cancel-ticket-keep',
    );
    await citizen.getByTestId('cancel-ticket-keep').click();
    await citizen.getByTestId('cancel-ticket').waitFor();
    expect(await citizen.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'cancel-ticket',
    );
    await citizen.getByTestId('cancel-ticket').click();
    await citizen.getByTestId('cancel-ticket-confirm').waitFor();
    await expectNoAxeViolations(citizen, 'cancel confirmation');
    await screenshot(citizen, 'waiting-phone-cancel-confirm');
    await citizen.keyboard.press('Escape');
    await citizen.getByTestId('cancel-ticket').waitFor();
    expect(await ticketStatus(id, key)).toBe('waiting');

    // Confirmed on another ticket, in another tab: it is cancelled.
    const other = await takeDemoTicket({ apiUrl: stack.apiUrl, name: 'Warga Lain' });
    const tab = await citizenBrowser.newPage();
    await tab.setViewportSize(phone);
    await tab.goto(`${proxy.url}/ticket/${other.ticket.id}#${encodeURIComponent(other.accessKey)}`);
    await tab.getByTestId('cancel-ticket').click();
    await tab.getByTestId('cancel-ticket-yes').click();
    await expect.poll(() => tab.getByTestId('ticket-status').getAttribute('data-status')).toBe('cancelled');
    expect(await ticketStatus(other.ticket.id, other.accessKey)).toBe('cancelled');
    await tab.close();
  });

  it('fits the call to a phone upright and on its side, and to the console', {
    timeout: 90_000,
  }, async () => {
    await signInOnPage(officer, { url: `${stack.apiUrl}/officer`, username: 'dkc1' });
    await officer.getByTestId('go-ready').waitFor();
    await expectNoAxeViolations(officer, 'officer console');
    // Every word of the Indonesian console is Indonesian.
    expect(await officer.getByTestId('go-offline').textContent()).toBe('Tidak aktif');
    await officer.getByTestId('go-ready').click();
    await officer.getByTestId('accept-offer').click({ timeout: 15_000 });
    await waitForRemoteFrame(citizen);
    await waitForRemoteFrame(officer);
    await expectNoAxeViolations(officer, 'officer console in a call');
    await expectNoAxeViolations(citizen, 'citizen in a call');

    for (const [viewport, name] of [
      [phone, 'call-phone-portrait'],
      [phoneOnItsSide, 'call-phone-landscape'],
    ] as const) {
      await citizen.setViewportSize(viewport);
      await screenshot(citizen, name);
      await expectOnScreen(citizen, 'end-call', viewport);
      const video = await expectOnScreen(citizen, 'remote-video', viewport);
      // Most of the screen's height goes to the other side's face, not a thumbnail.
      expect(video.height).toBeGreaterThan(viewport.height * (viewport === phone ? 0.5 : 0.6));
      expect((await sampleRemoteVideo(citizen)).advancedBy).toBeGreaterThan(0.3);
    }
    await citizen.setViewportSize(phone);

    await expectOnScreen(officer, 'end-call', deskScreen);
    const officerVideo = await expectOnScreen(officer, 'remote-video', deskScreen);
    expect(officerVideo.y).toBeLessThan(200);
    expect(officerVideo.height).toBeGreaterThan(360);
    await screenshot(officer, 'call-console-1366x768');
  });

  it('tells each side when the other side’s video freezes', { timeout: 60_000 }, async () => {
    // The camera's frames stop on the wire; the call itself stays up, as on a stalling link.
    const stopSending = (page: Page) =>
      page.evaluate(async () => {
        const { __peerConnections: connections } = window as unknown as {
          __peerConnections: RTCPeerConnection[];
        };
        let stopped = 0;
        for (const connection of connections) {
          for (const sender of connection.getSenders()) {
            const track = sender.track;
            if (track?.kind !== 'video') continue;
            Object.assign(sender, { __heldTrack: track });
            await sender.replaceTrack(null);
            stopped += 1;
          }
        }
        return stopped;
      });
    const resumeSending = (page: Page) =>
      page.evaluate(async () => {
        const { __peerConnections: connections } = window as unknown as {
          __peerConnections: RTCPeerConnection[];
        };
        for (const connection of connections) {
          for (const sender of connection.getSenders()) {
            const held = (sender as unknown as { __heldTrack?: MediaStreamTrack }).__heldTrack;
            if (!held) continue;
            await sender.replaceTrack(held);
            Object.assign(sender, { __heldTrack: undefined });
          }
        }
      });

    for (const [sender, receiver] of [
      [officer, citizen],
      [citizen, officer],
    ] as const) {
      expect(await receiver.getByTestId('call-weak').count()).toBe(0);
      expect(await stopSending(sender)).toBeGreaterThan(0);
      const stoppedAt = Date.now();
      await receiver.getByTestId('call-weak').waitFor({ timeout: 8_000 });
      console.log(`frozen remote video noticed after ${Date.now() - stoppedAt} ms`);
      expect(await receiver.getByTestId('call-weak').textContent()).toContain('Koneksi lemah');
      if (receiver === citizen) await screenshot(citizen, 'call-phone-weak');
      await resumeSending(sender);
      await receiver.getByTestId('call-weak').waitFor({ state: 'detached', timeout: 20_000 });
    }
  });

  it('says the call is reconnecting while LiveKit reconnects', { timeout: 60_000 }, async () => {
    // Records every phase the citizen's call stage shows, however briefly.
    await citizen.evaluate(() => {
      const stage = document.querySelector('section.call');
      const phases: string[] = [stage?.getAttribute('data-phase') ?? 'none'];
      Object.assign(window, { __callPhases: phases });
      if (stage)
        new MutationObserver(() => phases.push(stage.getAttribute('data-phase') ?? 'none')).observe(stage, {
          attributes: true,
          attributeFilter: ['data-phase'],
        });
    });
    const phases = () =>
      citizen.evaluate(() => (window as unknown as { __callPhases: string[] }).__callPhases);
    await citizenBrowser.setOffline(true);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await citizenBrowser.setOffline(false);
    await expect.poll(phases, { timeout: 20_000 }).toContain('reconnecting');
    await expect.poll(async () => (await phases()).at(-1), { timeout: 30_000 }).toBe('connected');
    console.log(`citizen's call phases across the cut: ${(await phases()).join(' → ')}`);
    await waitForRemoteFrame(citizen);
    expect((await sampleRemoteVideo(citizen)).advancedBy).toBeGreaterThan(0.3);
  });

  it('asks before ending the call, then ends it', async () => {
    await citizen.setViewportSize(phone);
    const { id, key } = citizenTicket();
    await citizen.getByTestId('end-call').click();
    await citizen.getByTestId('end-call-confirm').waitFor();
    await expectOnScreen(citizen, 'end-call-yes', phone);
    await screenshot(citizen, 'call-phone-end-confirm');
    await citizen.getByTestId('end-call-keep').click();
    await citizen.getByTestId('end-call').waitFor();
    expect(await ticketStatus(id, key)).toBe('in_call');

    await citizen.getByTestId('end-call').click();
    await citizen.getByTestId('end-call-yes').click();
    await expect.poll(() => ticketStatus(id, key)).toBe('completed');
    await expect
      .poll(() => officer.getByTestId('officer-status').getAttribute('data-status'))
      .toBe('wrap_up');
  });
});
