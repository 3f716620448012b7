// What the HTTP layer is given: the engine, the realtime hub, sign-in and the call service.
import type { CallRooms, LivekitCredentials, VerifyCallWebhook } from '@vp/calls';
import type { Catalogue } from '@vp/contract';
import type { Logger, PlazaContext } from '@vp/engine';
import type { OfficerAuth } from './auth/officer-auth';
import type { EventHub } from './realtime/event-hub';

export interface ApiDeps {
  plaza: PlazaContext;
  catalogue: Catalogue;
  hub: EventHub;
  auth: OfficerAuth;
  calls: {
    livekitUrl: string;
    credentials: LivekitCredentials;
    rooms: CallRooms;
    verifyWebhook: VerifyCallWebhook;
  };
  logger: Logger;
  /** The built web app to serve, if any. */
  webDist?: string;
}
