// Replay protection for webhooks: each event id is handled once. A replayed event (the same id,
// sent again by an attacker or by a retrying sender) is noticed here and left alone.
import type { PlazaContext } from './context';

/**
 * How long a handled event id is remembered. LiveKit signs each webhook with a token valid for
 * minutes, so a replay after this is refused by its signature already; a day is ample.
 */
export const webhookEventMemorySeconds = 24 * 3600;

/**
 * Notes an event id as being handled; false if it was noted before (a replay). One SET NX: of two
 * deliveries of one id at the same moment, exactly one wins.
 */
export async function claimWebhookEvent(context: PlazaContext, eventId: string): Promise<boolean> {
  const reply = await context.redis.set(context.keys.webhookEvent(eventId), String(context.clock.now()), {
    condition: 'NX',
    expiration: { type: 'EX', value: webhookEventMemorySeconds },
  });
  return reply === 'OK';
}

/** Forgets an event whose handling failed, so the sender's retry is handled rather than ignored. */
export async function releaseWebhookEvent(context: PlazaContext, eventId: string): Promise<void> {
  await context.redis.del(context.keys.webhookEvent(eventId));
}
