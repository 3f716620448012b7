// Closing a call's room against a real LiveKit server: a room that never existed (the call ended
// before anyone joined) is already closed and logs nothing; any other failure is logged.
import { randomUUID } from 'node:crypto';
import { createCallRooms, type LivekitCredentials } from '@vp/calls';
import { roomNameOf } from '@vp/engine';
import { describe, expect, it } from 'vitest';
import { randomSecret } from '../../../../infra/scripts/secrets';
import { useLivekitPerFile } from '../../../../test/support/livekit-test-server';
import { captureLogs } from '../../../../test/support/log-capture';
import { closeCall } from './call-join';

describe('closing a call room on a real LiveKit server', () => {
  const livekit = useLivekitPerFile('call-rooms');
  const { credentials } = livekit;

  const depsWith = (roomCredentials: LivekitCredentials) => {
    const { logger, entries } = captureLogs();
    const rooms = createCallRooms({ livekitUrl: livekit.server.url, credentials: roomCredentials });
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
