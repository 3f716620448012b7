// LiveKit webhooks: read raw (the signature covers the exact bytes), verified, then applied.
import { AppError } from '@vp/contract';
import { endTicket, markCitizenJoined, readTicket } from '@vp/engine';
import express, { Router } from 'express';
import type { ApiDeps } from '../deps';

const roomPattern = /^call-(.+)$/;

export function createLivekitWebhookRoutes(deps: ApiDeps): Router {
  const router = Router();
  router.post(
    '/livekit/webhook',
    express.raw({ type: ['application/webhook+json', 'application/json'], limit: '64kb' }),
    async (request, response) => {
      const body = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : '';
      const event = await deps.calls
        .verifyWebhook(body, request.get('authorization'))
        .catch((error: unknown) => {
          throw new AppError('unauthenticated', 'webhook signature refused', {
            cause: error,
            field: 'authorization',
          });
        });
      const ticketId = event.roomName ? roomPattern.exec(event.roomName)?.[1] : undefined;
      deps.logger.info('call webhook', {
        event: event.event,
        ticketId,
        participant: event.participantIdentity,
      });
      if (
        event.event === 'participant_joined' &&
        ticketId &&
        event.participantIdentity === `citizen-${ticketId}`
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
      response.json({ ok: true });
    },
  );
  return router;
}
