// `npm start`: the whole plaza on this machine (Redis, LiveKit, the API serving the web app),
// until Ctrl+C. Options: --verbose copies every server's log lines to the terminal; --simulate
// also runs the traffic simulator against it (any further options are the simulator's).
import { join } from 'node:path';
import { describeDemoAccount, readDemoAccounts } from './demo-accounts';
import { PortInUseError } from './free-port';
import { repoRoot } from './repo-root';
import { handleShutdownSignals, registerForShutdown } from './shutdown';
import {
  parseSimulatorOptions,
  SimulatorOptionError,
  type SimulatorOptions,
  simulatorHelp,
} from './simulator/options';
import { runSimulation } from './simulator/run-simulation';
import { simulatedPlazaEnv } from './simulator/simulated-plaza-env';
import { startStack } from './stack';

const demoPassword = 'plaza-demo';

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    console.error(`PORT must be a TCP port number (1-65535), got "${raw}"`);
    process.exit(1);
  }
  return port;
}

async function printDemoLogins(): Promise<void> {
  const file = join(repoRoot, 'packages/catalogue/data/accounts.json');
  const accounts = await readDemoAccounts(file);
  if (accounts === undefined || accounts.length === 0) {
    console.log(`  demo logins: none yet (${file} not found)`);
    return;
  }
  console.log(`  demo logins (password for all: ${demoPassword}):`);
  const width = Math.max(...accounts.map((account) => account.username.length));
  for (const account of accounts) {
    console.log(`    ${account.username.padEnd(width)}  ${describeDemoAccount(account)}`);
  }
}

/** The simulator's options when started with --simulate (the other arguments), else undefined. */
function readSimulatorOptions(args: readonly string[]): SimulatorOptions | undefined {
  if (!args.includes('--simulate')) return undefined;
  try {
    const parsed = parseSimulatorOptions(args.filter((arg) => arg !== '--simulate' && arg !== '--verbose'));
    if (parsed.kind === 'run') return parsed.options;
    console.log(simulatorHelp);
  } catch (error) {
    if (!(error instanceof SimulatorOptionError)) throw error;
    console.error(`${error.message}\n\n${simulatorHelp}`);
  }
  process.exit(2);
}

/** Runs the simulator against the started plaza; Ctrl+C drains it before the plaza stops. */
function startSimulator(options: SimulatorOptions): void {
  const stop = new AbortController();
  const run = runSimulation(options, {
    log: (line) => console.log(`[simulator] ${line}`),
    stop: stop.signal,
  });
  registerForShutdown({
    name: 'simulator',
    async stop() {
      stop.abort();
      await run;
    },
  });
  run.catch((error: unknown) =>
    console.error(`[simulator] stopped: ${error instanceof Error ? error.message : error}`),
  );
}

async function main(): Promise<void> {
  const port = parsePort(process.env.PORT ?? '8080');
  const verbose = process.argv.includes('--verbose');
  const simulation = readSimulatorOptions(process.argv.slice(2));
  handleShutdownSignals({ exitCode: 0, onSignal: () => console.log('\nstopping the plaza...') });

  console.log('starting the plaza (Redis, LiveKit, web build, API)...');
  if (simulation !== undefined) {
    console.log('  with the traffic simulator: rate limits per address raised, a cheap proof of work');
  }
  const apiEnv = simulation === undefined ? {} : simulatedPlazaEnv;
  const stack = await startStack({ apiPort: port, buildWeb: true, verbose, apiEnv }).catch(
    (error: unknown) => {
      if (error instanceof PortInUseError) {
        console.error(
          `port ${error.port} is already in use. Stop what uses it, or pick another port: PORT=${error.port + 1} npm start`,
        );
      } else {
        console.error(error instanceof Error ? error.message : error);
      }
      process.exit(1);
    },
  );

  console.log('');
  console.log('Virtual Plaza is running:');
  console.log(`  citizen page:    http://localhost:${port}/`);
  console.log(`  officer console: http://localhost:${port}/officer`);
  await printDemoLogins();
  console.log(`  Redis:           ${stack.redisUrl}`);
  console.log(`  LiveKit:         ${stack.livekitUrl}`);
  console.log(`  logs:            ${stack.runDir}`);
  console.log('Ctrl+C to stop');
  if (simulation !== undefined) startSimulator({ ...simulation, url: stack.apiUrl });

  const reason = await stack.crashed;
  console.error(`the plaza stopped: ${reason}`);
  await stack.stop();
  process.exit(1);
}

await main();
