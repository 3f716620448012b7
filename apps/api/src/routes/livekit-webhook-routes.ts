// LiveKit webhooks: read raw (the signature covers the exact bytes), verified, then applied.

import { type CallWebhookEvent, callIdentityOf } from '@vp/calls';
import { AppError, ticketIdSchema } from '@vp/contract';
import { claimWebhookEvent, endTicket, markCitizenJoined, readTicket, releaseWebhookEvent } from '@vp/engine';
import express from 'express';
import type { ApiDeps } from '../deps';
import type { RouteHandler } from '../http/route-definition';

const roomPattern = /^call-(.+)$/;
/** LiveKit's event ids (`EV_…`): short, with no character that could shape a Redis key. */
const eventIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** The webhook's body, read raw: the signature covers the exact bytes. */
export const livekitWebhookBody = express.raw({
  type: ['application/webhook+json', 'application/json'],
  limit: '64kb',
});

export const receiveCallWebhook: RouteHandler<'public'> = async ({ request, response, deps }) => {
  const body = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : '';
  const event = await deps.calls.verifyWebhook(body, request.get('authorization')).catch((error: unknown) => {
    throw new AppError('unauthenticated', 'webhook signature refused', {
      cause: error,
      field: 'authorization',
    });
  });
  if (!eventIdPattern.test(event.id)) {
    throw new AppError('validation_failed', 'webhook event without a usable id', { field: 'id' });
  }
  // A replay (the same event again) is acknowledged, so the sender stops, and changes nothing.
  if (!(await claimWebhookEvent(deps.plaza, event.id))) {
    deps.logger.info('call webhook replayed', { event: event.event, eventId: event.id });
    response.json({ ok: true });
    return;
  }
  try {
    await applyCallEvent(deps, event);
  } catch (error) {
    // Not handled after all: LiveKit's retry of it must not count as a replay.
    await releaseWebhookEvent(deps.plaza, event.id).catch((releaseError: unknown) =>
      deps.logger.warn('webhook event not released; its retry will be ignored', {
        eventId: event.id,
        error: releaseError,
      }),
    );
    throw error;
  }
  response.json({ ok: true });
};

/** Applies a verified, first-seen event to the plaza. */
async function applyCallEvent(deps: ApiDeps, event: CallWebhookEvent): Promise<void> {
  // Parsed like any id from outside: a room not named for a ticket is logged and left alone.
  const ticketId = ticketIdSchema.safeParse(
    event.roomName ? roomPattern.exec(event.roomName)?.[1] : undefined,
  ).data;
  deps.logger.info('call webhook', {
    event: event.event,
    ticketId,
    participant: event.participantIdentity,
  });
  if (
    event.event === 'participant_joined' &&
    ticketId &&
    event.participantIdentity === callIdentityOf({ role: 'citizen', id: ticketId })
  ) {
    await markCitizenJoined(deps.plaza, ticketId);
  }
  if (event.event === 'room_finished' && ticketId) {
    // Both sides left without pressing end (a closed tab, a lost phone): the call is over.
    const ticket = await readTicket(deps.plaza, ticketId);
    if (ticket?.status === 'in_call') {
      await endTicket(deps.plaza, { ticketId, status: 'completed', by: 'system', from: ['in_call'] });
    }
  }
}
