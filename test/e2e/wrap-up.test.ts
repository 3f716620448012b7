// The officer's wrap-up form in chromium, on the API serving the built web app (no LiveKit: the
// call itself is brought about and ended through the engine). The officer records the outcome
// and notes of the call, goes ready before the wrap-up ends, and can still correct them.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Session } from '@vp/contract';
import { acceptOffer, createTicket, endOfficerCall, getOfficerView } from '@vp/engine';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebApp, webDist } from '../../infra/scripts/web-build';
import { type ApiTestServer, officerIdentityOf, startApiTestServer } from '../support/api-test-server';
import { findAxeViolations } from '../support/axe';
import { launchPersonBrowser } from '../support/browser';
import { signInOnPage } from '../support/sign-in';
import { waitFor } from '../support/wait-for';

describe('the wrap-up form', () => {
  let api: ApiTestServer;
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    await buildWebApp({ logFile: join(mkdtempSync(join(tmpdir(), 'vp-wrap-up-')), 'web-build.log') });
    api = await startApiTestServer({ webDist });
    browser = await launchPersonBrowser();
    page = await browser.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  }, 30_000);

  const status = () => page.getByTestId('officer-status').getAttribute('data-status');
  const storedTicket = (ticketId: string) =>
    api.plaza.context.redis.hGetAll(api.plaza.context.keys.ticket(ticketId));

  it('records the outcome and notes, and corrects them after the officer went ready', async () => {
    const signedIn = await signInOnPage(page, { url: `${api.url}/officer`, username: 'dkc1' });
    const identity = officerIdentityOf((await signedIn.json()) as Session);
    await page.getByTestId('go-ready').click();
    await expect.poll(status).toBe('ready');

    // A citizen is served and the call ends.
    const { context } = api.plaza;
    const { ticket } = await createTicket(context, { ...api.service, name: 'Siti Rahmawati' });
    await waitFor(() => getOfficerView(context, identity), {
      until: (view) => view.status === 'offered',
      what: 'the offer',
    });
    await acceptOffer(context, { officer: identity, ticketId: ticket.id });
    await endOfficerCall(context, { officer: identity, ticketId: ticket.id });
    await expect.poll(status).toBe('wrap_up');

    const form = page.getByTestId('wrap-up-form');
    await expect.poll(() => form.locator('legend').first().textContent()).toContain(ticket.number);

    // Saving without an outcome names the field, and sends nothing.
    await page.getByTestId('wrap-up-save').click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('Pilih hasil layanan.');
    expect(await storedTicket(ticket.id)).not.toHaveProperty('outcome');
    expect(await findAxeViolations(page, '[data-testid="wrap-up"]')).toEqual([]);

    await page.getByLabel('Perlu tindak lanjut').check();
    await page.getByLabel('Catatan', { exact: true }).fill('Minta salinan KK');
    expect(await page.getByTestId('wrap-up-notes-count').textContent()).toBe('16 dari 2000 karakter');
    await page.getByTestId('wrap-up-save').click();
    await expect
      .poll(() => page.getByTestId('wrap-up-saved').textContent())
      .toBe('Catatan layanan tersimpan.');
    expect(await storedTicket(ticket.id)).toMatchObject({ outcome: 'follow_up', notes: 'Minta salinan KK' });

    // Notes typed when the wrap-up ends are kept, and can be saved afterwards.
    await page.getByLabel('Catatan', { exact: true }).fill('Minta salinan KK; dirujuk ke loket 3');
    await page.getByLabel('Dirujuk').check();
    await page.getByTestId('go-ready').click();
    await expect.poll(status).toBe('ready');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Catatan panggilan terakhir' }).count())
      .toBe(1);
    expect(await page.getByLabel('Catatan', { exact: true }).inputValue()).toBe(
      'Minta salinan KK; dirujuk ke loket 3',
    );
    await page.getByTestId('wrap-up-save').click();
    await expect
      .poll(() => page.getByTestId('wrap-up-saved').textContent())
      .toBe('Catatan layanan tersimpan.');
    expect(await storedTicket(ticket.id)).toMatchObject({
      outcome: 'referred',
      notes: 'Minta salinan KK; dirujuk ke loket 3',
    });
  });
});
