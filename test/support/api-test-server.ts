// Starts the API in-process against the test Redis under a fresh key prefix.
import { randomUUID } from 'node:crypto';
import type { CreatedTicket, Session } from '@vp/contract';
import { type Clock, type Logger, type OfficerIdentity, silentLogger } from '@vp/engine';
import { expect, inject } from 'vitest';
import { type ApiConfig, readConfig } from '../../apps/api/src/config';
import { type ApiServer, startApiServer } from '../../apps/api/src/server';
import { createRedisTestContext } from './redis-test-context';
import { roomyRateLimits } from './roomy-rate-limits';

export interface ApiTestServer extends ApiServer {
  prefix: string;
  /** The configuration it runs with (its LiveKit secret signs test webhooks). */
  config: ApiConfig;
  /** A tenant and one of its services from the demo catalogue, for tickets to take. */
  service: { tenantCode: string; serviceId: string };
  /** Counts the plaza's keys and queued jobs, to show a refused request changed nothing. */
  countFootprint(): Promise<{ keys: number; queuedJobs: number }>;
}

/**
 * `webDist`: a built web app for the API to serve too (see infra/scripts/web-build.ts).
 * `logger`: to read what the API logs; silent by default.
 * `env`: settings over the test defaults, e.g. `{ TICKET_PROOF: 'on' }`.
 * `clock`: the API's clock, for rules that depend on time.
 * `prefix`: another server's key prefix, to run a second API instance of the same plaza.
 */
export async function startApiTestServer(
  options: {
    webDist?: string;
    logger?: Logger;
    env?: Record<string, string>;
    clock?: Clock;
    prefix?: string;
  } = {},
): Promise<ApiTestServer> {
  const keyspace = await createRedisTestContext(options.prefix);
  const { prefix } = keyspace;
  const config = {
    ...readConfig({
      REDIS_URL: inject('redisUrl'),
      REDIS_PREFIX: prefix,
      // No call is started by these tests; the address only has to be well-formed.
      LIVEKIT_URL: 'ws://127.0.0.1:9',
      LIVEKIT_API_KEY: 'test-key',
      LIVEKIT_API_SECRET: randomUUID() + randomUUID(),
      ALTCHA_HMAC_KEY: randomUUID() + randomUUID(),
      // Tests take tickets over HTTP without solving a proof of work, except those that test it.
      TICKET_PROOF: 'off',
      // A proof these tests solve costs milliseconds, not the seconds a browser spends.
      TICKET_PROOF_MAX_NUMBER: '20',
      WEB_DIST: options.webDist,
      ...roomyRateLimits,
      ...options.env,
    }),
    port: 0,
  };
  const server = await startApiServer(config, {
    logger: options.logger ?? silentLogger,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const { redis, catalogue } = server.plaza.context;
  const tenant = catalogue.tenants[0];
  if (!tenant?.services[0]) throw new Error('the demo catalogue has no tenant with a service');
  return {
    ...server,
    config,
    prefix,
    service: { tenantCode: tenant.code, serviceId: tenant.services[0].id },
    async countFootprint() {
      let keys = 0;
      for await (const batch of redis.scanIterator({ MATCH: `${prefix}:*`, COUNT: 500 })) {
        // Dispatch leases, BullMQ's queue bookkeeping and the process registry exist before
        // any ticket does.
        // Rate-limit counters are no state of the plaza: a refused request may count there.
        // The configuration (catalogue and accounts) is seeded at start-up.
        keys += batch.filter(
          (key) => !/dispatch-lease|:queue:|:processes$|:rate-limit:|:config$/.test(key),
        ).length;
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

/** The password of every demo account (packages/catalogue/data/accounts.json). */
export const demoPassword = 'plaza-demo';

/** Signs a demo officer in to the console; the test fails unless that works. */
export async function signInOfficer(api: { url: string }, username: string): Promise<Session> {
  const response = await fetch(`${api.url}/api/officers/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Session;
}

/** The engine's identity of a signed-in officer, to drive the engine beside the API. */
export function officerIdentityOf(session: Session): OfficerIdentity {
  return { id: session.officer.id, name: session.officer.name, tenantCodes: session.officer.tenantCodes };
}

/** Takes a ticket of the server's demo service under `name`; the test fails unless it is created. */
export async function takeTicket(
  api: Pick<ApiTestServer, 'url' | 'service'>,
  name: string,
): Promise<CreatedTicket> {
  const response = await fetch(`${api.url}/api/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...api.service, name }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as CreatedTicket;
}
