// The Express application: routes under /api, the web app, and one error handler.
import express, { type Express } from 'express';
import type { ApiDeps } from './deps';
import { compressResponses } from './http/compress-responses';
import { createErrorHandler, notFoundHandler } from './http/error-handler';
import { createCatalogueRoutes } from './routes/catalogue-routes';
import { createLivekitWebhookRoutes } from './routes/livekit-webhook-routes';
import { createOfficerRoutes } from './routes/officer-routes';
import { createTicketRoutes } from './routes/ticket-routes';
import { serveWebApp } from './static-web';

/** Request bodies are small forms; anything larger is refused before it is parsed. */
const bodyLimit = '16kb';

export function createApp(deps: ApiDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(compressResponses());
  // The webhook reads its body raw, so it comes before the JSON parser.
  app.use('/api', createLivekitWebhookRoutes(deps));
  app.use('/api', express.json({ limit: bodyLimit }));
  app.use('/api', createCatalogueRoutes(deps), createTicketRoutes(deps), createOfficerRoutes(deps));
  app.use('/api', notFoundHandler);
  if (deps.webDist) serveWebApp(app, { webDist: deps.webDist, catalogue: () => deps.catalogue });
  app.use(createErrorHandler(deps.logger));
  return app;
}
