// The citizen's routes. A ticket is reached with its id and the access key of its link.
import { AppError, createTicketRequestSchema } from '@vp/contract';
import {
  cancelTicket,
  createTicket,
  describeTicket,
  endTicket,
  formatTicketNumber,
  getTicketView,
  markCitizenConnected,
  markCitizenDisconnected,
  readTicketWithKey,
} from '@vp/engine';
import { type Request, Router } from 'express';
import type { ApiDeps } from '../deps';
import { parseInput } from '../http/validate';
import { openEventStream } from '../realtime/event-stream';
import { closeCall, joinCall } from './call-join';

function accessKeyOf(request: Request): string {
  const key =
    request.get('x-ticket-key') ?? (typeof request.query.key === 'string' ? request.query.key : undefined);
  if (!key) {
    throw new AppError('unauthenticated', 'ticket key missing', {
      userMessage: 'The ticket link is incomplete',
      field: 'key',
    });
  }
  return key;
}

/**
 * Counts the request's connection as the citizen's presence. Returns the release to run once
 * when the client goes, or null when it has already gone (then nothing stays counted). The close
 * is listened for before the count is written, so a client that drops meanwhile is uncounted
 * as soon as the write returns: every connection counted is uncounted exactly once.
 */
async function holdCitizenPresence(
  deps: ApiDeps,
  options: { request: Request; ticketId: string },
): Promise<(() => void) | null> {
  const { request, ticketId } = options;
  // Gone before the handler got here: nothing to count.
  if (request.destroyed) return null;
  const release = () => {
    markCitizenDisconnected(deps.plaza, ticketId).catch((error: unknown) =>
      deps.logger.warn('presence update failed', { ticketId, error }),
    );
  };
  let gone = false;
  const onClose = () => {
    gone = true;
  };
  request.once('close', onClose);
  try {
    // Throws when nothing was counted; the close then has nothing to release.
    await markCitizenConnected(deps.plaza, ticketId);
  } finally {
    request.off('close', onClose);
  }
  if (gone || request.destroyed) {
    release();
    return null;
  }
  return release;
}

export function createTicketRoutes(deps: ApiDeps): Router {
  const router = Router();
  const { plaza } = deps;
  const ticketOf = (request: Request<{ id: string }>) =>
    readTicketWithKey(plaza, { ticketId: request.params.id, accessKey: accessKeyOf(request) });

  router.post('/tickets', async (request, response) => {
    const created = await createTicket(plaza, parseInput(createTicketRequestSchema, request.body));
    deps.logger.info('ticket created', { ticketId: created.ticket.id, tenant: created.ticket.tenantCode });
    response.status(201).json(created);
  });

  router.get('/tickets/:id', async (request, response) => {
    response.json(await describeTicket(plaza, await ticketOf(request)));
  });

  router.get('/tickets/:id/events', async (request, response) => {
    const ticket = await ticketOf(request);
    // The open stream is the citizen's presence: its drop starts the grace period (I7).
    const release = await holdCitizenPresence(deps, { request, ticketId: ticket.id });
    if (!release) return;
    let unwatch = () => {};
    const stream = openEventStream(request, response, () => {
      unwatch();
      release();
    });
    unwatch = deps.hub.watchTicket({ ticketId: ticket.id, tenantCode: ticket.tenant, stream });
  });

  router.post('/tickets/:id/cancel', async (request, response) => {
    const ticket = await ticketOf(request);
    if ((await cancelTicket(plaza, ticket.id)) === 'in_call') await closeCall(deps, ticket.id);
    deps.logger.info('ticket cancelled', { ticketId: ticket.id });
    response.json(await getTicketView(plaza, ticket.id));
  });

  router.post('/tickets/:id/call', async (request, response) => {
    const ticket = await ticketOf(request);
    if (ticket.status !== 'in_call') {
      throw new AppError('ticket_not_in_call', `ticket ${ticket.id} is ${ticket.status}`, {
        userMessage: 'The call has not started',
      });
    }
    const join = await joinCall(deps, {
      ticketId: ticket.id,
      role: 'citizen',
      id: ticket.id,
      // The ticket number, not the name: room names and identities end up in server logs.
      displayName: formatTicketNumber({ tenantCode: ticket.tenant, sequence: ticket.sequence }),
    });
    response.json(join);
  });

  router.post('/tickets/:id/end', async (request, response) => {
    const ticket = await ticketOf(request);
    await endTicket(plaza, { ticketId: ticket.id, status: 'completed', by: 'citizen', from: ['in_call'] });
    await closeCall(deps, ticket.id);
    deps.logger.info('call ended by citizen', { ticketId: ticket.id });
    response.json(await getTicketView(plaza, ticket.id));
  });

  return router;
}
