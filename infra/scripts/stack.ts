// The whole plaza on one machine: Redis, LiveKit and the API (serving the built web app), each
// on its own port with per-run credentials. Used by `npm start` and by end-to-end tests.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type ChildExit, describeExit, type ManagedChild, spawnChild } from './child';
import { findFreePort, findFreeUdpPort, isPortFree, PortInUseError } from './free-port';
import { startLivekit } from './livekit-server';
import { answersOk, waitUntilReady } from './readiness';
import { startRedis } from './redis-server';
import { repoRoot } from './repo-root';
import { randomApiKey, randomSecret } from './secrets';
import { registerForShutdown } from './shutdown';
import { buildWebApp, webDist } from './web-build';

export interface StartStackOptions {
  /** The API's port; a free one is picked when omitted. */
  apiPort?: number;
  /** Use this Redis instead of starting one (also taken from env REDIS_URL). */
  redisUrl?: string;
  /** Copy every server's prefixed output to stdout. */
  verbose?: boolean;
  /** Where configs and logs go; default `<repo>/.cache/run/<pid>-<random>`. */
  runDir?: string;
  /** Build apps/web first (skipped when already up to date); default true. */
  buildWeb?: boolean;
  /** Extra environment for the API, e.g. shorter timeouts in tests. */
  apiEnv?: Readonly<Record<string, string>>;
  /** The API's entry file, relative to the repo; default `apps/api/src/main.ts`. */
  apiEntry?: string;
  /**
   * An IPv4 address of this machine that browsers elsewhere reach the plaza at, for a test whose
   * citizen runs in a network namespace: LiveKit binds its signalling port on it and advertises
   * it for media (instead of loopback), and the API (which listens on every address) is also
   * reached at `http://<host>:<apiPort>`. Default: loopback only.
   */
  host?: string;
}

export interface Stack {
  /** `http://127.0.0.1:<apiPort>` */
  apiUrl: string;
  redisUrl: string;
  /** `http://<host>:<apiPort>`: the API as a browser at `host` reaches it (= apiUrl by default). */
  hostApiUrl: string;
  /** `ws://127.0.0.1:<port>`, or `ws://<host>:<port>` with the `host` option. */
  livekitUrl: string;
  livekitApiKey: string;
  livekitApiSecret: string;
  runDir: string;
  /** Settles with a message if a server of the stack stops by itself (not through stop()). */
  crashed: Promise<string>;
  /** Stops everything this stack started, in reverse order. */
  stop(): Promise<void>;
}

/** One started server, as the stack tracks it. */
interface StackPart {
  name: string;
  logFile: string;
  exited: Promise<ChildExit>;
  stop(): Promise<void>;
}

function defaultRunDir(): string {
  return join(repoRoot, '.cache', 'run', `${process.pid}-${randomBytes(4).toString('hex')}`);
}

function watchForCrash(parts: readonly StackPart[], isStopping: () => boolean): Promise<string> {
  return new Promise((resolve) => {
    for (const part of parts) {
      void part.exited.then((exit) => {
        if (!isStopping()) resolve(`${part.name} ${describeExit(exit)}; see ${part.logFile}`);
      });
    }
  });
}

interface StartApiOptions {
  port: number;
  entry: string;
  env: Readonly<Record<string, string>>;
  runDir: string;
  verbose?: boolean;
}

async function startApi(options: StartApiOptions): Promise<ManagedChild> {
  const child = spawnChild({
    name: 'api',
    command: join(repoRoot, 'node_modules/.bin/tsx'),
    args: [options.entry],
    cwd: repoRoot,
    env: options.env,
    logFile: join(options.runDir, 'api.log'),
    verbose: options.verbose,
  });
  try {
    await waitUntilReady({
      child,
      what: `the API (${options.entry}) on port ${options.port}`,
      timeoutMs: 30_000,
      probe: () => answersOk(`http://127.0.0.1:${options.port}/api/health`),
    });
  } catch (error) {
    await child.stop();
    throw error;
  }
  return child;
}

/** Starts Redis (unless one is given), LiveKit and the API, and waits until all are ready. */
export async function startStack(options: StartStackOptions = {}): Promise<Stack> {
  const runDir = options.runDir ?? defaultRunDir();
  mkdirSync(runDir, { recursive: true });
  const started: StackPart[] = [];
  let stopping = false;
  const stop = async (): Promise<void> => {
    stopping = true;
    unregister();
    for (const part of started.splice(0).reverse()) {
      try {
        await part.stop();
      } catch (error) {
        console.error(`could not stop ${part.name}:`, error);
      }
    }
  };
  const shutdownEntry = { name: 'stack', stop };
  let unregister = registerForShutdown(shutdownEntry);

  try {
    const apiPort = options.apiPort ?? (await findFreePort());
    if (options.apiPort !== undefined && !(await isPortFree(apiPort))) throw new PortInUseError(apiPort);

    // An empty REDIS_URL (e.g. `REDIS_URL= npm start`) means "start one", like an unset one.
    let redisUrl = options.redisUrl ?? (process.env.REDIS_URL || undefined);
    if (redisUrl === undefined) {
      const redis = await startRedis({ dir: join(runDir, 'redis'), verbose: options.verbose });
      started.push({ name: 'redis', ...redis });
      redisUrl = redis.url;
    }

    const livekitApiKey = randomApiKey();
    const livekitApiSecret = randomSecret(48);
    const livekit = await startLivekit({
      port: await findFreePort(),
      rtcTcpPort: await findFreePort(),
      udpPort: await findFreeUdpPort(),
      apiKey: livekitApiKey,
      apiSecret: livekitApiSecret,
      webhookUrl: `http://127.0.0.1:${apiPort}/api/livekit/webhook`,
      runDir,
      verbose: options.verbose,
      host: options.host,
    });
    started.push({ name: 'livekit', ...livekit });

    if (options.buildWeb ?? true) {
      await buildWebApp({ logFile: join(runDir, 'web-build.log'), verbose: options.verbose });
    }

    const api = await startApi({
      port: apiPort,
      entry: options.apiEntry ?? 'apps/api/src/main.ts',
      runDir,
      verbose: options.verbose,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? homedir(),
        PORT: String(apiPort),
        REDIS_URL: redisUrl,
        REDIS_PREFIX: 'vp',
        LIVEKIT_URL: livekit.url,
        LIVEKIT_API_KEY: livekitApiKey,
        LIVEKIT_API_SECRET: livekitApiSecret,
        ALTCHA_HMAC_KEY: randomSecret(48),
        WEB_DIST: webDist,
        LOG_LEVEL: 'info',
        NODE_ENV: 'production',
        ...options.apiEnv,
      },
    });
    started.push(api);
    // Registered again so that it is the newest entry: on Ctrl+C the stack then stops its
    // servers itself, in order, and knows that their exits are not crashes.
    unregister();
    unregister = registerForShutdown(shutdownEntry);

    return {
      apiUrl: `http://127.0.0.1:${apiPort}`,
      hostApiUrl: `http://${options.host ?? '127.0.0.1'}:${apiPort}`,
      redisUrl,
      livekitUrl: livekit.url,
      livekitApiKey,
      livekitApiSecret,
      runDir,
      crashed: watchForCrash([...started], () => stopping),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
