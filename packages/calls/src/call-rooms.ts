// Creates and closes call rooms on the LiveKit server through its server API.
import { RoomServiceClient, ServerError } from 'livekit-server-sdk';
import type { LivekitCredentials } from './credentials';

export interface CallRooms {
  /** Creates the room if it does not exist yet; LiveKit answers with the existing one otherwise. */
  ensureRoom(roomName: string): Promise<void>;
  /** Closes the room, disconnecting whoever is still in it; a missing room is no error. */
  closeRoom(roomName: string): Promise<void>;
}

/**
 * Whether LiveKit's server API answered that the room does not exist (HTTP 404, Twirp code
 * `not_found`): read from the error's status and code, never from its wording.
 */
export function isRoomNotFound(error: unknown): boolean {
  return error instanceof ServerError && (error.status === 404 || error.code === 'not_found');
}

/**
 * How long a call room outlives its people (seconds). A dropped phone comes back within the call's
 * 15 s grace by LiveKit's resume or reconnect; if both sides dropped at once, the room must still
 * be there: it closes (and `room_finished` ends the ticket) only `departureTimeout` after the last
 * one left, so that is well past the grace. A room nobody joined goes after `emptyTimeout`.
 */
export const callRoomTimeouts = { emptyTimeout: 120, departureTimeout: 45 } as const;

/** The HTTP address of the server API for the WebSocket address browsers use. */
export function toServerApiUrl(livekitUrl: string): string {
  return livekitUrl.replace(/^ws(s?):\/\//, 'http$1://');
}

export function createCallRooms(options: { livekitUrl: string; credentials: LivekitCredentials }): CallRooms {
  const client = new RoomServiceClient(
    toServerApiUrl(options.livekitUrl),
    options.credentials.apiKey,
    options.credentials.apiSecret,
  );
  return {
    async ensureRoom(roomName) {
      // Officer, citizen and one silent supervisor at most.
      await client.createRoom({ name: roomName, maxParticipants: 3, ...callRoomTimeouts });
    },
    async closeRoom(roomName) {
      try {
        await client.deleteRoom(roomName);
      } catch (error) {
        // Never created (the call ended before anyone joined) or already gone: closed either way.
        if (isRoomNotFound(error)) return;
        throw error;
      }
    },
  };
}
