// The simulator against a real API (in-process, test Redis, proof of work on): a short, busy,
// seeded run takes tickets in both tenants, serves some, counts no failure, and leaves the plaza
// quiet (officers offline, nobody waiting); a plaza with tight rate limits is told, not crashed on.
import { afterEach, describe, expect, it } from 'vitest';
import { type ApiTestServer, signInOfficer, startApiTestServer } from '../../../test/support/api-test-server';
import type { SimulatorOptions } from './options';
import { runSimulation } from './run-simulation';

const baseOptions: Omit<SimulatorOptions, 'url'> = {
  tenants: ['DKC', 'SAM'],
  arrivalsPerMinute: 120,
  acceptShare: 1,
  declineShare: 0,
  cancelShare: 0.2,
  callSeconds: 1,
  officers: undefined,
  durationSeconds: 6,
  seed: 7,
  reportSeconds: 2,
};

describe('traffic simulator', () => {
  let api: ApiTestServer | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  it('takes and serves tickets in each tenant, then leaves the plaza quiet', async () => {
    api = await startApiTestServer({ env: { TICKET_PROOF: 'on' } });
    const lines: string[] = [];
    const started = Date.now();
    const summary = await runSimulation(
      { ...baseOptions, url: api.url },
      { log: (line) => lines.push(line) },
    );

    expect(Date.now() - started).toBeLessThan(15_000);
    expect(summary.officers).toEqual(expect.arrayContaining(['dkc1', 'dkc2', 'sam1', 'sam2']));
    expect(summary.officers).not.toContain('bpjs1');
    for (const code of ['DKC', 'SAM']) {
      const tally = summary.tally.byTenant.get(code);
      expect(tally?.taken, `${code} taken`).toBeGreaterThan(0);
      expect(tally?.offered, `${code} offered`).toBeGreaterThan(0);
    }
    expect(summary.tally.total('served')).toBeGreaterThan(0);
    expect(summary.tally.total('rateLimited')).toBe(0);
    expect({ errors: summary.tally.total('errors'), last: summary.tally.lastError }).toEqual({
      errors: 0,
      last: undefined,
    });
    expect(lines.some((line) => line.startsWith('after '))).toBe(true);
    const summaryAt = lines.findIndex((line) => line.startsWith('summary after'));
    expect(summaryAt).toBeGreaterThan(0);
    expect(lines[summaryAt + 1]).toMatch(/^ {2}DKC {2}taken \d+ {2}offered \d+/);

    // Drained: every officer signed off, no ticket left waiting or in a call.
    for (const username of summary.officers) {
      expect((await signInOfficer(api, username)).officer.status, username).toBe('offline');
    }
    const { context } = api.plaza;
    for (const code of ['DKC', 'SAM']) expect(await context.queues.queue(code).count(), code).toBe(0);
  });

  it('counts 429 refusals and says what to do, without crashing', async () => {
    api = await startApiTestServer({ env: { RATE_LIMIT_TICKETS_PER_ADDRESS: '2/600' } });
    const lines: string[] = [];
    const summary = await runSimulation(
      { ...baseOptions, url: api.url, tenants: ['DKC'], durationSeconds: 3, cancelShare: 0 },
      { log: (line) => lines.push(line) },
    );
    const tally = summary.tally.byTenant.get('DKC');
    expect(tally?.taken).toBe(2);
    expect(tally?.rateLimited).toBeGreaterThan(0);
    expect(tally?.errors).toBe(0);
    expect(
      lines.filter((line) => line.includes('429')).some((line) => line.includes('npm start -- --simulate')),
    ).toBe(true);
  });
});
