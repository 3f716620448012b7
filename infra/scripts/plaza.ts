// `npm start`: the whole plaza on this machine (Redis, LiveKit, the API serving the web app),
// until Ctrl+C. Options: --verbose copies every server's log lines to the terminal.
import { join } from 'node:path';
import { describeDemoAccount, readDemoAccounts } from './demo-accounts';
import { PortInUseError } from './free-port';
import { repoRoot } from './repo-root';
import { handleShutdownSignals } from './shutdown';
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

async function main(): Promise<void> {
  const port = parsePort(process.env.PORT ?? '8080');
  const verbose = process.argv.includes('--verbose');
  handleShutdownSignals({ exitCode: 0, onSignal: () => console.log('\nstopping the plaza...') });

  console.log('starting the plaza (Redis, LiveKit, web build, API)...');
  const stack = await startStack({ apiPort: port, buildWeb: true, verbose }).catch((error: unknown) => {
    if (error instanceof PortInUseError) {
      console.error(
        `port ${error.port} is already in use. Stop what uses it, or pick another port: PORT=${error.port + 1} npm start`,
      );
    } else {
      console.error(error instanceof Error ? error.message : error);
    }
    process.exit(1);
  });

  console.log('');
  console.log('Virtual Plaza is running:');
  console.log(`  citizen page:    http://localhost:${port}/`);
  console.log(`  officer console: http://localhost:${port}/officer`);
  await printDemoLogins();
  console.log(`  Redis:           ${stack.redisUrl}`);
  console.log(`  LiveKit:         ${stack.livekitUrl}`);
  console.log(`  logs:            ${stack.runDir}`);
  console.log('Ctrl+C to stop');

  const reason = await stack.crashed;
  console.error(`the plaza stopped: ${reason}`);
  await stack.stop();
  process.exit(1);
}

await main();
