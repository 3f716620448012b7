// Builds and starts the whole API process from its configuration; used by main.ts and tests.
import type { AddressInfo } from 'node:net';
import { createCallRooms, createCallWebhookVerifier } from '@vp/calls';
import { loadAccountDirectory, loadCatalogue } from '@vp/catalogue';
import {
  type Clock,
  connectRedis,
  createLogger,
  type Logger,
  type Plaza,
  startPlaza,
  systemClock,
} from '@vp/engine';
import type { Express } from 'express';
import { createApp } from './app';
import { createAccountAuth } from './auth/account-auth';
import { createAuthKeys } from './auth/auth-keys';
import { SessionStore } from './auth/session-store';
import { SessionStreams } from './auth/session-streams';
import type { ApiConfig } from './config';
import { createRateLimits } from './http/rate-limits';
import { createTicketProof } from './http/ticket-proof';
import { BoardHub } from './realtime/board-hub';
import { EventHub } from './realtime/event-hub';

export interface ApiServer {
  url: string;
  /** The Express application, for tests that walk its routes. */
  app: Express;
  plaza: Plaza;
  /** The streams this process pushes to. */
  hub: EventHub;
  close(): Promise<void>;
}

export async function startApiServer(
  config: ApiConfig,
  options: { logger?: Logger; clock?: Clock } = {},
): Promise<ApiServer> {
  const logger = options.logger ?? createLogger({ level: config.logLevel, name: 'api' });
  const clock = options.clock ?? systemClock;
  const redis = await connectRedis({
    url: config.redisUrl,
    onError: (error) => logger.warn('redis connection error', { error }),
  });
  const plaza = await startPlaza({
    redis,
    prefix: config.redisPrefix,
    // The files seed an empty plaza only; a plaza with its configuration in Redis never reads them.
    loadSeed: () => {
      const catalogue = loadCatalogue(config.catalogueFile);
      return { catalogue, accounts: loadAccountDirectory({ path: config.accountsFile, catalogue }) };
    },
    logger,
    clock,
    settings: config.plaza,
  });
  const hub = new EventHub(plaza.context, logger);
  const ticketProof = await createTicketProof(config.ticketProof, plaza.context);
  if (!ticketProof.enabled) {
    // Never silently: /api/health and the challenge route say so too.
    logger.warn('ticket proof of work is OFF (TICKET_PROOF=off): anyone can take tickets without it');
  }
  const stopListening = plaza.onEvent((event) => hub.handle(event));
  const boardHub = new BoardHub(logger);
  const stopBoardListening = plaza.onEvent(() => boardHub.handle());
  // A tenant's targets and thresholds colour its tile: a settings change is pushed like any other.
  const stopBoardConfigListening = plaza.config.onChange(() => boardHub.handle());
  const authKeys = createAuthKeys(config.redisPrefix);
  const sessions = new SessionStore({ redis, keys: authKeys, clock, lifetimes: config.sessions });
  const sessionStreams = new SessionStreams({ redis, keys: authKeys, store: sessions, logger });
  await sessionStreams.start();
  const app = createApp({
    plaza: plaza.context,
    config: plaza.config,
    get catalogue() {
      return plaza.config.catalogue;
    },
    hub,
    boardHub,
    auth: createAccountAuth({ directory: plaza.config, sessions }),
    sessionStreams,
    calls: {
      livekitUrl: config.livekit.url,
      credentials: config.livekit.credentials,
      rooms: createCallRooms({ livekitUrl: config.livekit.url, credentials: config.livekit.credentials }),
      verifyWebhook: createCallWebhookVerifier(config.livekit.credentials),
    },
    limits: createRateLimits({ redis, keys: plaza.context.keys, settings: config.rateLimits, logger }),
    logger,
    ticketProof,
    hstsMaxAgeSeconds: config.hstsMaxAgeSeconds,
    webDist: config.webDist,
  });
  // Whose X-Forwarded-For makes `request.ip` (the address rate limits count): none by default.
  app.set('trust proxy', config.trustProxy);
  const server = app.listen(config.port, '0.0.0.0');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  logger.info('api listening', { port });
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    plaza,
    hub,
    async close() {
      // Event streams never end by themselves: drop them so the server can close.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      stopListening();
      stopBoardListening();
      stopBoardConfigListening();
      hub.close();
      boardHub.close();
      await sessionStreams.close();
      await plaza.close();
      redis.destroy();
    },
  };
}
