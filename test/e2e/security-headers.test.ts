// The security headers as the API serves the built app, and the pages working under them in
// chromium: the citizen's tenant list and ticket, and the officer's sign-in, with no
// Content-Security-Policy violation reported by the browser.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebApp, webDist } from '../../infra/scripts/web-build';
import { type ApiTestServer, startApiTestServer } from '../support/api-test-server';
import { launchPersonBrowser } from '../support/browser';
import { signInOnPage } from '../support/sign-in';

/** Collects the page's CSP violations (the DOM event) and console errors that name the policy. */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      violations.push(`console: ${message.text()}`);
    }
  });
  void page.exposeFunction('vpReportViolation', (text: string) => violations.push(text));
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { vpReportViolation(text: string): void }).vpReportViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return violations;
}

describe('security headers on the served app', () => {
  let api: ApiTestServer;
  let browser: BrowserContext;
  let entryScript: string;

  beforeAll(async () => {
    await buildWebApp({ logFile: join(mkdtempSync(join(tmpdir(), 'vp-headers-')), 'web-build.log') });
    entryScript = readdirSync(join(webDist, 'assets')).find((name) => /^index-.+\.js$/.test(name)) ?? '';
    api = await startApiTestServer({ webDist, env: { TICKET_PROOF: 'on', TICKET_PROOF_MAX_NUMBER: '200' } });
    browser = await launchPersonBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it.each([
    { what: 'the page', path: '/', status: 200, camera: 'camera=(self)' },
    {
      what: 'a ticket page',
      path: '/ticket/3f0c2a9e-1d7b-4c55-9a51-6a1f0e2b7c44',
      status: 200,
      camera: 'camera=(self)',
    },
    { what: 'the console', path: '/officer', status: 200, camera: 'camera=(self)' },
    { what: 'an asset', path: '/assets/<entry>', status: 200, camera: 'camera=()' },
    { what: 'an API answer', path: '/api/catalogue', status: 200, camera: 'camera=()' },
    { what: 'an API 404', path: '/api/nowhere', status: 404, camera: 'camera=()' },
  ])('sends the security headers on $what', async ({ path, status, camera }) => {
    const response = await fetch(`${api.url}${path.replace('<entry>', entryScript)}`);
    expect(response.status).toBe(status);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain(`connect-src 'self' ${new URL(api.config.livekit.url).origin}`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toContain(camera);
    // Served over plain HTTP: no HSTS.
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('shows the tenant list and takes a ticket with no policy violation', { timeout: 90_000 }, async () => {
    const page = await browser.newPage();
    const violations = watchViolations(page);
    await page.goto(api.url);
    await page.getByTestId('tenant-DKC').waitFor();
    await page.getByTestId('tenant-DKC').click();
    await page.getByTestId('service-ktp-el').click();
    await page.getByTestId('name-input').fill('Siti Rahmawati');
    await page.getByTestId('take-ticket').click();
    await expect
      .poll(() => page.getByTestId('ticket-number').textContent(), { timeout: 30_000 })
      .toMatch(/^DKC-\d{3}$/);
    expect(violations).toEqual([]);
    // The watch does see a violation: an injected inline script is blocked and reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "ran"';
      document.body.append(script);
    });
    await expect.poll(() => violations.some((violation) => violation.startsWith('script-src'))).toBe(true);
    expect(violations.every((violation) => /script-src/.test(violation))).toBe(true);
    expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
    await page.close();
  });

  it('signs the officer in to the console with no policy violation', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    const violations = watchViolations(page);
    await signInOnPage(page, { url: `${api.url}/officer`, username: 'dkc1' });
    await page.getByTestId('go-ready').waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });
});
