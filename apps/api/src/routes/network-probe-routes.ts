// The network probe of a waiting citizen's device check: random bytes to download and a body to
// upload and throw away, timed by the browser to judge whether its link can carry video.
//
// In this deployment the API and the LiveKit server sit on the same host (docker-compose.yml,
// infra/scripts/stack.ts), so the HTTP path to the API stands for the media path to LiveKit:
// measuring it needs no LiveKit client on the waiting page. A deployment that moves LiveKit
// elsewhere would probe that host instead.
import { randomBytes } from 'node:crypto';
import {
  AppError,
  type NetworkProbeReceipt,
  networkProbeMaxBytes,
  networkProbeQuerySchema,
} from '@vp/contract';
import express, { type Request } from 'express';
import type { RouteHandler } from '../http/route-definition';
import { parseInput } from '../http/validate';
import type { ticketParams } from './route-params';

type CitizenHandler = RouteHandler<'citizen', typeof ticketParams>;

/** The upload's body, read raw and never kept: binary only, no compression, bounded. */
export const networkProbeBody = express.raw({
  type: 'application/octet-stream',
  limit: networkProbeMaxBytes,
  // A compressed body would measure the compressor, and could inflate far beyond its length.
  inflate: false,
});

function hasBody(request: Request): boolean {
  return Number(request.get('content-length') ?? 0) > 0 || request.get('transfer-encoding') !== undefined;
}

/** Probing is for a ticket still in line: the call, once it starts, measures itself. */
function refuseUnlessWaiting(status: string): void {
  if (status !== 'waiting' && status !== 'offered') {
    throw new AppError('ticket_not_waiting', `network probe of a ticket ${status}`, {
      userMessage: 'The network check is only for a ticket that is still waiting',
    });
  }
}

/**
 * Answers `bytes` random bytes (incompressible, so no proxy can shrink them), never cached or
 * transformed: `no-transform` also keeps the API's own compression off them.
 */
export const sendNetworkProbe: CitizenHandler = ({ request, response, ticket }) => {
  const { bytes } = parseInput(networkProbeQuerySchema, request.query, 'query');
  refuseUnlessWaiting(ticket.status);
  response.set({
    'Cache-Control': 'no-store, no-transform',
    'Content-Type': 'application/octet-stream',
  });
  response.end(bytes === 0 ? Buffer.alloc(0) : randomBytes(bytes));
};

/** Counts what arrived and drops it; the body was read (and bounded) by `networkProbeBody`. */
export const receiveNetworkProbe: CitizenHandler = ({ request, response, ticket }) => {
  const body: unknown = request.body;
  // A body left unread is in another content type; an empty one has nothing to time.
  if (!Buffer.isBuffer(body) && hasBody(request)) {
    throw new AppError('unsupported_media_type', 'network probe body is not application/octet-stream', {
      userMessage: 'The probe body must be sent as Content-Type: application/octet-stream',
      field: 'content-type',
    });
  }
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new AppError('bad_request', 'network probe without a body', {
      userMessage: 'The probe needs a body to time',
      field: 'body',
    });
  }
  refuseUnlessWaiting(ticket.status);
  const receipt: NetworkProbeReceipt = { bytes: body.length };
  response.set('Cache-Control', 'no-store');
  response.json(receipt);
};
