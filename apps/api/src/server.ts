// Builds and starts the whole API process from its configuration; used by main.ts and tests.
import type { AddressInfo } from 'node:net';
import { createCallRooms, createCallWebhookVerifier } from '@vp/calls';
import { loadCatalogue, loadOfficerDirectory } from '@vp/catalogue';
import {
  type Clock,
  connectRedis,
  createLogger,
  type Logger,
  type Plaza,
  startPlaza,
  systemClock,
} from '@vp/engine';
import { createApp } from './app';
import { createOfficerAuth } from './auth/officer-auth';
import type { ApiConfig } from './config';
import { EventHub } from './realtime/event-hub';

export interface ApiServer {
  url: string;
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
  const catalogue = loadCatalogue(config.catalogueFile);
  const officers = loadOfficerDirectory({ path: config.officersFile, catalogue });
  const redis = await connectRedis({
    url: config.redisUrl,
    onError: (error) => logger.warn('redis connection error', { error }),
  });
  const plaza = await startPlaza({
    redis,
    prefix: config.redisPrefix,
    catalogue,
    logger,
    clock,
    settings: config.plaza,
  });
  const hub = new EventHub(plaza.context, logger);
  const stopListening = plaza.onEvent((event) => hub.handle(event));
  const app = createApp({
    plaza: plaza.context,
    catalogue,
    hub,
    auth: createOfficerAuth({ officers, secret: config.sessionSecret, clock }),
    calls: {
      livekitUrl: config.livekit.url,
      credentials: config.livekit.credentials,
      rooms: createCallRooms({ livekitUrl: config.livekit.url, credentials: config.livekit.credentials }),
      verifyWebhook: createCallWebhookVerifier(config.livekit.credentials),
    },
    logger,
    webDist: config.webDist,
  });
  const server = app.listen(config.port, '0.0.0.0');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  logger.info('api listening', { port });
  return {
    url: `http://127.0.0.1:${port}`,
    plaza,
    hub,
    async close() {
      // Event streams never end by themselves: drop them so the server can close.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      stopListening();
      hub.close();
      await plaza.close();
      redis.destroy();
    },
  };
}
