// A LiveKit server of one test file's own, on free ports with fresh credentials: started before its
// tests, stopped (and its run directory removed) after them. Its webhooks go nowhere.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { findFreePort, findFreeUdpPort } from '../../infra/scripts/free-port';
import { type LivekitServer, startLivekit } from '../../infra/scripts/livekit-server';
import { randomApiKey, randomSecret } from '../../infra/scripts/secrets';

export interface LivekitTestServer {
  /** The running server; only inside tests (after `beforeAll`). */
  readonly server: LivekitServer;
  readonly credentials: { apiKey: string; apiSecret: string };
}

/** Registers the hooks that start and stop the server; `name` goes into its run directory's name. */
export function useLivekitPerFile(name: string): LivekitTestServer {
  let dir: string | undefined;
  let server: LivekitServer | undefined;
  const credentials = { apiKey: randomApiKey(), apiSecret: randomSecret(48) };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `vp-${name}-`));
    server = await startLivekit({
      port: await findFreePort(),
      rtcTcpPort: await findFreePort(),
      udpPort: await findFreeUdpPort(),
      ...credentials,
      webhookUrl: 'http://127.0.0.1:9/api/livekit/webhook',
      runDir: dir,
    });
  });

  afterAll(async () => {
    await server?.stop();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  return {
    get server() {
      if (!server) throw new Error('the LiveKit test server is not running (use it inside a test)');
      return server;
    },
    credentials,
  };
}
