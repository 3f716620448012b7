// npm run bench:flood — one address floods ticket creation for 10 s, as the outside tester
// did (500 tickets in 164 ms, every one accepted). Starts its own Redis (a free port, never the
// machine's 6379) and the API in this process with the configured defaults of the rate limits,
// sends POST /api/tickets over loopback from a few parallel connections, and prints how many got
// through beside the configured limit. The proof of work (TICKET_PROOF) is switched OFF here, and
// said so, so that the count shows the rate limit alone. The baseline, in the same run: the same
// flood for a shorter while against a second API instance whose limits are set out of reach.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { silentLogger } from '@vp/engine';
import { startApiServer } from '../../apps/api/src/server';
import { startRedis } from '../../infra/scripts/redis-server';
import { roomyRateLimits } from '../support/roomy-rate-limits';
import { benchApiConfig } from './bench-api';

const floodMs = 10_000;
/** The baseline floods for less: without limits every request makes a ticket. */
const baselineMs = 2_000;
/** Parallel connections of the flood. */
const connections = 8;
/** A bound on the requests sent, whatever the speed of the machine. */
const maxRequests = 200_000;

/** Sends POST /api/tickets from `connections` parallel connections for `ms`; counts the answers. */
async function flood(options: { url: string; body: string; ms: number }) {
  const statuses = new Map<number, number>();
  let sent = 0;
  const started = performance.now();
  const deadline = started + options.ms;
  const send = async () => {
    while (performance.now() < deadline && sent < maxRequests) {
      sent++;
      const response = await fetch(`${options.url}/api/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: options.body,
      });
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: connections }, send));
  const seconds = (performance.now() - started) / 1000;
  return { sent, seconds, statuses, accepted: statuses.get(201) ?? 0, refused: statuses.get(429) ?? 0 };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vp-bench-flood-'));
  const redis = await startRedis({ dir });
  try {
    const configOf = (prefix: string, extra: Record<string, string> = {}) =>
      benchApiConfig({ redisUrl: redis.url, prefix, env: { TICKET_PROOF: 'off', ...extra } });
    const config = configOf('bench-flood');
    const api = await startApiServer(config, { logger: silentLogger });
    const baselineApi = await startApiServer(configOf('bench-flood-base', roomyRateLimits), {
      logger: silentLogger,
    });
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
      const base = await flood({ url: baselineApi.url, body, ms: baselineMs });
      console.log(
        `baseline, limits out of reach: ${base.accepted} of ${base.sent} accepted in ` +
          `${base.seconds.toFixed(1)} s (${Math.round(base.accepted / base.seconds)} tickets/s)`,
      );
      const limited = await flood({ url: api.url, body, ms: floodMs });
      const other = limited.sent - limited.accepted - limited.refused;
      console.log(
        `limited: sent ${limited.sent} requests in ${limited.seconds.toFixed(1)} s ` +
          `(${Math.round(limited.sent / limited.seconds)}/s)`,
      );
      if (other > 0) console.log(`other answers: ${JSON.stringify(Object.fromEntries(limited.statuses))}`);
      console.log(
        `accepted=${limited.accepted} refused=${limited.refused} limit=${limit.points} ` +
          `window_s=${limit.seconds} base_accepted_per_s=${Math.round(base.accepted / base.seconds)}`,
      );
      if (limited.accepted > limit.points) process.exitCode = 1;
    } finally {
      await Promise.all([api.close(), baselineApi.close()]);
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
