// Reading a LiveKit access token in a test: its claims, verified against the secret that must have
// signed it, and the grant a silent monitor's token must carry exactly.
import type { LivekitCredentials } from '@vp/calls';
import { type ClaimGrants, TokenVerifier, type VideoGrant } from 'livekit-server-sdk';

/** The claims of a token signed with `credentials` (rejects one signed with another secret). */
export function verifyCallToken(token: string, credentials: LivekitCredentials): Promise<ClaimGrants> {
  return new TokenVerifier(credentials.apiKey, credentials.apiSecret).verify(token);
}

/** How long a token is valid, in seconds: from when it may first be used to when it expires. */
export function lifetimeOf(claims: ClaimGrants): number {
  return (claims.exp ?? 0) - (claims.nbf ?? claims.iat ?? 0);
}

/** The whole video grant of a monitor of `room`: hidden, subscribe-only, sending nothing. */
export function monitorGrantOf(room: string): VideoGrant {
  return {
    room,
    roomJoin: true,
    canSubscribe: true,
    canPublish: false,
    canPublishData: false,
    hidden: true,
    canUpdateOwnMetadata: false,
  };
}
