// npm run bench:flood — one address floods ticket creation for 10 s, as the outside tester
// did (500 tickets in 164 ms, every one accepted). Starts its own Redis (a free port, never the
// machine's 6379) and the API in this process with the configured defaults of the rate limits,
// sends POST /api/tickets over loopback from a few parallel connections, and prints how many got
// through beside the configured limit. The proof of work (TICKET_PROOF) is switched OFF here, and
// said so, so that the count shows the rate limit alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { silentLogger } from '@vp/engine';
import { readConfig } from '../../apps/api/src/config';
import { startApiServer } from '../../apps/api/src/server';
import { startRedis } from '../../infra/scripts/redis-server';

const floodMs = 10_000;
/** Parallel connections of the flood. */
const connections = 8;
/** A bound on the requests sent, whatever the speed of the machine. */
const maxRequests = 200_000;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vp-bench-flood-'));
  const redis = await startRedis({ dir });
  try {
    const config = {
      ...readConfig({
        REDIS_URL: redis.url,
        REDIS_PREFIX: 'bench-flood',
        // No call is started: the address only has to be well-formed.
        LIVEKIT_URL: 'ws://127.0.0.1:9',
        LIVEKIT_API_KEY: 'bench-key',
        LIVEKIT_API_SECRET: 'bench-secret-bench-secret-bench-secret',
        ALTCHA_HMAC_KEY: 'bench-altcha-key-bench-altcha-key-bench',
        TICKET_PROOF: 'off',
      }),
      port: 0,
    };
    const api = await startApiServer(config, { logger: silentLogger });
    try {
      const limit = config.rateLimits.ticketsPerAddress;
      const tenant = api.plaza.context.catalogue.tenants[0];
      const service = tenant?.services[0];
      if (!tenant || !service) throw new Error('the demo catalogue has no tenant with a service');
      console.log(`redis ${redis.url}, api ${api.url}`);
      console.log('proof of work: OFF for this flood (TICKET_PROOF=off): the rate limit alone is measured');
      console.log(
        `rate limit (configured default): ${limit.points} tickets per ${limit.seconds} s per address; ` +
          `${config.rateLimits.ticketsPerBrowser.points} per browser (none sent here)`,
      );
      console.log(
        `flooding POST /api/tickets from one address for ${floodMs / 1000} s, ${connections} connections...`,
      );

      const body = JSON.stringify({ tenantCode: tenant.code, serviceId: service.id, name: 'Flood Test' });
      const statuses = new Map<number, number>();
      let sent = 0;
      const started = performance.now();
      const deadline = started + floodMs;
      const flood = async () => {
        while (performance.now() < deadline && sent < maxRequests) {
          sent++;
          const response = await fetch(`${api.url}/api/tickets`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          });
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        }
      };
      await Promise.all(Array.from({ length: connections }, flood));
      const seconds = (performance.now() - started) / 1000;

      const accepted = statuses.get(201) ?? 0;
      const refused = statuses.get(429) ?? 0;
      const other = sent - accepted - refused;
      console.log(`sent ${sent} requests in ${seconds.toFixed(1)} s (${Math.round(sent / seconds)}/s)`);
      if (other > 0) console.log(`other answers: ${JSON.stringify(Object.fromEntries(statuses))}`);
      console.log('baseline (issue 7, before the limits): 500 of 500 accepted in 164 ms');
      console.log(`accepted=${accepted} refused=${refused} limit=${limit.points} window_s=${limit.seconds}`);
      if (accepted > limit.points) process.exitCode = 1;
    } finally {
      await api.close();
    }
  } finally {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
