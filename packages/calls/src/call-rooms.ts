// Creates and closes call rooms on the LiveKit server through its server API.
import { RoomServiceClient } from 'livekit-server-sdk';
import type { LivekitCredentials } from './credentials';

export interface CallRooms {
  /** Creates the room if it does not exist yet; LiveKit answers with the existing one otherwise. */
  ensureRoom(roomName: string): Promise<void>;
  /** Closes the room, disconnecting whoever is still in it; a missing room is no error. */
  closeRoom(roomName: string): Promise<void>;
}

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
      // Officer, citizen and one silent supervisor at most; an empty room goes after a minute.
      await client.createRoom({ name: roomName, maxParticipants: 3, emptyTimeout: 60, departureTimeout: 20 });
    },
    async closeRoom(roomName) {
      try {
        await client.deleteRoom(roomName);
      } catch (error) {
        if (error instanceof Error && /not.?found|404/i.test(error.message)) return;
        throw error;
      }
    },
  };
}
