import { Router } from 'express';
import type { ApiDeps } from '../deps';

/** The public catalogue: tenants, their services and requirements. */
export function createCatalogueRoutes(deps: ApiDeps): Router {
  const router = Router();
  router.get('/catalogue', (_request, response) => {
    response.set('Cache-Control', 'public, max-age=60').json(deps.catalogue);
  });
  router.get('/health', async (_request, response) => {
    await deps.plaza.redis.ping();
    response.json({ ok: true });
  });
  return router;
}
