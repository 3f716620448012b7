// Signing a demo account in through a console's sign-in form in chromium, as a person would.
import type { Page, Response } from 'playwright-core';
import { demoPassword } from './api-test-server';

/**
 * Opens `url` (an officer's or supervisor's console), signs `username` in with the demo password
 * and resolves with the API's answer to the form (`/api/officers/login` or `/api/session/sign-in`).
 */
export async function signInOnPage(
  page: Page,
  options: { url: string; username: string },
): Promise<Response> {
  await page.goto(options.url);
  await page.getByTestId('login-username').fill(options.username);
  await page.getByTestId('login-password').fill(demoPassword);
  const answered = page.waitForResponse((response) =>
    /\/api\/(officers\/login|session\/sign-in)$/.test(new URL(response.url()).pathname),
  );
  await page.getByTestId('login-submit').click();
  return answered;
}
