// npm run bench:match — the plaza's matching against bare BullMQ, on one Redis, in one run.
//  (a) match latency: a ready officer and a new ticket → the offer reaches the officer's process
//      (a subscriber on its own connection), with 10,000 tickets waiting over 50 tenants and 500
//      officers; also the other way round, an officer becoming ready with a line behind them;
//  (b) full ticket cycles per second on one process (create → offer → accept → end);
//  (c) the baseline: bare BullMQ Queue.add → idle Worker processor start, and jobs/s of a
//      concurrency-50 worker; plus one Redis round trip for scale.
import { performance } from 'node:perf_hooks';
import {
  acceptOffer,
  createTicket,
  endOfficerCall,
  type OfficerIdentity,
  type Plaza,
  type RedisClient,
  setOfficerStatus,
  silentLogger,
  startPlaza,
} from '@vp/engine';
import { Queue, Worker } from 'bullmq';
import { createBullConnection } from '../../packages/engine/src/redis';
import { benchOfficersOf, benchServiceId, buildBenchCatalogue, fillLines } from './bench-plaza';
import { describeLatencies, percentile, round } from './bench-stats';
import { runBench } from './run-bench';

const loadedTenants = 50;
const waitingTickets = 10_000;
const officersPerTenant = 10;
const latencySamples = 400;
const cycleSeconds = 10;
const baselineSamples = 400;
const baselineJobs = 20_000;

/** The officer's process: resolves when an offer to the officer arrives on its own connection. */
async function listenForOffers(redis: RedisClient, channel: string) {
  const waiting = new Map<string, (at: number) => void>();
  const subscriber = redis.duplicate();
  await subscriber.connect();
  await subscriber.subscribe(channel, (message) => {
    const event = JSON.parse(message) as { type: string; id: string; status: string };
    if (event.type === 'officer' && (event.status === 'offered' || event.status === 'in_call')) {
      waiting.get(event.id)?.(performance.now());
    }
  });
  return {
    offerTo(officerId: string): Promise<number> {
      return new Promise((resolve) => waiting.set(officerId, resolve));
    },
    close: () => subscriber.quit(),
  };
}

async function measureMatchLatency(redis: RedisClient) {
  // 50 loaded tenants plus one quiet tenant where a ready officer waits for new tickets.
  const catalogue = buildBenchCatalogue({ tenants: loadedTenants + 1, wrapUpSeconds: 30 });
  const quiet = catalogue.tenants[loadedTenants]?.code ?? '';
  const officers = benchOfficersOf(catalogue, officersPerTenant).slice(0, loadedTenants * officersPerTenant);
  const plaza = await startPlaza({ redis, prefix: 'bench-latency', catalogue, logger: silentLogger });
  const offers = await listenForOffers(redis, plaza.context.keys.channel);
  await fillLines(plaza.context, {
    tenantCodes: catalogue.tenants.slice(0, loadedTenants).map((tenant) => tenant.code),
    count: waitingTickets,
  });

  // New ticket → ready officer (the quiet tenant's officer, serving one citizen at a time).
  const probe: OfficerIdentity = { id: 'probe-officer', name: 'Probe', tenantCodes: [quiet] };
  const newTicket: number[] = [];
  for (let i = 0; i < latencySamples; i++) {
    await setOfficerStatus(plaza.context, { officer: probe, status: 'ready' });
    const offered = offers.offerTo(probe.id);
    const t0 = performance.now();
    await createTicket(plaza.context, { tenantCode: quiet, serviceId: benchServiceId, name: 'Warga' });
    newTicket.push((await offered) - t0);
    const ticketId = await acceptOffer(plaza.context, { officer: probe });
    await endOfficerCall(plaza.context, { officer: probe, ticketId });
  }

  // Officer becomes ready → the head of a loaded line is offered to them.
  const officerReady: number[] = [];
  for (const officer of officers.slice(0, latencySamples)) {
    const offered = offers.offerTo(officer.id);
    const t0 = performance.now();
    await setOfficerStatus(plaza.context, { officer, status: 'ready' });
    officerReady.push((await offered) - t0);
  }
  await offers.close();
  await plaza.close();
  return { newTicket, officerReady };
}

