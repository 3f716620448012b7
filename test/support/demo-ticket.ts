// Tickets taken over the API for end-to-end tests, as a citizen's page takes them: the demo
// tenant's (DKC) KTP-el service, which the citizen's pages show as `service-ktp-el`.
import type { CreatedTicket } from '@vp/contract';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The demo service the end-to-end tests take tickets of. */
export const demoServiceId = 'ktp-el';

/** Asks for a demo ticket under `name`: the raw answer, for a test that expects a refusal. */
export function requestDemoTicket(options: { apiUrl: string; name: string }): Promise<Response> {
  return fetch(`${options.apiUrl}/api/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantCode: 'DKC', serviceId: demoServiceId, name: options.name }),
  });
}

/** Takes a demo ticket under `name`; throws unless it was created. */
export async function takeDemoTicket(options: { apiUrl: string; name: string }): Promise<CreatedTicket> {
  const response = await requestDemoTicket(options);
  if (response.status !== 201) throw new Error(`taking a ticket answered ${response.status}`);
  return (await response.json()) as CreatedTicket;
}

/**
 * Takes a demo ticket on a citizen's page as a citizen does (tenant, service, name, take) from the
 * page at `url`, and waits for the ticket's number to show.
 */
export async function takeDemoTicketOnPage(
  page: Page,
  options: { url: string; name: string },
): Promise<void> {
  await page.goto(options.url);
  await page.getByTestId('tenant-DKC').click();
  await page.getByTestId(`service-${demoServiceId}`).click();
  await page.getByTestId('name-input').fill(options.name);
  await page.getByTestId('take-ticket').click();
  await expect.poll(() => page.getByTestId('ticket-number').textContent()).toMatch(/^DKC-\d{3}$/);
}
