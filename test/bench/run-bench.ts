// Runs a benchmark against a Redis of its own, started and removed around it, then exits.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectRedis, type RedisClient } from '@vp/engine';
import { startRedis } from '../../infra/scripts/redis-server';

export function runBench(measure: (redis: RedisClient) => Promise<void>): void {
  const dir = mkdtempSync(join(tmpdir(), 'vp-bench-'));
  const run = async () => {
    const server = await startRedis({ dir });
    const redis = await connectRedis({ url: server.url, onError: (error) => console.error(error) });
    try {
      await measure(redis);
    } finally {
      redis.destroy();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  };
  run().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
