// The plaza's one Redis client library: node-redis. BullMQ runs on it through its adapter.
import { createNodeRedisClient } from 'bullmq';
import {
  ClientClosedError,
  ClientOfflineError,
  ConnectionTimeoutError,
  createClient,
  DisconnectsClientError,
  ErrorReply,
  MultiErrorReply,
  ReconnectStrategyError,
  RootNodesUnavailableError,
  SocketClosedUnexpectedlyError,
  SocketTimeoutError,
  TimeoutError,
} from 'redis';

export type RedisClient = ReturnType<typeof createClient>;

interface ConnectRedisOptions {
  url: string;
  /** Called with connection errors; node-redis reconnects by itself. */
  onError: (error: Error) => void;
}

/**
 * Opens a node-redis client and waits until it is ready. While it is reconnecting, commands fail
 * at once (ClientOfflineError) instead of waiting in an offline queue for as long as Redis is
 * away: a request then answers 503 at once rather than hanging.
 */
export async function connectRedis(options: ConnectRedisOptions): Promise<RedisClient> {
  const client = createClient({ url: options.url, disableOfflineQueue: true });
  client.on('error', options.onError);
  await client.connect();
  return client;
}

/**
 * A BullMQ connection on a duplicate of the client; BullMQ duplicates it again for blocking reads.
 * BullMQ expects its commands to wait for a reconnect, so this one keeps the offline queue.
 */
export function createBullConnection(client: RedisClient) {
  return createNodeRedisClient(client.duplicate({ disableOfflineQueue: false }));
}

/** node-redis failures that mean Redis cannot be reached now: connecting, reconnecting, closed. */
const connectionErrors = [
  ClientClosedError,
  ClientOfflineError,
  ConnectionTimeoutError,
  DisconnectsClientError,
  ReconnectStrategyError,
  RootNodesUnavailableError,
  SocketClosedUnexpectedlyError,
  SocketTimeoutError,
  TimeoutError,
];
const connectionErrorNames = new Set(connectionErrors.map((type) => type.name));

/** Replies of a Redis that is up but cannot serve yet: loading its data, busy, failing over. */
const transientReply = /^(LOADING|BUSY|MASTERDOWN|READONLY|TRYAGAIN|CLUSTERDOWN)\b/;

/** Socket failures on the way to Redis. */
const socketErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * Whether an error (or one it was caused by) says Redis is unavailable for now (restarting,
 * loading its data, the connection reset or being re-established), so the request may be tried
 * again in a few seconds; as opposed to a failure of the request itself.
 */
export function isRedisUnavailableError(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 3) return false;
  if (error instanceof MultiErrorReply) {
    return error.replies.some((reply) => isRedisUnavailableError(reply, depth + 1));
  }
  if (error instanceof ErrorReply) return transientReply.test(error.message);
  // By class, and by class name for a second copy of node-redis (BullMQ's, say).
  if (connectionErrors.some((type) => error instanceof type)) return true;
  if (connectionErrorNames.has(error.constructor.name)) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && socketErrorCodes.has(code)) return true;
  return isRedisUnavailableError(error.cause, depth + 1);
}
