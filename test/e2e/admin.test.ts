// The admin's page against the whole plaza (Redis, LiveKit, the API serving the built web app) in
// headless chromium: admin1 creates an officer whose temporary password then signs in on the
// console, changes a tenant's settings and a service's requirement (seen at once by the catalogue
// and the citizen's page, no restart), is told when another admin changed the tenant meanwhile, and
// reads all of it in the audit log; every section passes axe at 1366×768 and on a 360-wide phone.
// With ADMIN_SHOTS=<dir> it also saves screenshots of each section there.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AdminTenants, Catalogue } from '@vp/contract';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../infra/scripts/stack';
import { demoPassword } from '../support/api-test-server';
import { findAxeViolations } from '../support/axe';
import { launchPersonBrowser } from '../support/browser';
import { roomyRateLimits } from '../support/roomy-rate-limits';
import { signInOnPage } from '../support/sign-in';

const shotsDir = process.env.ADMIN_SHOTS;

async function shoot(page: Page, name: string): Promise<void> {
  if (shotsDir === undefined || shotsDir === '') return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true });
}

async function catalogueTenant(apiUrl: string, code: string) {
  const catalogue = (await (await fetch(`${apiUrl}/api/catalogue`)).json()) as Catalogue;
  const tenant = catalogue.tenants.find((item) => item.code === code);
  if (!tenant) throw new Error(`no tenant ${code} in the catalogue`);
  return tenant;
}

