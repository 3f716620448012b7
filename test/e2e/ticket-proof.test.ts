// The whole plaza with its proof of work switched on, as `npm start` runs it, and a citizen in
// headless chromium: the form solves the challenge in the background (a Web Worker) and the
// citizen takes a ticket through the page; a script that skips the work is refused.
import type { ErrorBody } from '@vp/contract';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../infra/scripts/stack';
import { launchPersonBrowser } from '../support/browser';

describe('a citizen takes a ticket with the proof of work switched on', () => {
  let stack: Stack;
  let browser: BrowserContext;
  let citizen: Page;

  beforeAll(async () => {
    // No apiEnv: the proof is on by default, at its default difficulty.
    stack = await startStack({ buildWeb: true });
    browser = await launchPersonBrowser();
    citizen = await browser.newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 60_000);

  it('is on, and refuses a ticket without a proof', async () => {
    const health = (await (await fetch(`${stack.apiUrl}/api/health`)).json()) as { ticketProof: string };
    const response = await fetch(`${stack.apiUrl}/api/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantCode: 'DKC', serviceId: 'ktp-el', name: 'Skrip Otomatis' }),
    });
    const answer = (await response.json()) as ErrorBody;

    expect(health.ticketProof).toBe('on');
    expect(response.status).toBe(422);
    expect(answer.error).toMatchObject({ code: 'proof_rejected', field: 'proof' });
  });

  it('solves the challenge while the form is open and takes the ticket', { timeout: 90_000 }, async () => {
    const ticketRequests: Request[] = [];
    let challengeAnsweredAt = 0;
    citizen.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/tickets') {
        ticketRequests.push(request);
      }
    });
    citizen.on('response', (response) => {
      if (new URL(response.url()).pathname === '/api/tickets/challenge') challengeAnsweredAt = Date.now();
    });

    await citizen.goto(stack.apiUrl);
    await citizen.getByTestId('tenant-DKC').click();
    const workerStarted = citizen.waitForEvent('worker');
    await citizen.getByTestId('service-ktp-el').click();
    // The challenge is fetched and solved in a Web Worker as soon as the form shows, before the
    // citizen has typed anything; the worker closes once it has the solution.
    const worker = await workerStarted;
    const workerStartedAt = Date.now();
    await worker.waitForEvent('close', { timeout: 60_000 });
    const solvedMs = Date.now() - workerStartedAt;
    expect(challengeAnsweredAt).toBeGreaterThan(0);
    await citizen.getByTestId('name-input').fill('Siti Rahmawati');
    const clickedAt = Date.now();
    await citizen.getByTestId('take-ticket').click();
    await expect
      .poll(() => citizen.getByTestId('ticket-number').textContent(), { timeout: 60_000 })
      .toMatch(/^DKC-\d{3}$/);
    const numberShownAt = Date.now();

    expect(ticketRequests).toHaveLength(1);
    const body = ticketRequests[0]?.postDataJSON() as { proof?: string; name?: string };
    expect(body.name).toBe('Siti Rahmawati');
    expect(body.proof).toMatch(/^[A-Za-z0-9+/=]+$/);
    console.log(
      `proof of work solved in the background in ${solvedMs} ms; ` +
        `click to ticket number shown: ${numberShownAt - clickedAt} ms`,
    );
  });

  it('shows "Menyiapkan…" while the proof is not ready yet, then takes the ticket', {
    timeout: 90_000,
  }, async () => {
    // The challenge is held back until the citizen has pressed the button, so the proof cannot
    // be ready however fast this machine solves it.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const challenge = '**/api/tickets/challenge';
    await citizen.route(challenge, async (route) => {
      await held;
      await route.continue();
    });
    await citizen.goto(stack.apiUrl);
    await citizen.getByTestId('tenant-DKC').click();
    await citizen.getByTestId('service-ktp-el').click();
    await citizen.getByTestId('name-input').fill('Budi Santoso');
    await citizen.getByTestId('take-ticket').click();

    await expect.poll(() => citizen.getByTestId('take-ticket').textContent()).toBe('Menyiapkan…');
    release();
    await expect
      .poll(() => citizen.getByTestId('ticket-number').textContent(), { timeout: 60_000 })
      .toMatch(/^DKC-\d{3}$/);
    await citizen.unroute(challenge);
  });
});
