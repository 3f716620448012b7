// Starts the API in-process against the test Redis under a fresh key prefix.
import { randomUUID } from 'node:crypto';
import { type Logger, silentLogger } from '@vp/engine';
import { inject } from 'vitest';
import { readConfig } from '../../apps/api/src/config';
import { type ApiServer, startApiServer } from '../../apps/api/src/server';
import { createRedisTestContext } from './redis-test-context';

export interface ApiTestServer extends ApiServer {
  prefix: string;
  /** A tenant and one of its services from the demo catalogue, for tickets to take. */
  service: { tenantCode: string; serviceId: string };
  /** Counts the plaza's keys and queued jobs, to show a refused request changed nothing. */
  countFootprint(): Promise<{ keys: number; queuedJobs: number }>;
}

/**
 * `webDist`: a built web app for the API to serve too (see infra/scripts/web-build.ts).
 * `logger`: to read what the API logs; silent by default.
 */
export async function startApiTestServer(
  options: { webDist?: string; logger?: Logger } = {},
): Promise<ApiTestServer> {
  const keyspace = await createRedisTestContext();
  const { prefix } = keyspace;
  const config = {
    ...readConfig({
      REDIS_URL: inject('redisUrl'),
      REDIS_PREFIX: prefix,
      // No call is started by these tests; the address only has to be well-formed.
      LIVEKIT_URL: 'ws://127.0.0.1:9',
      LIVEKIT_API_KEY: 'test-key',
      LIVEKIT_API_SECRET: randomUUID() + randomUUID(),
      SESSION_SECRET: randomUUID() + randomUUID(),
      WEB_DIST: options.webDist,
    }),
    port: 0,
  };
  const server = await startApiServer(config, { logger: options.logger ?? silentLogger });
  const { redis, catalogue } = server.plaza.context;
  const tenant = catalogue.tenants[0];
  if (!tenant?.services[0]) throw new Error('the demo catalogue has no tenant with a service');
  return {
    ...server,
    prefix,
    service: { tenantCode: tenant.code, serviceId: tenant.services[0].id },
    async countFootprint() {
      let keys = 0;
      for await (const batch of redis.scanIterator({ MATCH: `${prefix}:*`, COUNT: 500 })) {
        // Dispatch leases, BullMQ's queue bookkeeping and the process registry exist before
        // any ticket does.
        keys += batch.filter((key) => !/dispatch-lease|:queue:|:processes$/.test(key)).length;
      }
      const counts = await Promise.all(
        catalogue.tenants.map((tenant) => server.plaza.context.queues.queue(tenant.code).count()),
      );
      return { keys, queuedJobs: counts.reduce((sum, count) => sum + count, 0) };
    },
    async close() {
      await server.close();
      await keyspace.cleanup();
    },
  };
}