/** An admin session over the API, as a second admin elsewhere would have. */
async function signInOverApi(apiUrl: string, username: string): Promise<string> {
  const response = await fetch(`${apiUrl}/api/session/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { sessionId: string }).sessionId;
}

describe('an admin running the plaza', () => {
  let stack: Stack;
  let browsers: BrowserContext[] = [];
  let admin: Page;
  let officer: Page;
  let citizen: Page;
  const newOfficer = { username: 'dkc9', name: 'Ayu Lestari' };
  const requirement = {
    id: 'Fotokopi Kartu Keluarga terbaru (dilegalisir)',
    en: 'Latest copy of the family card (legalised)',
  };

  beforeAll(async () => {
    stack = await startStack({ buildWeb: true, apiEnv: { TICKET_PROOF: 'off', ...roomyRateLimits } });
    browsers = await Promise.all([launchPersonBrowser(), launchPersonBrowser()]);
    const [adminBrowser, otherBrowser] = browsers as [BrowserContext, BrowserContext];
    admin = await adminBrowser.newPage();
    await admin.setViewportSize({ width: 1366, height: 768 });
    officer = await otherBrowser.newPage();
    citizen = await otherBrowser.newPage();
  }, 240_000);

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
    await stack?.stop();
  }, 60_000);

  it('creates an officer for DKC, whose temporary password signs in on the console', {
    timeout: 90_000,
  }, async () => {
    await signInOnPage(admin, { url: `${stack.apiUrl}/admin`, username: 'admin1' });
    await admin.getByTestId('account-table').waitFor();
    expect(await admin.getByTestId('account-admin1').textContent()).toMatch(/Admin/);

    const create = admin.getByTestId('account-create');
    // Checked in the browser first: nothing is sent, each field says what is wrong.
    await create.getByTestId('account-username').fill('Not Valid');
    await create.getByTestId('account-create-submit').click();
    await expect.poll(() => create.locator('[aria-invalid="true"]').count()).toBe(2);
    expect(await create.locator('.field-error').allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Nama pengguna harus/),
        'Isi nama (paling banyak 80 karakter).',
      ]),
    );
    await shoot(admin, 'accounts-1366x768-errors');

    await create.getByTestId('account-username').fill(newOfficer.username);
    await create.getByTestId('account-name').fill(newOfficer.name);
    await create.getByRole('checkbox', { name: /DKC/ }).check();
    await create.getByTestId('account-create-submit').click();
    const password = await admin.getByTestId('temporary-password').inputValue();
    expect(password.length).toBeGreaterThanOrEqual(8);
    // Focus lands on the password's heading, so a screen reader says it at once.
    expect(await admin.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    const row = admin.getByTestId(`account-${newOfficer.username}`);
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Ayu Lestari.*dkc9.*Petugas.*DKC.*Aktif/);
    expect(await findAxeViolations(admin)).toEqual([]);
    await shoot(admin, 'accounts-1366x768-password');

    // The same username twice: the server refuses, next to the field.
    await create.getByTestId('account-username').fill(newOfficer.username);
    await create.getByTestId('account-name').fill('Someone Else');
    await create.getByRole('checkbox', { name: /SAM/ }).check();
    await create.getByTestId('account-create-submit').click();
    await create.getByTestId('admin-error').waitFor();
    expect(await create.getByTestId('admin-error').getAttribute('data-error-code')).toBe('conflict');
    expect(await create.locator('.field-error').first().textContent()).toMatch(/sudah dipakai/);

    await officer.goto(`${stack.apiUrl}/officer`);
    await officer.getByTestId('login-username').fill(newOfficer.username);
    await officer.getByTestId('login-password').fill(password);
    await officer.getByTestId('login-submit').click();
    await expect
      .poll(() => officer.getByTestId('officer-name').textContent(), { timeout: 10_000 })
      .toMatch(newOfficer.name);

    await admin.getByTestId('password-done').click();
    await admin.getByTestId(`manage-${newOfficer.username}`).click();
    await admin.getByTestId('account-editor').waitFor();
    expect(await findAxeViolations(admin)).toEqual([]);
    await shoot(admin, 'accounts-1366x768-manage');

    // Disabled (after a confirmation): the console open with it is signed out, and stays out.
    await admin.getByTestId('disable-account').click();
    await admin.getByTestId('disable-account-yes').click();
    await expect.poll(() => row.getAttribute('data-disabled')).toBe('true');
    expect(await admin.getByTestId('account-editor-status').textContent()).toMatch(/dinonaktifkan/);
    await officer.getByTestId('login-username').waitFor({ timeout: 15_000 });
    await officer.getByTestId('login-username').fill(newOfficer.username);
    await officer.getByTestId('login-password').fill(password);
    await officer.getByTestId('login-submit').click();
    await officer.getByRole('alert').waitFor();

    // Enabled again, then a new temporary password: the old one no longer works, the new one does.
    await admin.getByTestId('enable-account').click();
    await admin.getByTestId('enable-account-yes').click();
    await expect.poll(() => row.getAttribute('data-disabled')).toBe('false');
    await admin.getByTestId('reset-password').click();
    await admin.getByTestId('reset-password-yes').click();
    await expect.poll(() => admin.getByTestId('temporary-password').inputValue()).not.toBe(password);
    const newPassword = await admin.getByTestId('temporary-password').inputValue();
    await officer.getByTestId('login-password').fill(newPassword);
    await officer.getByTestId('login-submit').click();
    await expect
      .poll(() => officer.getByTestId('officer-name').textContent(), { timeout: 10_000 })
      .toMatch(newOfficer.name);
    await admin.getByTestId('password-done').click();
  });

  it("changes DKC's settings, at once in the catalogue; a stale save is told and reloaded", {
    timeout: 60_000,
  }, async () => {
    await admin.getByTestId('admin-nav-tenants').click();
    await admin.getByTestId('settings-form').waitFor();
    await admin.getByTestId('tenant-picker').selectOption('DKC');
    const before = await catalogueTenant(stack.apiUrl, 'DKC');
    // Service hours, looked at but not saved (a closed DKC would refuse the citizens of other tests).
    await admin.getByTestId('setting-hoursLimited').check();
    await admin.getByTestId('setting-days').waitFor();
    await shoot(admin, 'tenants-1366x768-hours');
    await admin.getByTestId('setting-hoursLimited').uncheck();

    // Wrong in the browser: no request, the field says so, nothing changes.
    await admin.getByTestId('setting-offerTimeout').fill('0');
    await admin.getByTestId('settings-save').click();
    await expect
      .poll(() => admin.getByTestId('setting-offerTimeout').getAttribute('aria-invalid'))
      .toBe('true');
    expect(await admin.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'setting-offerTimeout',
    );
    expect((await catalogueTenant(stack.apiUrl, 'DKC')).offerTimeoutSeconds).toBe(before.offerTimeoutSeconds);

    await admin.getByTestId('setting-offerTimeout').fill('45');
    await admin.getByTestId('setting-dailyQuota').fill('123');
    await admin.getByTestId('settings-save').click();
    await expect.poll(() => admin.getByTestId('settings-status').textContent()).toMatch(/tersimpan/);
    const after = await catalogueTenant(stack.apiUrl, 'DKC');
    expect(after.offerTimeoutSeconds).toBe(45);
    expect(after.dailyQuota).toBe(123);
    expect(await findAxeViolations(admin)).toEqual([]);
    await shoot(admin, 'tenants-1366x768');

    // Another admin changes DKC meanwhile; this page's save names the old version.
    const other = await signInOverApi(stack.apiUrl, 'admin1');
    const headers = { authorization: `Bearer ${other}`, 'content-type': 'application/json' };
    const current = (await (
      await fetch(`${stack.apiUrl}/api/admin/tenants`, { headers })
    ).json()) as AdminTenants;
    const { code: _code, timeZone: _zone, services: _services, ...settings } = after;
    const changed = await fetch(`${stack.apiUrl}/api/admin/tenants/DKC/settings`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({
        expectedVersion: current.version,
        settings: { ...settings, wrapUpSeconds: 75 },
      }),
    });
    expect(changed.status).toBe(200);
    await admin.getByTestId('setting-dailyQuota').fill('99');
    await admin.getByTestId('settings-save').click();
    await admin.getByTestId('settings-conflict').waitFor();
    // Reloaded: the other admin's change shows, this one was not made.
    await expect.poll(() => admin.getByTestId('setting-wrapUp').inputValue()).toBe('75');
    expect(await admin.getByTestId('setting-dailyQuota').inputValue()).toBe('123');
    expect((await catalogueTenant(stack.apiUrl, 'DKC')).dailyQuota).toBe(123);
  });

  it("edits a service's requirement; the citizen's page shows it", { timeout: 60_000 }, async () => {
    await admin.getByTestId('admin-nav-services').click();
    await admin.getByTestId('services-form').waitFor();
    await admin.getByTestId('tenant-picker').selectOption('DKC');
    const service = admin.getByTestId('service-ktp-el');
    await service.getByTestId('requirement-1-id').fill(requirement.id);
    await service.getByTestId('requirement-1-en').fill(requirement.en);
    await admin.getByTestId('services-save').click();
    await expect.poll(() => admin.getByTestId('services-status').textContent()).toMatch(/tersimpan/);
    expect(await findAxeViolations(admin)).toEqual([]);
    await shoot(admin, 'services-1366x768');

    const ktp = (await catalogueTenant(stack.apiUrl, 'DKC')).services.find((item) => item.id === 'ktp-el');
    expect(ktp?.requirements[0]).toEqual(requirement);
    await citizen.goto(stack.apiUrl);
    await citizen.getByTestId('tenant-DKC').click();
    const card = citizen.locator('.service-card', { has: citizen.getByTestId('service-ktp-el') });
    await expect.poll(() => card.textContent()).toContain(requirement.id);
  });

  it('reads those actions in the audit log, newest first', { timeout: 60_000 }, async () => {
    await admin.getByTestId('admin-nav-audit').click();
    await admin.getByTestId('audit-table').waitFor();
    const actions = await admin
      .getByTestId('audit-entry')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action')));
    // Enabling and disabling are entries of their own; the other admin's settings change is there too.
    const accountActions = ['account.password_reset', 'account.enable', 'account.disable', 'account.create'];
    expect(actions).toEqual(['tenant.services', 'tenant.settings', 'tenant.settings', ...accountActions]);
    const created = admin.locator('[data-testid="audit-entry"][data-action="account.create"]').first();
    expect(await created.textContent()).toMatch(/\(admin1\).*Membuat akun.*Ayu Lestari \(dkc9\)/);
    // DKC's entries tell DKC's own time, named by its zone.
    const zone = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' }[
      (await catalogueTenant(stack.apiUrl, 'DKC')).timeZone
    ];
    const services = admin.locator('[data-testid="audit-entry"][data-action="tenant.services"]').first();
    expect(await services.textContent()).toMatch(
      new RegExp(`\\d{2}\\.\\d{2}\\.\\d{2} ${zone}Bayu.*Mengubah layanan instansi.*DKC`),
    );

    await admin.getByTestId('audit-filter').selectOption('plaza');
    expect(
      await admin
        .getByTestId('audit-entry')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action'))),
    ).toEqual(accountActions);
    await admin.getByTestId('audit-filter').selectOption('all');
    expect(await findAxeViolations(admin)).toEqual([]);
    await shoot(admin, 'audit-1366x768');
  });

  it('is linked from the supervisor board, and back', { timeout: 30_000 }, async () => {
    await admin.goto(`${stack.apiUrl}/supervisor`);
    await admin.getByTestId('admin-link').click();
    await admin.getByTestId('account-table').waitFor();
    expect(new URL(admin.url()).pathname).toBe('/admin');
    await admin.getByRole('link', { name: 'Papan pengawas' }).click();
    await admin.getByTestId('board').waitFor();
  });

  it('keeps every section whole on a 360-wide phone', { timeout: 90_000 }, async () => {
    const phone = await browsers[0]?.newPage();
    if (!phone) throw new Error('no browser');
    await phone.setViewportSize({ width: 360, height: 740 });
    await signInOnPage(phone, { url: `${stack.apiUrl}/admin`, username: 'admin1' });
    for (const [path, ready] of [
      ['/admin', 'account-table'],
      ['/admin/tenants', 'settings-form'],
      ['/admin/services', 'services-form'],
      ['/admin/audit', 'audit-table'],
    ] as const) {
      await phone.goto(`${stack.apiUrl}${path}`);
      await phone.getByTestId(ready).waitFor();
      // Nothing wider than the screen: no sideways scrolling of the page.
      expect(await phone.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      expect(await findAxeViolations(phone), path).toEqual([]);
      await shoot(phone, `${path.slice(1).replace('/', '-')}-360x740`);
    }
    await phone.close();
  });
});
