// A Redis connection and a unique key prefix per test; cleanup deletes only that prefix's keys.
import { randomUUID } from 'node:crypto';
import { connectRedis, type RedisClient } from '@vp/engine';
import { inject } from 'vitest';

export interface RedisTestContext {
  redis: RedisClient;
  prefix: string;
  cleanup(): Promise<void>;
}

/** `prefix`: an existing test's prefix, to share its keys (e.g. a second API instance). */
export async function createRedisTestContext(prefix = `test-${randomUUID()}`): Promise<RedisTestContext> {
  const redis = await connectRedis({
    url: inject('redisUrl'),
    onError: (error) => {
      throw error;
    },
  });
  return {
    redis,
    prefix,
    async cleanup() {
      for await (const keys of redis.scanIterator({ MATCH: `${prefix}:*`, COUNT: 500 })) {
        if (keys.length > 0) await redis.del(keys);
      }
      redis.destroy();
    },
  };
}
