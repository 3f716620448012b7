// LiveKit webhooks: the signature is checked before any event is trusted.
import { WebhookReceiver } from 'livekit-server-sdk';
import type { LivekitCredentials } from './credentials';

export interface CallWebhookEvent {
  /** LiveKit's id of the event, the same on every delivery of it: replays are told by it. */
  id: string;
  event: string;
  roomName: string | undefined;
  participantIdentity: string | undefined;
  /** Seconds since the epoch, as LiveKit stamps it. */
  createdAt: number;
}

export type VerifyCallWebhook = (
  rawBody: string,
  authorization: string | undefined,
) => Promise<CallWebhookEvent>;

/** Returns a function that verifies a webhook's signature and extracts what the plaza uses. */
export function createCallWebhookVerifier(credentials: LivekitCredentials): VerifyCallWebhook {
  const receiver = new WebhookReceiver(credentials.apiKey, credentials.apiSecret);
  return async (rawBody, authorization) => {
    const event = await receiver.receive(rawBody, authorization);
    return {
      id: event.id,
      event: event.event,
      roomName: event.room?.name,
      participantIdentity: event.participant?.identity,
      createdAt: Number(event.createdAt),
    };
  };
}