async function measureCycles(redis: RedisClient) {
  const catalogue = buildBenchCatalogue({ tenants: loadedTenants, wrapUpSeconds: 0 });
  const officers = benchOfficersOf(catalogue, 1);
  const plaza: Plaza = await startPlaza({ redis, prefix: 'bench-cycles', catalogue, logger: silentLogger });
  const offers = await listenForOffers(redis, plaza.context.keys.channel);
  const deadline = performance.now() + cycleSeconds * 1000;
  let cycles = 0;
  await Promise.all(
    officers.map(async (officer) => {
      await setOfficerStatus(plaza.context, { officer, status: 'ready' });
      while (performance.now() < deadline) {
        const offered = offers.offerTo(officer.id);
        await createTicket(plaza.context, {
          tenantCode: officer.tenantCodes[0] ?? '',
          serviceId: benchServiceId,
          name: 'Warga',
        });
        await offered;
        const ticketId = await acceptOffer(plaza.context, { officer });
        await endOfficerCall(plaza.context, { officer, ticketId });
        cycles += 1;
      }
    }),
  );
  await offers.close();
  await plaza.close();
  return cycles / cycleSeconds;
}

async function measureBaseline(redis: RedisClient) {
  const connection = createBullConnection(redis);
  const latencyQueue = new Queue('bench-base-latency', { connection });
  let onStart: (at: number) => void = () => {};
  const idleWorker = new Worker('bench-base-latency', async () => onStart(performance.now()), { connection });
  await idleWorker.waitUntilReady();
  const latencies: number[] = [];
  for (let i = 0; i < baselineSamples; i++) {
    const started = new Promise<number>((resolve) => {
      onStart = resolve;
    });
    const t0 = performance.now();
    await latencyQueue.add('job', { i }, { removeOnComplete: true });
    latencies.push((await started) - t0);
  }
  await idleWorker.close();

  const throughputQueue = new Queue('bench-base-throughput', { connection });
  for (let i = 0; i < baselineJobs; i += 1000) {
    await throughputQueue.addBulk(
      Array.from({ length: 1000 }, (_, j) => ({
        name: 'job',
        data: { i: i + j },
        opts: { removeOnComplete: true },
      })),
    );
  }
  let processed = 0;
  let allDone: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    allDone = resolve;
  });
  const t0 = performance.now();
  const busyWorker = new Worker(
    'bench-base-throughput',
    async () => {
      processed += 1;
      if (processed === baselineJobs) allDone();
    },
    { connection, concurrency: 50 },
  );
  await done;
  const jobsPerSecond = baselineJobs / ((performance.now() - t0) / 1000);
  await busyWorker.close();
  await Promise.all([latencyQueue.obliterate({ force: true }), throughputQueue.obliterate({ force: true })]);
  await Promise.all([latencyQueue.close(), throughputQueue.close()]);
  await connection.quit?.();
  return { latencies, jobsPerSecond };
}

async function measureRoundTrip(redis: RedisClient): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t0 = performance.now();
    await redis.ping();
    samples.push(performance.now() - t0);
  }
  return samples;
}

runBench(async (redis) => {
  console.log(describeLatencies('redis round trip (PING)', await measureRoundTrip(redis)));
  const baseline = await measureBaseline(redis);
  console.log(
    describeLatencies('baseline: BullMQ Queue.add → idle Worker processor start', baseline.latencies),
  );
  console.log(`baseline: BullMQ jobs/s, one worker of concurrency 50: ${round(baseline.jobsPerSecond, 0)}`);
  const match = await measureMatchLatency(redis);
  console.log(describeLatencies('match: new ticket → offer at the ready officer’s process', match.newTicket));
  console.log(
    describeLatencies('match: officer ready → offer of the line’s head (200 waiting)', match.officerReady),
  );
  const cyclesPerSecond = await measureCycles(redis);
  console.log(
    `cycles/s (create → offer → accept → end), one process, 50 officers: ${round(cyclesPerSecond, 0)}`,
  );
  console.log(
    `match_p50_ms=${round(percentile(match.newTicket, 0.5))} match_p99_ms=${round(percentile(match.newTicket, 0.99))} ` +
      `base_p50_ms=${round(percentile(baseline.latencies, 0.5))} base_p99_ms=${round(percentile(baseline.latencies, 0.99))} ` +
      `cycles_per_s=${round(cyclesPerSecond, 0)} base_jobs_per_s=${round(baseline.jobsPerSecond, 0)}`,
  );
});
