// The API on a Redis of its own that is stopped, then restarted with a dataset it takes seconds to
// load (answering LOADING meanwhile): requests answer 503 with Retry-After, never a 500, and the
// API serves again once Redis is back, without being restarted.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CreatedTicket, ErrorBody, TicketStreamEvent } from '@vp/contract';
import { connectRedis } from '@vp/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, startRedis } from '../../../../infra/scripts/redis-server';
import { openEventStreamReader } from '../../../../test/support/event-stream-reader';
import { captureLogs } from '../../../../test/support/log-capture';
import { waitFor } from '../../../../test/support/wait-for';
import { readConfig } from '../config';
import { type ApiServer, startApiServer } from '../server';

/** Keys that make a restart load for seconds, each slowed down by `key-load-delay`. */
const fillerKeys = 30_000;
const slowLoad = ['--key-load-delay', '100', '--loading-process-events-interval-bytes', '1024'];

describe('while Redis is unavailable', () => {
  let dir: string;
  let redis: RedisServer;
  let api: ApiServer;
  const { logger, entries } = captureLogs();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vp-redis-outage-'));
    redis = await startRedis({ dir });
    const config = readConfig({
      REDIS_URL: redis.url,
      REDIS_PREFIX: `outage-${randomUUID()}`,
      LIVEKIT_URL: 'ws://127.0.0.1:9',
      LIVEKIT_API_KEY: 'test-key',
      LIVEKIT_API_SECRET: randomUUID() + randomUUID(),
      ALTCHA_HMAC_KEY: randomUUID() + randomUUID(),
      // Takes tickets over HTTP without solving a proof of work.
      TICKET_PROOF: 'off',
    });
    api = await startApiServer({ ...config, port: 0 }, { logger });
  });

  afterAll(async () => {
    await api?.close();
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const takeTicket = () => {
    const { tenants } = api.plaza.context.catalogue;
    const tenant = tenants.find((candidate) => candidate.serviceHours === undefined) ?? tenants[0];
    return fetch(`${api.url}/api/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantCode: tenant?.code, serviceId: tenant?.services[0]?.id, name: 'Ani' }),
      signal: AbortSignal.timeout(5000),
    });
  };

  /** Asserts the answer is the outage's 503, and returns it. */
  const expectOutage = async (response: Response) => {
    expect(response.status).toBe(503);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(10);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe('unavailable');
    expect(body.error.message).toMatch(/try again/i);
  };

  it('answers 503 with Retry-After, never 500, and serves again once Redis is back', async () => {
    const taken = await takeTicket();
    expect(taken.status).toBe(201);
    const { ticket, accessKey } = (await taken.json()) as CreatedTicket;
    const readTicket = () =>
      fetch(`${api.url}/api/tickets/${ticket.id}`, {
        headers: { 'x-ticket-key': accessKey },
        signal: AbortSignal.timeout(5000),
      });

    // The citizen's page is open; it closes while Redis is away.
    const page = await openEventStreamReader<TicketStreamEvent>(
      `${api.url}/api/tickets/${ticket.id}/events?key=${encodeURIComponent(accessKey)}`,
    );
    await page.next(() => true, 5000);

    // All that, and enough data for the restart to load for seconds, saved.
    const direct = await connectRedis({ url: redis.url, onError: () => {} });
    await direct.eval(`for i = 1, ${fillerKeys} do redis.call('SET', 'filler:' .. i, i) end`);
    await direct.sendCommand(['SAVE']);
    direct.destroy();

    // Stopped: nothing answers on the port while the API's client tries to reconnect.
    await redis.stop();
    await expectOutage(await readTicket());
    await expectOutage(await takeTicket());
    page.close();

    // Restarted on the same port and data: it answers LOADING until the dataset is in memory.
    let restarted = false;
    const restarting = startRedis({ port: redis.port, dir, args: slowLoad }).then((server) => {
      redis = server;
      restarted = true;
    });
    const statuses = new Set<number>();
    while (!restarted) {
      const response = await readTicket();
      statuses.add(response.status);
      if (response.status !== 200) await expectOutage(response);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await restarting;
    expect(statuses).toContain(503);
    expect(statuses).not.toContain(500);
    // The API's client reconnected while Redis was loading, and that too was an outage.
    const causes = entries.map((entry) => String((entry.fields?.error as Error | undefined)?.message));
    expect(causes.some((message) => message.startsWith('LOADING'))).toBe(true);

    await waitFor(async () => (await readTicket()).status, {
      until: (status) => status === 200,
      what: 'recovery',
    });
    expect((await takeTicket()).status).toBe(201);
    // The page that closed during the outage is uncounted once Redis is back: its grace starts.
    const { redis: client, keys } = api.plaza.context;
    const presence = async () => ({
      connections: await client.hGet(keys.ticket(ticket.id), 'connections'),
      graceSet: (await client.zScore(keys.deadlines, `grace:${ticket.id}`)) !== null,
    });
    await waitFor(presence, {
      until: (state) => state.connections === '0' && state.graceSet,
      what: 'the closed page uncounted',
    });
  }, 60_000);
});
