// Waiting for a freshly started server: poll a probe until it answers, and fail with the
// server's own last words when it exits or takes too long.
import { connect } from 'node:net';
import { describeExit, type ManagedChild } from './child';

export interface WaitUntilReadyOptions {
  child: ManagedChild;
  /** What is being waited for, for the error message, e.g. "redis-server on port 6400". */
  what: string;
  timeoutMs: number;
  /** Resolves true once the server is ready; must not throw. */
  probe: () => Promise<boolean>;
  /** Added to the message when the program could not be started at all (not installed). */
  notFoundHint?: string;
  intervalMs?: number;
}

function failure(options: WaitUntilReadyOptions, reason: string): Error {
  const tail = options.child.logTail(30);
  const hint =
    options.child.exitInfo()?.error !== undefined && options.notFoundHint !== undefined
      ? `\n${options.notFoundHint}`
      : '';
  const log =
    tail === ''
      ? `(no output; log: ${options.child.logFile})`
      : `last lines of ${options.child.logFile}:\n${tail}`;
  return new Error(`${options.what} ${reason}${hint}\n${log}`);
}

/** Polls `probe` until it succeeds; throws (with the log tail) if the child exits or time runs out. */
export async function waitUntilReady(options: WaitUntilReadyOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  const intervalMs = options.intervalMs ?? 100;
  for (;;) {
    const exit = options.child.exitInfo();
    if (exit !== undefined) throw failure(options, `${describeExit(exit)} before it was ready`);
    if (await options.probe()) {
      // The probe may have reached another server on the same port just before ours died.
      const lateExit = options.child.exitInfo();
      if (lateExit !== undefined) throw failure(options, `${describeExit(lateExit)} before it was ready`);
      return;
    }
    if (Date.now() >= deadline) {
      throw failure(options, `was not ready within ${Math.round(options.timeoutMs / 1000)} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export interface PingRedisOptions {
  host: string;
  port: number;
  timeoutMs?: number;
}

/** Sends a raw `PING` over TCP (no client library) and tells whether `+PONG` came back. */
export function pingRedis(options: PingRedisOptions): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: options.host, port: options.port });
    let reply = '';
    const finish = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(options.timeoutMs ?? 1_000, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1');
      if (reply.includes('\r\n')) finish(reply.startsWith('+PONG'));
    });
    socket.once('end', () => finish(false));
  });
}

/** Tells whether a GET of `url` answers 200; network errors and timeouts count as "not yet". */
export async function answersOk(url: string, timeoutMs = 2_000): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}
