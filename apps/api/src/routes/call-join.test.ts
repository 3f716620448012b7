// Closing a call's room against a real LiveKit server: a room that never existed (the call ended
// before anyone joined) is already closed and logs nothing; any other failure is logged.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCallRooms, type LivekitCredentials } from '@vp/calls';
import { roomNameOf } from '@vp/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort, findFreeUdpPort } from '../../../../infra/scripts/free-port';
import { type LivekitServer, startLivekit } from '../../../../infra/scripts/livekit-server';
import { randomApiKey, randomSecret } from '../../../../infra/scripts/secrets';
import { captureLogs } from '../../../../test/support/log-capture';
import { closeCall } from './call-join';

describe('closing a call room on a real LiveKit server', () => {
  let dir: string;
  let livekit: LivekitServer;
  const credentials: LivekitCredentials = { apiKey: randomApiKey(), apiSecret: randomSecret(48) };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vp-call-rooms-'));
    livekit = await startLivekit({
      port: await findFreePort(),
      rtcTcpPort: await findFreePort(),
      udpPort: await findFreeUdpPort(),
      ...credentials,
      webhookUrl: 'http://127.0.0.1:9/api/livekit/webhook',
      runDir: dir,
    });
  });

  afterAll(async () => {
    await livekit?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const depsWith = (roomCredentials: LivekitCredentials) => {
    const { logger, entries } = captureLogs();
    const rooms = createCallRooms({ livekitUrl: livekit.url, credentials: roomCredentials });
    return { deps: { calls: { rooms }, logger }, entries };
  };

  it('treats a room that does not exist as closed, logging nothing', async () => {
    const { deps, entries } = depsWith(credentials);
    await closeCall(deps, randomUUID());
    expect(entries).toEqual([]);
  });

  it('closes a room that exists, logging nothing', async () => {
    const { deps, entries } = depsWith(credentials);
    const ticketId = randomUUID();
    await deps.calls.rooms.ensureRoom(roomNameOf(ticketId));
    await closeCall(deps, ticketId);
    expect(entries).toEqual([]);
  });

  it('still logs any other failure', async () => {
    const { deps, entries } = depsWith({ ...credentials, apiSecret: randomSecret(48) });
    const ticketId = randomUUID();
    await closeCall(deps, ticketId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ level: 'warn', fields: { ticketId } });
  });
});
