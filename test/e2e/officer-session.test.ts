// The officer console's session in chromium, on the API serving the built web app: the console's
// live stream opens with single-use stream tickets (the session id is in no URL), the sign-out
// button ends the session on the API, and a session an admin ends signs the console out with a
// notice, through its stream.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AccountSession, Session } from '@vp/contract';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebApp, webDist } from '../../infra/scripts/web-build';
import { type ApiTestServer, demoPassword, startApiTestServer } from '../support/api-test-server';
import { launchPersonBrowser } from '../support/browser';
import { signInOnPage } from '../support/sign-in';

describe('the officer console session', () => {
  let api: ApiTestServer;
  let browser: BrowserContext;
  let page: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    await buildWebApp({ logFile: join(mkdtempSync(join(tmpdir(), 'vp-officer-session-')), 'web-build.log') });
    api = await startApiTestServer({ webDist });
    browser = await launchPersonBrowser();
    page = await browser.newPage();
    page.on('request', (request) => requested.push(request.url()));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  }, 30_000);

  const signIn = async () => {
    const streamOpened = page.waitForRequest((request) => request.url().includes('/api/officers/me/events?'));
    const signedIn = await signInOnPage(page, { url: `${api.url}/officer`, username: 'dkc1' });
    const { sessionId } = (await signedIn.json()) as Session;
    await streamOpened;
    await expect.poll(() => page.getByTestId('officer-name').isVisible()).toBe(true);
    return sessionId;
  };
  const officerStatusWith = async (sessionId: string) =>
    (await fetch(`${api.url}/api/officers/me`, { headers: { authorization: `Bearer ${sessionId}` } })).status;

  it('opens its stream with a stream ticket, and signs out on the API with its button', async () => {
    const sessionId = await signIn();
    const streams = requested.filter((url) => url.includes('/api/officers/me/events?'));
    expect(streams.length).toBeGreaterThan(0);
    for (const url of streams) expect(new URL(url).searchParams.get('ticket')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(requested.some((url) => url.includes(sessionId))).toBe(false);
    expect(await officerStatusWith(sessionId)).toBe(200);

    await page.getByTestId('officer-logout').click();
    await expect.poll(() => page.getByTestId('login-username').isVisible()).toBe(true);
    expect(await officerStatusWith(sessionId)).toBe(401);
  });

  it('signs out, with a notice, when an admin ends the session', async () => {
    const sessionId = await signIn();
    const adminSignIn = await fetch(`${api.url}/api/session/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin1', password: demoPassword }),
    });
    const admin = (await adminSignIn.json()) as AccountSession;
    const ended = await fetch(`${api.url}/api/admin/accounts/dkc-1/sessions/end`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.sessionId}` },
    });
    expect(ended.status).toBe(200);
    // The console's stream closes; fetching a new stream ticket is refused: the console signs out.
    await expect.poll(() => page.getByTestId('login-username').isVisible(), { timeout: 10_000 }).toBe(true);
    await expect
      .poll(() => page.getByText(/Sesi Anda berakhir|Your session has ended/).isVisible())
      .toBe(true);
    expect(await officerStatusWith(sessionId)).toBe(401);
  });
});
