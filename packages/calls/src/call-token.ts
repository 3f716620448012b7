// Access tokens for one call room, with only the grants a participant of that call needs (I5).
import { randomBytes } from 'node:crypto';
import { AccessToken, TrackSource, type VideoGrant } from 'livekit-server-sdk';
import type { LivekitCredentials } from './credentials';

export type CallRole = 'citizen' | 'officer';

/** Long enough to join; LiveKit renews the token of a connected participant by itself. */
const tokenTtl = '10m';

/** Both sides of a call need the same: join, see and hear, show a camera, a microphone or a
 * screen (a document), send chat data; neither may administer rooms or change its metadata. */
const callGrant: Omit<VideoGrant, 'room'> = {
  roomJoin: true,
  canSubscribe: true,
  canPublish: true,
  canPublishSources: [TrackSource.CAMERA, TrackSource.MICROPHONE, TrackSource.SCREEN_SHARE],
  canPublishData: true,
  canUpdateOwnMetadata: false,
};

/** Identity of a participant in a call: `citizen-<ticket id>` or `officer-<officer id>`. */
export function callIdentityOf(options: { role: CallRole; id: string }): string {
  return `${options.role}-${options.id}`;
}

/** A silent monitor sees and hears the call, is seen by no one, and may send nothing. */
const monitorGrant: Omit<VideoGrant, 'room'> = {
  roomJoin: true,
  canSubscribe: true,
  canPublish: false,
  canPublishData: false,
  hidden: true,
  canUpdateOwnMetadata: false,
};

/** Short: a monitor joins at once; a connected participant's token is renewed by LiveKit. */
const monitorTokenTtlSeconds = 5 * 60;

/** Mints a token that joins one room, as one identity, with one grant, for `ttl` (seconds or `'10m'`). */
async function mintRoomToken(options: {
  credentials: LivekitCredentials;
  roomName: string;
  identity: string;
  displayName: string;
  grant: Omit<VideoGrant, 'room'>;
  ttl: number | string;
}): Promise<{ token: string; identity: string }> {
  const accessToken = new AccessToken(options.credentials.apiKey, options.credentials.apiSecret, {
    identity: options.identity,
    name: options.displayName,
    ttl: options.ttl,
  });
  accessToken.addGrant({ ...options.grant, room: options.roomName });
  return { token: await accessToken.toJwt(), identity: options.identity };
}

/**
 * Mints a supervisor's token to monitor one call silently: hidden, subscribe-only, short-lived,
 * under an identity `monitor-<account id>-<random>` (two monitors of one account do not collide).
 */
export async function mintMonitorToken(options: {
  credentials: LivekitCredentials;
  roomName: string;
  accountId: string;
  displayName: string;
}): Promise<{ token: string; identity: string }> {
  return mintRoomToken({
    credentials: options.credentials,
    roomName: options.roomName,
    identity: `monitor-${options.accountId}-${randomBytes(6).toString('hex')}`,
    displayName: options.displayName,
    grant: monitorGrant,
    ttl: monitorTokenTtlSeconds,
  });
}

/** Mints a token that joins exactly one room, as one identity. */
export async function mintCallToken(options: {
  credentials: LivekitCredentials;
  roomName: string;
  role: CallRole;
  id: string;
  displayName: string;
}): Promise<{ token: string; identity: string }> {
  return mintRoomToken({
    credentials: options.credentials,
    roomName: options.roomName,
    identity: callIdentityOf({ role: options.role, id: options.id }),
    displayName: options.displayName,
    grant: callGrant,
    ttl: tokenTtl,
  });
}
