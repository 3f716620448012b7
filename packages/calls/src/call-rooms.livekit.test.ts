// The room a call gets on a real LiveKit server: it outlives a dropped side well past the call's
// 15 s grace, so a short cut never closes it (and room_finished never ends the ticket by it).
import { randomUUID } from 'node:crypto';
import { RoomServiceClient } from 'livekit-server-sdk';
import { describe, expect, it } from 'vitest';
import { useLivekitPerFile } from '../../../test/support/livekit-test-server';
import { callRoomTimeouts, createCallRooms, toServerApiUrl } from './call-rooms';

describe('a call room on a real LiveKit server', () => {
  const livekit = useLivekitPerFile('call-room-timeouts');
  const { credentials } = livekit;

  it('is made with timeouts past the grace, and keeps them when ensured again', async () => {
    const rooms = createCallRooms({ livekitUrl: livekit.server.url, credentials });
    const roomName = `call-${randomUUID()}`;
    await rooms.ensureRoom(roomName);
    await rooms.ensureRoom(roomName);
    const client = new RoomServiceClient(
      toServerApiUrl(livekit.server.url),
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
