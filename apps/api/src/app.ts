// The Express application: routes under /api, the web app, and one error handler.
import express, { type Express } from 'express';
import type { ApiDeps } from './deps';
import { compressResponses } from './http/compress-responses';
import { refuseUnreadableBodies } from './http/edge-guards';
import { createErrorHandler, notFoundHandler } from './http/error-handler';
import { createRouteTableRouter } from './http/route-router';
import { securityHeaders } from './http/security-headers';
import { routeTable } from './routes/route-table';
import { serveWebApp } from './static-web';

/** Request bodies are small forms; anything larger is refused before it is parsed. */
const bodyLimit = '16kb';

export function createApp(deps: ApiDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // First, so that every answer (errors and 404s too) carries them.
  app.use(securityHeaders({ livekitUrl: deps.calls.livekitUrl, hstsMaxAgeSeconds: deps.hstsMaxAgeSeconds }));
  app.use(compressResponses());
  // Every /api route is an entry of the route table. Those that read their body raw (the
  // webhook) come before the JSON parser.
  app.use('/api', createRouteTableRouter(deps, routeTable, 'raw'));
  app.use('/api', refuseUnreadableBodies(), express.json({ limit: bodyLimit }));
  app.use('/api', createRouteTableRouter(deps, routeTable, 'json'));
  app.use('/api', notFoundHandler);
  if (deps.webDist) serveWebApp(app, { webDist: deps.webDist, catalogue: () => deps.catalogue });
  app.use(createErrorHandler(deps.logger));
  return app;
}
