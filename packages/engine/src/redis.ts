// The plaza's one Redis client library: node-redis. BullMQ runs on it through its adapter.
import { createNodeRedisClient } from 'bullmq';
import { createClient } from 'redis';

export type RedisClient = ReturnType<typeof createClient>;

interface ConnectRedisOptions {
  url: string;
  /** Called with connection errors; node-redis reconnects by itself. */
  onError: (error: Error) => void;
}

/** Opens a node-redis client and waits until it is ready. */
export async function connectRedis(options: ConnectRedisOptions): Promise<RedisClient> {
  const client = createClient({ url: options.url });
  client.on('error', options.onError);
  await client.connect();
  return client;
}

/** A BullMQ connection on a duplicate of the client; BullMQ duplicates it again for blocking reads. */
export function createBullConnection(client: RedisClient) {
  return createNodeRedisClient(client.duplicate());
}
