// A run of the traffic simulator: reads the plaza's catalogue and the demo officers, starts the
// officers, lets citizens arrive per tenant (a Poisson process at the chosen rate), prints the
// tally every few seconds, and on stop drains: waiting tickets cancelled, calls ended, officers
// offline, so the plaza is left quiet.
import { join } from 'node:path';
import type { Catalogue, Tenant } from '@vp/contract';
import { readDemoAccounts } from '../demo-accounts';
import { repoRoot } from '../repo-root';
import { runCitizen } from './citizen';
import { runOfficer } from './officer';
import type { SimulatorOptions } from './options';
import { requestPlaza } from './plaza-http';
import { createRandom } from './random';
import { createFailureCounter, pause, type SimulationContext } from './simulation-context';
import { Tally } from './tally';

/** The plaza's default no-show deadline (NO_SHOW_SECONDS), for tenants that set none. */
const defaultNoShowSeconds = 60;
/** A simulated call ends this long before the no-show deadline would end it. */
const noShowMarginSeconds = 5;
/** How long stopping may take before the run gives up on what is still draining. */
const drainTimeoutMs = 5_000;

export interface SimulationSummary {
  tally: Tally;
  elapsedSeconds: number;
  /** The officer usernames driven. */
  officers: readonly string[];
  tenants: readonly string[];
}

/** A run's setup problem (unknown tenant, plaza unreachable), told as a message. */
export class SimulationSetupError extends Error {
  override readonly name = 'SimulationSetupError';
}

async function chooseTenants(url: string, wanted: readonly string[] | undefined): Promise<Tenant[]> {
  let catalogue: Catalogue;
  try {
    catalogue = await requestPlaza<Catalogue>(url, '/api/catalogue');
  } catch (error) {
    throw new SimulationSetupError(
      `cannot read the plaza's catalogue at ${url}/api/catalogue (${error instanceof Error ? error.message : error}); ` +
        'is the plaza running? (npm start)',
    );
  }
  if (wanted === undefined) return catalogue.tenants;
  const known = new Map(catalogue.tenants.map((tenant) => [tenant.code, tenant]));
  const unknown = wanted.filter((code) => !known.has(code));
  if (unknown.length > 0) {
    throw new SimulationSetupError(
      `--tenants: the plaza has no tenant ${unknown.join(', ')}; it has ${[...known.keys()].join(', ')}`,
    );
  }
  return wanted.map((code) => known.get(code)).filter((tenant) => tenant !== undefined);
}

async function chooseOfficers(wanted: readonly string[] | undefined, tenantCodes: readonly string[]) {
  if (wanted !== undefined) return wanted;
  const file = join(repoRoot, 'packages/catalogue/data/accounts.json');
  const accounts = (await readDemoAccounts(file)) ?? [];
  const officers = accounts
    .filter((account) => account.role === 'officer')
    .filter((account) => account.tenantCodes.some((code) => tenantCodes.includes(code)))
    .map((account) => account.username);
  if (officers.length === 0) {
    throw new SimulationSetupError(
      `no demo officer of ${tenantCodes.join(', ')} in ${file}; name them with --officers`,
    );
  }
  return officers;
}

/**
 * Runs the simulator until `durationSeconds` pass or `stop` aborts, then drains and returns the
 * tally. `log` gets every line it would print.
 */
