// A Redis connection and a unique key prefix per test; cleanup deletes only that prefix's keys.
import { randomUUID } from 'node:crypto';
import { connectRedis, type RedisClient } from '@vp/engine';
import { inject } from 'vitest';

export interface RedisTestContext {
  redis: RedisClient;
  prefix: string;
  cleanup(): Promise<void>;
}

export async function createRedisTestContext(): Promise<RedisTestContext> {
  const redis = await connectRedis({
    url: inject('redisUrl'),
    onError: (error) => {
      throw error;
    },
  });
  const prefix = `test-${randomUUID()}`;
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
