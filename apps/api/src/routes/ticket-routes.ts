// The citizen's routes' handlers (declared in route-table.ts). A ticket is reached with its id
// and the access key of its link, which the route table checks before these run.
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
} from '@vp/engine';
import type { Request } from 'express';
import type { ApiDeps } from '../deps';
import type { RouteHandler } from '../http/route-definition';
import { parseInput } from '../http/validate';
import { openEventStream } from '../realtime/event-stream';
import { closeCall, joinCall } from './call-join';
import type { ticketParams } from './route-params';

type CitizenHandler = RouteHandler<'citizen', typeof ticketParams>;

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

/** A single-use, short-lived challenge: no cache may hand the same one to someone else. */
export const issueTicketChallenge: RouteHandler<'public'> = async ({ response, deps }) => {
  response.json(await deps.ticketProof.issueChallenge());
};

export const takeTicket: RouteHandler<'public'> = async ({ request, response, deps }) => {
  const { proof, ...ticketRequest } = parseInput(createTicketRequestSchema, request.body);
  // Spent before the ticket is made: a proof is good for one attempt, whatever its outcome.
  await deps.ticketProof.spend(proof);
  const created = await createTicket(deps.plaza, ticketRequest);
  deps.logger.info('ticket created', { ticketId: created.ticket.id, tenant: created.ticket.tenantCode });
  response.status(201).json(created);
};

export const showTicket: CitizenHandler = async ({ response, deps, ticket }) => {
  response.json(await describeTicket(deps.plaza, ticket));
};

export const streamTicketEvents: CitizenHandler = async ({ request, response, deps, ticket }) => {
  // The open stream is the citizen's presence: its drop starts the grace period (I7).
  const release = await holdCitizenPresence(deps, { request, ticketId: ticket.id });
  if (!release) return;
  let unwatch = () => {};
  const stream = openEventStream(request, response, () => {
    unwatch();
    release();
  });
  unwatch = deps.hub.watchTicket({ ticketId: ticket.id, tenantCode: ticket.tenant, stream });
};

export const cancelCitizenTicket: CitizenHandler = async ({ response, deps, ticket }) => {
  if ((await cancelTicket(deps.plaza, ticket.id)) === 'in_call') await closeCall(deps, ticket.id);
  deps.logger.info('ticket cancelled', { ticketId: ticket.id });
  response.json(await getTicketView(deps.plaza, ticket.id));
};

export const joinCitizenCall: CitizenHandler = async ({ response, deps, ticket }) => {
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
};

export const endCitizenCall: CitizenHandler = async ({ response, deps, ticket }) => {
  await endTicket(deps.plaza, { ticketId: ticket.id, status: 'completed', by: 'citizen', from: ['in_call'] });
  await closeCall(deps, ticket.id);
  deps.logger.info('call ended by citizen', { ticketId: ticket.id });
  response.json(await getTicketView(deps.plaza, ticket.id));
};
