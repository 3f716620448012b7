// The real redis-server and livekit-server, started and stopped by the project's scripts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort, findFreeUdpPort, isPortFree } from './free-port';
import { startLivekit } from './livekit-server';
import { answersOk, pingRedis } from './readiness';
import { startRedis } from './redis-server';
import { randomApiKey, randomSecret } from './secrets';

describe('local servers', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vp-local-servers-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts Redis on a free port, answers PING, and frees the port on stop', async () => {
    const redis = await startRedis({ dir: join(dir, 'redis') });
    expect(await pingRedis({ host: '127.0.0.1', port: redis.port })).toBe(true);
    await redis.stop();
    expect(await pingRedis({ host: '127.0.0.1', port: redis.port })).toBe(false);
    expect(await isPortFree(redis.port)).toBe(true);
  });

  it('refuses a Redis port that is already taken, with the port in the message', async () => {
    const redis = await startRedis({ dir: join(dir, 'redis-a') });
    await expect(startRedis({ port: redis.port, dir: join(dir, 'redis-b') })).rejects.toThrow(
      String(redis.port),
    );
    await redis.stop();
  });

  it('starts LiveKit, ready on GET /, and frees its port on stop', async () => {
    const port = await findFreePort();
    const livekit = await startLivekit({
      port,
      rtcTcpPort: await findFreePort(),
      udpPort: await findFreeUdpPort(),
      apiKey: randomApiKey(),
      apiSecret: randomSecret(48),
      webhookUrl: 'http://127.0.0.1:9/api/livekit/webhook',
      runDir: join(dir, 'livekit'),
    });
    expect(livekit.url).toBe(`ws://127.0.0.1:${port}`);
    expect(await answersOk(`${livekit.httpUrl}/`)).toBe(true);
    await livekit.stop();
    expect(await isPortFree(port)).toBe(true);
  }, 40_000);
});
