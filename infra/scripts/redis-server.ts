// A throwaway Redis for development and tests: Debian's redis-server with infra/redis.conf,
// on its own port, as our child (never daemonized), never the machine's Redis on 6379.
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type ChildExit, spawnChild } from './child';
import { findFreePort, isPortFree, PortInUseError } from './free-port';
import { pingRedis, waitUntilReady } from './readiness';
import { repoRoot } from './repo-root';

export interface StartRedisOptions {
  /** A free one is picked when omitted. */
  port?: number;
  /** Working directory of the server (and where its log goes). */
  dir: string;
  /** More arguments for redis-server, after the ones that keep it a throwaway. */
  args?: readonly string[];
  verbose?: boolean;
}

export interface RedisServer {
  /** `redis://127.0.0.1:<port>` */
  url: string;
  port: number;
  logFile: string;
  /** Settles when the server process has exited, for whatever reason. */
  exited: Promise<ChildExit>;
  stop(): Promise<void>;
}

/** Starts redis-server on loopback and resolves once it answers PING (10 s at most). */
export async function startRedis(options: StartRedisOptions): Promise<RedisServer> {
  const port = options.port ?? (await findFreePort());
  // Checked first so that a PING answered by some other Redis on this port is not taken for ours.
  if (options.port !== undefined && !(await isPortFree(port))) throw new PortInUseError(port);
  mkdirSync(options.dir, { recursive: true });
  const logFile = join(options.dir, 'redis.log');
  const child = spawnChild({
    name: 'redis',
    command: 'redis-server',
    args: [
      join(repoRoot, 'infra/redis.conf'),
      ...['--port', String(port), '--dir', options.dir, '--save', '', '--appendonly', 'no'],
      ...(options.args ?? []),
    ],
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? homedir() },
    logFile,
    verbose: options.verbose,
  });
  try {
    await waitUntilReady({
      child,
      what: `redis-server on port ${port}`,
      timeoutMs: 10_000,
      probe: () => pingRedis({ host: '127.0.0.1', port }),
      notFoundHint: 'Is redis-server installed? Run: bash infra/scripts/ensure-deps.sh',
    });
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { url: `redis://127.0.0.1:${port}`, port, logFile, exited: child.exited, stop: () => child.stop() };
}
