// What the HTTP layer is given: the engine, the realtime hub, sign-in and the call service.
import type { CallRooms, LivekitCredentials, VerifyCallWebhook } from '@vp/calls';
import type { Catalogue } from '@vp/contract';
import type { Logger, PlazaConfig, PlazaContext } from '@vp/engine';
import type { RequestHandler } from 'express';
import type { AccountAuth } from './auth/account-auth';
import type { SessionStreams } from './auth/session-streams';
import type { RateLimitName } from './http/rate-limit-name';
import type { TicketProof } from './http/ticket-proof';
import type { BoardHub } from './realtime/board-hub';
import type { EventHub } from './realtime/event-hub';

export interface ApiDeps {
  plaza: PlazaContext;
  /** The live configuration (catalogue and accounts) that the admin's routes change. */
  config: PlazaConfig;
  /** The catalogue as of now (a getter over `config`): read it at each use, never keep it. */
  readonly catalogue: Catalogue;
  hub: EventHub;
  /** The supervisors' board streams of this process. */
  boardHub: BoardHub;
  auth: AccountAuth;
  /** The event streams of signed-in sessions on this process, closed when their session ends. */
  sessionStreams: SessionStreams;
  calls: {
    livekitUrl: string;
    credentials: LivekitCredentials;
    rooms: CallRooms;
    verifyWebhook: VerifyCallWebhook;
  };
  /** The rate limit of each name a route may state (see the route table); none when absent. */
  limits?: Partial<Record<RateLimitName, RequestHandler>>;
  logger: Logger;
  /** Proof of work on anonymous ticket creation (ALTCHA). */
  ticketProof: TicketProof;
  /** Strict-Transport-Security max-age on answers over TLS; 0 for none. */
  hstsMaxAgeSeconds: number;
  /** The built web app to serve, if any. */
  webDist?: string;
}
