// A long-running child process (a server) whose output goes, line-prefixed, to a log file
// rather than to our stdout, and that is stopped with its whole process group, so wrappers
// such as tsx never leave the real server behind.
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { registerForShutdown } from './shutdown';

const tailLength = 200;

export interface SpawnChildOptions {
  /** Short name used as the log prefix, e.g. `redis`. */
  name: string;
  command: string;
  args: readonly string[];
  cwd?: string;
  /** The complete environment: nothing is inherited, so nothing stray leaks in. */
  env: Readonly<Record<string, string>>;
  logFile: string;
  /** Also copy the prefixed lines to our stdout. */
  verbose?: boolean;
  /** How long stop() waits after SIGTERM before SIGKILL; 5 s by default. */
  stopTimeoutMs?: number;
}

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Set when the process could not be started at all (e.g. ENOENT). */
  error?: Error;
}

export interface ManagedChild {
  readonly name: string;
  readonly command: string;
  readonly pid: number | undefined;
  readonly logFile: string;
  /** Settles when the process has exited (or failed to start). */
  readonly exited: Promise<ChildExit>;
  /** The exit once it happened, else undefined. */
  exitInfo(): ChildExit | undefined;
  /** The last lines of output, prefixed, newest last. */
  logTail(lines?: number): string;
  /** SIGTERM to the process group, SIGKILL after the timeout; resolves once it has exited. */
  stop(): Promise<void>;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: the group is already gone, which is what we wanted.
  }
}

function delay(ms: number): { promise: Promise<void>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/** Describes an exit for error messages: "exited with code 1", "was killed by SIGKILL"... */
export function describeExit(exit: ChildExit): string {
  if (exit.error !== undefined) return `could not be started (${exit.error.message})`;
  if (exit.signal !== null) return `was killed by ${exit.signal}`;
  return `exited with code ${exit.code}`;
}

/** Spawns a tracked child in its own process group; it is stopped on our shutdown too. */
export function spawnChild(options: SpawnChildOptions): ManagedChild {
  const { name, logFile } = options;
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile, { flags: 'a' });
  const tail: string[] = [];
  const writeLine = (line: string): void => {
    const prefixed = `[${name}] ${line}`;
    log.write(`${prefixed}\n`);
    tail.push(prefixed);
    if (tail.length > tailLength) tail.shift();
    if (options.verbose === true) process.stdout.write(`${prefixed}\n`);
  };

  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: { ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: Ctrl+C in the terminal reaches only us, and we stop the children
    // in order; stop() signals the group so grandchildren go too.
    detached: true,
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (stream !== null)
      createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on('line', writeLine);
  }
  child.once('close', () => log.end());

  let exit: ChildExit | undefined;
  const exited = new Promise<ChildExit>((resolve) => {
    const settle = (value: ChildExit): void => {
      if (exit !== undefined) return;
      exit = value;
      unregister();
      resolve(value);
    };
    child.once('error', (error) => {
      writeLine(`could not start ${options.command}: ${error.message}`);
      settle({ code: null, signal: null, error });
      log.end();
    });
    child.once('exit', (code, signal) => settle({ code, signal }));
  });

  const stopTimeoutMs = options.stopTimeoutMs ?? 5_000;
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (exit === undefined) {
        signalGroup(child, 'SIGTERM');
        const timer = delay(stopTimeoutMs);
        const timedOut = await Promise.race([exited.then(() => false), timer.promise.then(() => true)]);
        timer.cancel();
        if (timedOut) {
          writeLine(`did not stop within ${stopTimeoutMs} ms of SIGTERM; sending SIGKILL`);
          signalGroup(child, 'SIGKILL');
          await exited;
        }
      }
      // Anything the child started and left behind in its group goes with it.
      signalGroup(child, 'SIGKILL');
    })();
    return stopping;
  };

  const unregister = registerForShutdown({
    name,
    stop,
    killNow: () => signalGroup(child, 'SIGKILL'),
  });

  return {
    name,
    command: options.command,
    pid: child.pid,
    logFile,
    exited,
    exitInfo: () => exit,
    logTail: (lines = 30) => tail.slice(-lines).join('\n'),
    stop,
  };
}
