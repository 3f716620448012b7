// The supervisor's page against the whole plaza (Redis, LiveKit, the API serving the built web
// app) in headless chromium: a supervisor watches DKC while a citizen takes a ticket and an officer
// serves it, then silently monitors a second call, seeing both sides while neither sees them.
// With SUPERVISOR_SHOTS=<dir> it also saves screenshots of the board and a drill-down there.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../infra/scripts/stack';
import { findAxeViolations } from '../support/axe';
import { launchPersonBrowser } from '../support/browser';
import { requestDemoTicket, takeDemoTicket, takeDemoTicketOnPage } from '../support/demo-ticket';
import { roomyRateLimits } from '../support/roomy-rate-limits';
import { signInOnPage } from '../support/sign-in';

const shotsDir = process.env.SUPERVISOR_SHOTS;

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  if (shotsDir === undefined || shotsDir === '') return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage });
}

/** A number the page shows in a `data-value` attribute. */
async function shownValue(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).first().getAttribute('data-value'));
}

/** Every monitored video's width and how far its clock moved over a second. */
function sampleMonitorVideos(page: Page): Promise<{ width: number; advancedBy: number }[]> {
  return page.evaluate(async () => {
    const videos = [...document.querySelectorAll<HTMLVideoElement>('[data-testid="monitor-video"]')];
    const starts = videos.map((video) => video.currentTime);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return videos.map((video, index) => ({
      width: video.videoWidth,
      advancedBy: video.currentTime - (starts[index] ?? 0),
    }));
  });
}

