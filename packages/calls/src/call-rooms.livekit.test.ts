// The room a call gets on a real LiveKit server: it outlives a dropped side well past the call's
// 15 s grace, so a short cut never closes it (and room_finished never ends the ticket by it).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RoomServiceClient } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort, findFreeUdpPort } from '../../../infra/scripts/free-port';
import { type LivekitServer, startLivekit } from '../../../infra/scripts/livekit-server';
import { randomApiKey, randomSecret } from '../../../infra/scripts/secrets';
import { callRoomTimeouts, createCallRooms, toServerApiUrl } from './call-rooms';
import type { LivekitCredentials } from './credentials';

describe('a call room on a real LiveKit server', () => {
  let dir: string;
  let livekit: LivekitServer;
  const credentials: LivekitCredentials = { apiKey: randomApiKey(), apiSecret: randomSecret(48) };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vp-call-room-timeouts-'));
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

  it('is made with timeouts past the grace, and keeps them when ensured again', async () => {
    const rooms = createCallRooms({ livekitUrl: livekit.url, credentials });
    const roomName = `call-${randomUUID()}`;
    await rooms.ensureRoom(roomName);
    await rooms.ensureRoom(roomName);
    const client = new RoomServiceClient(
      toServerApiUrl(livekit.url),
      credentials.apiKey,
      credentials.apiSecret,
    );
    const listed = await client.listRooms([roomName]);
    expect(listed).toHaveLength(1);
    expect(listed[0]?.departureTimeout).toBe(callRoomTimeouts.departureTimeout);
    expect(listed[0]?.emptyTimeout).toBe(callRoomTimeouts.emptyTimeout);
    // Both sides dropping at once within the 15 s grace must not close the room.
    expect(callRoomTimeouts.departureTimeout).toBeGreaterThanOrEqual(30);
    await rooms.closeRoom(roomName);
    expect(await client.listRooms([roomName])).toHaveLength(0);
  });
});
