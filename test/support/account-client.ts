// Signed-in calls to an API under test, as the admin page and the consoles make them.
import { expect } from 'vitest';
import { demoPassword } from './api-test-server';

function signInRequest(api: { url: string }, username: string, password: string): Promise<Response> {
  return fetch(`${api.url}/api/session/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
}

/** Signs an account in through `/api/session/sign-in`; the test fails unless that works. */
export async function signInAccount(
  api: { url: string },
  username: string,
  password: string = demoPassword,
): Promise<string> {
  const response = await signInRequest(api, username, password);
  expect(response.status, `sign-in of ${username}`).toBe(200);
  return ((await response.json()) as { sessionId: string }).sessionId;
}

/** A signed-in request to `/api<path>`, with a JSON body when one is given. */
export function callAs(
  api: { url: string },
  session: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  return fetch(`${api.url}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${session}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** A sign-in attempt's status, for tests that expect a refusal. */
export async function signInStatus(
  api: { url: string },
  username: string,
  password: string,
): Promise<number> {
  const response = await signInRequest(api, username, password);
  await response.body?.cancel();
  return response.status;
}
