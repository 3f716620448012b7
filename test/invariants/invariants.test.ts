// The invariants of DESIGN.md §3 under concurrency and crashes: three engine processes share one
// Redis, 50 officers and 2,000 tickets, with random accepts, declines, time-outs, cancels,
// transfers and completions; in the second run processes are killed with SIGKILL at random
// moments and started again. Afterwards the recorded history alone must show I1–I4 and I6.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { connectRedis, type RedisClient } from '@vp/engine';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../infra/scripts/repo-root';
import { waitFor } from '../support/wait-for';
import { checkHistory, type HistoryEntry, type HistoryReport } from './history-check';
import { invariantCatalogue } from './invariant-catalogue';

const processes = 3;
const tickets = 2000;

interface Run {
  prefix: string;
  redis: RedisClient;
  children: (ChildProcess | undefined)[];
}

function startProcess(run: Run, slot: number): ChildProcess {
  // Node itself with tsx's loader, not the tsx wrapper: the wrapper runs the script in a
  // grandchild, which a SIGKILL to the wrapper would leave running.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'test/invariants/plaza-process.ts')],
    {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        REDIS_URL: inject('redisUrl'),
        PREFIX: run.prefix,
        SLOT: String(slot),
        SLOTS: String(processes),
        TICKETS: String(tickets),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  run.children[slot] = child;
  return child;
}

async function readHistory(run: Run): Promise<HistoryEntry[]> {
  const entries = await run.redis.xRange(`${run.prefix}:history`, '-', '+');
  return entries.map((entry) => entry.message);
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

async function runPlaza(options: {
  kills: number;
}): Promise<{ report: HistoryReport; kills: number; run: Run }> {
  const run: Run = {
    prefix: `test-${randomUUID()}`,
    redis: await connectRedis({ url: inject('redisUrl'), onError: () => {} }),
    children: [],
  };
  runs.push(run);
  for (let slot = 0; slot < processes; slot++) startProcess(run, slot);

  let kills = 0;
  const deadline = Date.now() + 240_000;
  let report = checkHistory([]);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 1500));
    if (kills < options.kills) {
      const slot = Math.floor(Math.random() * processes);
      const victim = run.children[slot];
      if (victim) {
        victim.kill('SIGKILL');
        await exited(victim);
        kills += 1;
        startProcess(run, slot);
      }
      continue;
    }
    const taken = Number(await run.redis.get(`${run.prefix}:test:tickets`));
    report = checkHistory(await readHistory(run), { catalogue: invariantCatalogue });
    const open = report.violations.filter((violation) => violation.includes('no terminal state')).length;
    if (taken >= tickets && open === 0) break;
    if (Date.now() > deadline) {
      throw new Error(
        `run did not finish: ${open} tickets open, ${taken} taken\n${await describeOpen(run, report)}`,
      );
    }
  }
  return { report, kills, run };
}

/** What the record and Redis say of tickets that never ended: for a failing run's message. */
async function describeOpen(run: Run, report: HistoryReport): Promise<string> {
  const ids = report.violations
    .filter((violation) => violation.includes('no terminal state'))
    .slice(0, 5)
    .map((violation) => /ticket (\S+):/.exec(violation)?.[1] ?? '');
  const lines = [];
  for (const id of ids) {
    const ticket = await run.redis.hGetAll(`${run.prefix}:ticket:${id}`);
    const tenant = ticket.tenant ?? '';
    const queue = `${run.prefix}:queue:${tenant}`;
    const [rank, prioritized, waitList, active, lease, officers] = await Promise.all([
      run.redis.zRank(`${run.prefix}:tenant:${tenant}:line`, id),
      run.redis.zScore(`${queue}:prioritized`, id),
      run.redis.lRange(`${queue}:wait`, 0, -1),
      run.redis.lRange(`${queue}:active`, 0, -1),
      run.redis.get(`${run.prefix}:tenant:${tenant}:dispatch-lease`),
      run.redis.zRange(`${run.prefix}:tenant:${tenant}:ready`, 0, -1),
    ]);
    lines.push(
      `${id}: ${JSON.stringify({ status: ticket.status, officer: ticket.officer, tenant, rank, prioritized, waitList, active, lease, ready: officers })}`,
    );
  }
  return lines.join('\n');
}

/**
 * Once the last citizen pages have closed (each within 2 s of its ticket): the registry holds
 * only the live processes (the killed ones were reaped), no process holds a connection, and no
 * ticket counts one.
 */
async function expectPresenceSettled(run: Run): Promise<void> {
  const live = await Promise.all(
    run.children.map((_, slot) => run.redis.get(`${run.prefix}:test:process:${slot}`)),
  );
  const settled = await waitFor(() => readPresence(run), {
    until: (presence) =>
      JSON.stringify(presence.registered) === JSON.stringify([...live].sort()) &&
      presence.held.length === 0 &&
      presence.counted.length === 0,
    timeoutMs: 15_000,
    what: `presence to settle with live processes ${JSON.stringify(live)}`,
  });
  expect(settled.registered).toHaveLength(processes);
}

async function readPresence(run: Run) {
  const registered = (await run.redis.zRange(`${run.prefix}:processes`, 0, -1)).sort();
  const held: string[] = [];
  const counted: string[] = [];
  for await (const keys of run.redis.scanIterator({ MATCH: `${run.prefix}:*`, COUNT: 1000 })) {
    held.push(...keys.filter((key) => key.endsWith(':connections')));
    const tickets = keys.filter((key) => /:ticket:[^:]+$/.test(key));
    const counts = await Promise.all(tickets.map((key) => run.redis.hGet(key, 'connections')));
    counted.push(...tickets.filter((_, i) => Number(counts[i] ?? 0) !== 0));
  }
  return { registered, held, counted };
}

const runs: Run[] = [];

afterEach(async () => {
  for (const run of runs.splice(0)) {
    const children = run.children.filter((child): child is ChildProcess => child !== undefined);
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map(exited));
    for await (const keys of run.redis.scanIterator({ MATCH: `${run.prefix}:*`, COUNT: 1000 })) {
      if (keys.length > 0) await run.redis.del(keys);
    }
    run.redis.destroy();
  }
});

describe('invariants under concurrency and crashes', () => {
  it.each([
    ['three processes', 0],
    ['three processes, killed with SIGKILL and restarted', 6],
  ])('hold with %s', { timeout: 300_000 }, async (label, killsWanted) => {
    const { report, kills, run } = await runPlaza({ kills: killsWanted });
    console.log(
      `${label}: ${report.tickets} tickets (${report.transfers} transfers), ${report.matches} matches, ` +
        `${report.declinesAndTimeouts} declines or time-outs, ${report.regularTurns} regular turns by the cap, ${kills} kills, ended ${JSON.stringify(report.terminalByStatus)}`,
    );
    expect(report.violations).toEqual([]);
    expect(kills).toBe(killsWanted);
    // Every ticket the processes took (a kill may cut one short before it was accepted).
    expect(report.tickets - report.transfers).toBeGreaterThanOrEqual(tickets - kills);
    // The random actions all happened.
    expect(report.declinesAndTimeouts).toBeGreaterThan(0);
    expect(report.transfers).toBeGreaterThan(0);
    expect(report.terminalByStatus.cancelled ?? 0).toBeGreaterThan(0);
    expect(report.terminalByStatus.completed ?? 0).toBeGreaterThan(0);
    await expectPresenceSettled(run);
  });
});