describe('a supervisor watching DKC', () => {
  let stack: Stack;
  let browsers: BrowserContext[] = [];
  let supervisor: Page;
  let citizen: Page;
  let officer: Page;

  beforeAll(async () => {
    stack = await startStack({ buildWeb: true, apiEnv: { TICKET_PROOF: 'off', ...roomyRateLimits } });
    browsers = await Promise.all([launchPersonBrowser(), launchPersonBrowser(), launchPersonBrowser()]);
    const [supervisorBrowser, citizenBrowser, officerBrowser] = browsers as [
      BrowserContext,
      BrowserContext,
      BrowserContext,
    ];
    supervisor = await supervisorBrowser.newPage();
    await supervisor.setViewportSize({ width: 1366, height: 768 });
    citizen = await citizenBrowser.newPage();
    officer = await officerBrowser.newPage();
  }, 240_000);

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
    await stack?.stop();
  }, 60_000);

  it('sees waiting go 1 → 0, the call come and go, and served go up', { timeout: 150_000 }, async () => {
    // The officer is signed in but away, so the citizen waits until the supervisor has seen it.
    await signInOnPage(officer, { url: `${stack.apiUrl}/officer`, username: 'dkc1' });
    await officer.getByTestId('go-away').click();
    await expect.poll(() => officer.getByTestId('officer-status').getAttribute('data-status')).toBe('away');

    await signInOnPage(supervisor, { url: `${stack.apiUrl}/supervisor`, username: 'spv1' });
    await supervisor.getByTestId('tile-DKC').waitFor();
    // spv1 supervises DKC and SAM, and sees nothing else.
    expect(await supervisor.locator('[data-testid^="tile-"][data-warning]').count()).toBe(2);
    await expect
      .poll(() => supervisor.getByTestId('connection-state').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('open');
    const tile = supervisor.getByTestId('tile-DKC');
    expect(await shownValue(supervisor, 'tile-waiting')).toBe(0);
    const servedBefore = Number(await tile.getByTestId('day-served').textContent());

    await takeDemoTicketOnPage(citizen, { url: stack.apiUrl, name: 'Siti Rahmawati' });

    // Pushed over the stream: no reload.
    await expect
      .poll(() => tile.getByTestId('tile-waiting').getAttribute('data-value'), { timeout: 5_000 })
      .toBe('1');
    await shoot(supervisor, 'board-1366x768-waiting');

    await officer.getByTestId('go-ready').click();
    await officer.getByTestId('accept-offer').click({ timeout: 15_000 });
    await expect
      .poll(() => tile.getByTestId('tile-waiting').getAttribute('data-value'), { timeout: 5_000 })
      .toBe('0');
    await expect
      .poll(() => tile.getByTestId('tile-calls').getAttribute('data-value'), { timeout: 5_000 })
      .toBe('1');
    expect(await findAxeViolations(supervisor)).toEqual([]);
    await shoot(supervisor, 'board-1366x768-in-call');

    await citizen.getByTestId('end-call').click();
    await citizen.getByTestId('end-call-yes').click();
    await expect
      .poll(() => tile.getByTestId('tile-calls').getAttribute('data-value'), { timeout: 5_000 })
      .toBe('0');
    await expect
      .poll(async () => Number(await tile.getByTestId('day-served').textContent()), { timeout: 5_000 })
      .toBe(servedBefore + 1);
    await expect
      .poll(() => officer.getByTestId('officer-status').getAttribute('data-status'))
      .toBe('wrap_up');
  });

  it('silently monitors a call: both sides seen, neither sees a third', { timeout: 150_000 }, async () => {
    await officer.getByTestId('go-ready').click();
    await expect.poll(() => officer.getByTestId('officer-status').getAttribute('data-status')).toBe('ready');

    // The drill-down, reached from the board's tile.
    await supervisor.getByTestId('tile-DKC').getByRole('link').click();
    await supervisor.getByTestId('tenant-detail').waitFor();
    await supervisor.getByTestId('calls-empty').waitFor();

    const created = await takeDemoTicket({ apiUrl: stack.apiUrl, name: 'Budi Santoso' });
    await citizen.goto(`${stack.apiUrl}/ticket/${created.ticket.id}#${created.accessKey}`);
    await officer.getByTestId('accept-offer').click({ timeout: 15_000 });
    const number = created.ticket.number;
    await supervisor.getByTestId(`call-${number}`).waitFor({ timeout: 10_000 });
    // A second citizen waits meanwhile, so the drill-down shows a line.
    await takeDemoTicket({ apiUrl: stack.apiUrl, name: 'Dewi Lestari' });
    await supervisor.getByTestId('line-table').waitFor({ timeout: 10_000 });
    await shoot(supervisor, 'detail-1366x768-full', true);

    await supervisor.getByTestId(`monitor-${number}`).click();
    await expect
      .poll(() => supervisor.getByTestId('monitor-videos').getAttribute('data-count'), { timeout: 30_000 })
      .toBe('2');
    await supervisor.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLVideoElement>('[data-testid="monitor-video"]')].every(
          (video) => video.videoWidth > 0,
        ),
      undefined,
      { timeout: 30_000 },
    );
    // One video is the citizen's, the other the officer's, and each says so.
    expect(
      await supervisor
        .getByTestId('monitor-video')
        .evaluateAll((videos) => videos.map((video) => video.getAttribute('data-side'))),
    ).toEqual(['citizen', 'officer']);
    const samples = await sampleMonitorVideos(supervisor);
    expect(samples).toHaveLength(2);
    for (const sample of samples) {
      expect(sample.width).toBeGreaterThan(0);
      expect(sample.advancedBy).toBeGreaterThan(0.3);
    }

    // Each side still sees exactly one other participant: the supervisor is hidden.
    for (const page of [citizen, officer]) {
      await page.locator('section.call[data-phase="connected"]').waitFor({ timeout: 15_000 });
      expect(await page.locator('section.call').getAttribute('data-remote-participants')).toBe('1');
    }
    expect(await findAxeViolations(supervisor)).toEqual([]);
    await shoot(supervisor, 'detail-1366x768-monitoring');

    await supervisor.getByTestId('monitor-leave').click();
    await officer.getByTestId('end-call').click();
    await officer.getByTestId('end-call-yes').click();
    await supervisor.getByTestId('calls-empty').waitFor({ timeout: 10_000 });
    await shoot(supervisor, 'detail-1366x768');
  });

  it('pauses and resumes intake, and sets an officer away', { timeout: 60_000 }, async () => {
    // Still on DKC's drill-down; the officer wraps up the last call.
    await supervisor
      .getByTestId('intake-panel')
      .getByLabel(/Alasan/)
      .fill('Gangguan jaringan');
    await supervisor.getByTestId('pause-intake').click();
    await supervisor.getByTestId('pause-intake-yes').click();
    await supervisor.getByTestId('tile-DKC').getByTestId('tile-paused').waitFor({ timeout: 5_000 });
    await shoot(supervisor, 'detail-1366x768-paused');
    const refused = await requestDemoTicket({ apiUrl: stack.apiUrl, name: 'Rina Wati' });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('intake_paused');

    await supervisor.getByTestId('resume-intake').click();
    await supervisor
      .getByTestId('tile-DKC')
      .getByTestId('tile-paused')
      .waitFor({ state: 'detached', timeout: 5_000 });
    await takeDemoTicket({ apiUrl: stack.apiUrl, name: 'Rina Wati' });

    const row = supervisor.getByTestId('officer-dkc-1');
    await row.getByRole('button', { name: /Jadikan istirahat/ }).click();
    await expect.poll(() => officer.getByTestId('officer-status').getAttribute('data-status')).toBe('away');
    await expect.poll(() => row.getAttribute('data-status')).toBe('away');
  });

  it('keeps the board and a drill-down usable on a 360-wide phone', { timeout: 90_000 }, async () => {
    const phone = await browsers[0]?.newPage();
    if (!phone) throw new Error('no browser');
    await phone.setViewportSize({ width: 360, height: 740 });
    await signInOnPage(phone, { url: `${stack.apiUrl}/supervisor`, username: 'spv1' });
    await phone.getByTestId('tile-DKC').waitFor();
    // Nothing wider than the screen: no sideways scrolling of the page.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await findAxeViolations(phone)).toEqual([]);
    await shoot(phone, 'board-360x740');

    // The drill-down, with an officer in wrap-up (the longest status text): the officer serves the
    // ticket left waiting and ends the call before the citizen joins.
    await phone.goto(`${stack.apiUrl}/supervisor/tenants/DKC`);
    await phone.getByTestId('officer-table').waitFor();
    // The charts of a page opened now show the day so far: as many served as the day's figure
    // (the calls served earlier in this file, unless DKC's local midnight fell in between; a page
    // drawing only what it saw since it opened would show none).
    const servedToday = await phone.evaluate(async () => {
      const token = sessionStorage.getItem('vp.supervisor.session');
      const answer = await fetch('/api/supervisor/board', { headers: { authorization: `Bearer ${token}` } });
      const board = (await answer.json()) as { tenants: { tenantCode: string; today: { served: number } }[] };
      return board.tenants.find((tenant) => tenant.tenantCode === 'DKC')?.today.served;
    });
    expect(servedToday).toBeGreaterThanOrEqual(0);
    await expect
      .poll(async () => Number(await phone.getByTestId('chart-served').getAttribute('data-sum')))
      .toBe(servedToday);
    await officer.getByTestId('go-ready').click();
    await officer.getByTestId('accept-offer').click({ timeout: 15_000 });
    await officer.getByTestId('end-call').click({ timeout: 15_000 });
    await officer.getByTestId('end-call-yes').click();
    await expect
      .poll(() => phone.getByTestId('officer-dkc-1').getAttribute('data-status'), { timeout: 5_000 })
      .toBe('wrap_up');
    // No table runs past the screen, in the page or inside its own box, and every button is on it.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const cutOff = await phone
      .getByTestId('tenant-detail')
      .locator('table')
      .evaluateAll((tables) =>
        tables.map((table) => table.scrollWidth - (table.parentElement?.clientWidth ?? 0)),
      );
    expect(cutOff.length).toBeGreaterThan(0);
    expect(Math.max(...cutOff)).toBeLessThanOrEqual(0);
    const buttonEdges = await phone
      .getByTestId('officer-table')
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().right));
    expect(buttonEdges.length).toBeGreaterThan(0);
    expect(Math.max(...buttonEdges)).toBeLessThanOrEqual(360);
    expect(await findAxeViolations(phone)).toEqual([]);
    await shoot(phone, 'detail-360x740', true);
    await phone.close();
  });
});