export async function runSimulation(
  options: SimulatorOptions,
  io: { log(line: string): void; stop?: AbortSignal },
): Promise<SimulationSummary> {
  const { url } = options;
  const { log } = io;
  const tenants = await chooseTenants(url, options.tenants);
  const tenantCodes = tenants.map((tenant) => tenant.code);
  const officers = await chooseOfficers(options.officers, tenantCodes);
  const health = await requestPlaza<{ ticketProof?: string }>(url, '/api/health').catch(() => ({
    ticketProof: '?',
  }));

  const running = new AbortController();
  const tally = new Tally(tenantCodes);
  const context: SimulationContext = {
    url,
    random: createRandom(options.seed),
    tally,
    signal: running.signal,
    log,
    countFailure: createFailureCounter({ tally, log, signal: running.signal }),
  };
  const noShowOf = new Map(
    tenants.map((tenant) => [tenant.code, tenant.noShowSeconds ?? defaultNoShowSeconds]),
  );

  log(
    `simulating ${tenantCodes.join(', ')} at ${url}: ${options.arrivalsPerMinute} citizens/min per tenant, ` +
      `offers accepted ${options.acceptShare}, declined ${options.declineShare}, ` +
      `calls ~${options.callSeconds} s, cancel share ${options.cancelShare}, seed ${options.seed}`,
  );
  log(`officers: ${officers.join(', ')}; ticket proof of work: ${health.ticketProof ?? '?'}`);
  const clamped = tenants.filter(
    (tenant) =>
      options.callSeconds * 1.5 > (noShowOf.get(tenant.code) ?? defaultNoShowSeconds) - noShowMarginSeconds,
  );
  if (clamped.length > 0) {
    log(
      `calls of ${clamped.map((tenant) => tenant.code).join(', ')} are cut short before the no-show deadline ` +
        '(nobody joins LiveKit, so the plaza would end them as no-shows); handle times read short',
    );
  }

  const started = Date.now();
  const actors = new Set<Promise<void>>();
  const track = (actor: Promise<void>) => {
    actors.add(actor);
    void actor.finally(() => actors.delete(actor));
  };

  for (const username of officers) {
    track(
      runOfficer(context, {
        username,
        acceptShare: options.acceptShare,
        declineShare: options.declineShare,
        callSeconds: options.callSeconds,
        callLimitSecondsOf: (code) => (noShowOf.get(code) ?? defaultNoShowSeconds) - noShowMarginSeconds,
      }),
    );
  }
  for (const tenant of tenants) {
    track(
      (async () => {
        if (options.arrivalsPerMinute <= 0) return;
        const meanGapMs = 60_000 / options.arrivalsPerMinute;
        while (await pause(context.random.exponential(meanGapMs), running.signal)) {
          const cancels = context.random.chance(options.cancelShare);
          track(
            runCitizen(context, {
              tenant,
              cancelAfterMs: cancels ? context.random.between(1_000, 30_000) : undefined,
            }),
          );
        }
      })(),
    );
  }

  const seconds = () => Math.round((Date.now() - started) / 100) / 10;
  const reporter = setInterval(() => {
    log(`after ${seconds()} s:`);
    for (const line of tally.describe()) log(`  ${line}`);
  }, options.reportSeconds * 1_000);

  const stopped = io.stop ?? new AbortController().signal;
  const until = options.durationSeconds === undefined ? undefined : options.durationSeconds * 1_000;
  await new Promise<void>((resolve) => {
    if (stopped.aborted) return resolve();
    stopped.addEventListener('abort', () => resolve(), { once: true });
    if (until !== undefined) setTimeout(resolve, until).unref();
  });
  clearInterval(reporter);

  log('stopping: cancelling waiting tickets, ending calls, signing officers off...');
  running.abort();
  const drained = await Promise.race([
    Promise.allSettled([...actors]).then(() => true),
    pause(drainTimeoutMs, AbortSignal.timeout(drainTimeoutMs + 1_000)).then(() => false),
  ]);
  if (!drained)
    log(
      `${actors.size} citizens or officers still draining after ${drainTimeoutMs / 1000} s; left as they are`,
    );

  const elapsedSeconds = seconds();
  log(`summary after ${elapsedSeconds} s:`);
  for (const line of tally.describe()) log(`  ${line}`);
  if (tally.lastError !== undefined) log(`last error: ${tally.lastError}`);
  return { tally, elapsedSeconds, officers, tenants: tenantCodes };
}
