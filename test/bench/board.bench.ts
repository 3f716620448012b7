// npm run bench:board — the supervisor's board of 50 tenants with 10,000 tickets waiting, read
// whole (readBoard: one script call, one round trip), against the baseline BullMQ offers for the same
// picture: `getJobCounts` of the same 50 queues, all sent at once. Both on one Redis of its own,
// in one run, their samples interleaved so that both see the same machine.
import { performance } from 'node:perf_hooks';
import {
  type BoardTenant,
  type OfficerIdentity,
  type RedisClient,
  readBoard,
  setOfficerStatus,
  silentLogger,
  startPlaza,
} from '@vp/engine';
import { benchOfficerIdOf, buildBenchCatalogue, fillLines } from './bench-plaza';
import { describeLatencies, percentile, round } from './bench-stats';
import { runBench } from './run-bench';

const tenantCount = 50;
const waitingTickets = 10_000;
const officersPerTenant = 10;
const samples = 200;
const warmUp = 20;

async function measure(redis: RedisClient): Promise<void> {
  const catalogue = buildBenchCatalogue({ tenants: tenantCount });
  // No dispatch: every ticket stays waiting, in its line and in its BullMQ queue.
  const plaza = await startPlaza({
    redis,
    prefix: 'bench-board',
    catalogue,
    logger: silentLogger,
    dispatch: false,
  });
  await fillLines(plaza.context, {
    tenantCodes: catalogue.tenants.map((tenant) => tenant.code),
    count: waitingTickets,
    // One ticket in five of a vulnerable group: both classes in every line.
    vulnerableEvery: 5,
  });
  // Half of each tenant's officers away (they have a hash), half never signed in (offline).
  const tenants: BoardTenant[] = catalogue.tenants.map((tenant) => ({
    tenant,
    officerIds: Array.from({ length: officersPerTenant }, (_, j) => benchOfficerIdOf(tenant.code, j)),
  }));
  for (const { tenant, officerIds } of tenants) {
    for (const id of officerIds.slice(0, officersPerTenant / 2)) {
      const officer: OfficerIdentity = { id, name: id, tenantCodes: [tenant.code] };
      await setOfficerStatus(plaza.context, { officer, status: 'away' });
    }
  }
  const queues = catalogue.tenants.map((tenant) => plaza.context.queues.queue(tenant.code));

  const readBoardOnce = async () => {
    const t0 = performance.now();
    const board = await readBoard(plaza.context, tenants);
    const elapsed = performance.now() - t0;
    const waiting = board.tenants.reduce(
      (sum, tile) => sum + tile.waiting.priority + tile.waiting.regular,
      0,
    );
    if (waiting !== waitingTickets)
      throw new Error(`the board shows ${waiting} waiting, not ${waitingTickets}`);
    return elapsed;
  };
  const countJobsOnce = async () => {
    const t0 = performance.now();
    const counts = await Promise.all(queues.map((queue) => queue.getJobCounts()));
    const elapsed = performance.now() - t0;
    const waiting = counts.reduce((sum, count) => sum + (count.prioritized ?? 0) + (count.waiting ?? 0), 0);
    if (waiting !== waitingTickets)
      throw new Error(`BullMQ counts ${waiting} waiting, not ${waitingTickets}`);
    return elapsed;
  };

  for (let i = 0; i < warmUp; i++) {
    await readBoardOnce();
    await countJobsOnce();
  }
  const board: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < samples; i++) {
    board.push(await readBoardOnce());
    base.push(await countJobsOnce());
  }
  await plaza.close();

  console.log(describeLatencies(`board: readBoard of ${tenantCount} tenants (one script call)`, board));
  console.log(describeLatencies(`baseline: BullMQ getJobCounts of the same ${tenantCount} queues`, base));
  const p99Ratio = percentile(board, 0.99) / percentile(base, 0.99);
  console.log(`board p99 / base p99 = ${round(p99Ratio)} (aim: at most 2)`);
  console.log(
    `board_p50_ms=${round(percentile(board, 0.5))} board_p99_ms=${round(percentile(board, 0.99))} base_p50_ms=${round(percentile(base, 0.5))} base_p99_ms=${round(percentile(base, 0.99))}`,
  );
}

runBench(measure);
