// Two real API processes of one plaza (one Redis, one key prefix), as two replicas behind a load
// balancer: ticket creation from one address is limited across both, because the counts live
// in Redis and not in either process.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalogue } from '@vp/contract';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ManagedChild, spawnChild } from '../../infra/scripts/child';
import { findFreePort } from '../../infra/scripts/free-port';
import { answersOk, waitUntilReady } from '../../infra/scripts/readiness';
import { repoRoot } from '../../infra/scripts/repo-root';
import { createRedisTestContext, type RedisTestContext } from '../support/redis-test-context';

const limit = { points: 3, seconds: 60 };

async function startApiProcess(options: { name: string; prefix: string; runDir: string }) {
  const port = await findFreePort();
  const child = spawnChild({
    name: options.name,
    command: process.execPath,
    args: ['--import', 'tsx', 'apps/api/src/main.ts'],
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      PORT: String(port),
      REDIS_URL: inject('redisUrl'),
      REDIS_PREFIX: options.prefix,
      LIVEKIT_URL: 'ws://127.0.0.1:9',
      LIVEKIT_API_KEY: 'test-key',
      LIVEKIT_API_SECRET: randomUUID() + randomUUID(),
      ALTCHA_HMAC_KEY: randomUUID() + randomUUID(),
      TICKET_PROOF: 'off',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_TICKETS_PER_ADDRESS: `${limit.points}/${limit.seconds}`,
    },
    logFile: join(options.runDir, `${options.name}.log`),
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady({
      child,
      what: `API process ${options.name}`,
      timeoutMs: 45_000,
      probe: () => answersOk(`${url}/api/health`),
    });
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { url, child };
}

describe('rate limits across two API processes', () => {
  let keyspace: RedisTestContext;
  let runDir: string;
  const processes: { url: string; child: ManagedChild }[] = [];

  beforeAll(async () => {
    keyspace = await createRedisTestContext();
    runDir = mkdtempSync(join(tmpdir(), 'vp-two-apis-'));
    const started = await Promise.all(
      ['api-1', 'api-2'].map((name) => startApiProcess({ name, prefix: keyspace.prefix, runDir })),
    );
    processes.push(...started);
  }, 90_000);

  afterAll(async () => {
    await Promise.all(processes.map((api) => api.child.stop()));
    await keyspace?.cleanup();
    if (runDir) rmSync(runDir, { recursive: true, force: true });
  });

  it('counts ticket creation from one address in both', async () => {
    const [one, two] = processes;
    if (!one || !two) throw new Error('two API processes expected');
    const catalogue = (await (await fetch(`${one.url}/api/catalogue`)).json()) as Catalogue;
    const tenant = catalogue.tenants[0];
    const body = JSON.stringify({
      tenantCode: tenant?.code,
      serviceId: tenant?.services[0]?.id,
      name: 'Siti',
    });
    const take = async (api: { url: string }) => {
      const response = await fetch(`${api.url}/api/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      return { status: response.status, retryAfter: response.headers.get('retry-after') };
    };

    const answers = [];
    for (const api of [one, two, one, two, one]) answers.push(await take(api));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 429, 429]);
    expect(Number(answers[3]?.retryAfter)).toBeGreaterThan(0);
    expect(Number(answers[3]?.retryAfter)).toBeLessThanOrEqual(limit.seconds);
  });
});
