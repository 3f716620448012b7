// `npm run simulate`: citizens and officers against a running plaza, over HTTP, until --duration
// passes or Ctrl+C (see simulator/options.ts for the options, or --help).
import { parseSimulatorOptions, SimulatorOptionError, simulatorHelp } from './simulator/options';
import { runSimulation, SimulationSetupError } from './simulator/run-simulation';

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseSimulatorOptions>;
  try {
    parsed = parseSimulatorOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof SimulatorOptionError)) throw error;
    console.error(`${error.message}\n\n${simulatorHelp}`);
    process.exit(2);
  }
  if (parsed.kind === 'help') {
    console.log(simulatorHelp);
    return;
  }
  const stop = new AbortController();
  let signals = 0;
  const onSignal = () => {
    signals += 1;
    // A second Ctrl+C means "now", without draining.
    if (signals > 1) process.exit(130);
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await runSimulation(parsed.options, { log: (line) => console.log(line), stop: stop.signal });
  } catch (error) {
    if (!(error instanceof SimulationSetupError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  process.exit(0);
}

await main();
