// An unknown username must cost what a wrong password costs, or sign-in answers list the accounts.
// Both are sent alternately over HTTP; the test asserts the same refusal and prints the medians
// (a timing is reported, never asserted: the machine is shared).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestServer, startApiTestServer } from '../../../../test/support/api-test-server';

const rounds = 15;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

describe('sign-in timing', () => {
  let api: ApiTestServer;

  beforeAll(async () => {
    api = await startApiTestServer();
  });

  afterAll(async () => {
    await api?.close();
  });

  const attempt = async (username: string, password: string) => {
    const started = performance.now();
    const response = await fetch(`${api.url}/api/session/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const body = await response.text();
    return { ms: performance.now() - started, status: response.status, body };
  };

  it('refuses an unknown user and a wrong password alike, at a like cost (medians printed)', async () => {
    const cases = {
      'unknown user': () => attempt('nobody-here', 'plaza-demo'),
      'wrong password': () => attempt('dkc1', 'not-the-password'),
    };
    // One of each first: warms the route, and the answers are compared byte for byte.
    const unknown = await cases['unknown user']();
    const wrong = await cases['wrong password']();
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toBe(wrong.body);
    expect(JSON.parse(unknown.body)).toEqual({
      error: { code: 'unauthenticated', message: 'Wrong username or password', field: 'password' },
    });

    const times: Record<keyof typeof cases, number[]> = { 'unknown user': [], 'wrong password': [] };
    for (let round = 0; round < rounds; round++) {
      // Alternating, so that load on the machine falls on both alike.
      for (const name of Object.keys(cases) as (keyof typeof cases)[]) {
        const { ms, status, body } = await cases[name]();
        expect(status).toBe(401);
        expect(body).toBe(wrong.body);
        times[name].push(ms);
      }
    }
    const unknownMs = median(times['unknown user']);
    const wrongMs = median(times['wrong password']);
    console.log(
      `sign-in refusal, median of ${rounds}: unknown user ${unknownMs.toFixed(1)} ms, ` +
        `wrong password ${wrongMs.toFixed(1)} ms (ratio ${(wrongMs / unknownMs).toFixed(2)})`,
    );
  }, 60_000);
});
