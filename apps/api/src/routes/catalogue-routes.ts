// The public catalogue and the health check's handlers (declared in route-table.ts).
import type { RouteHandler } from '../http/route-definition';

/** The public catalogue: tenants, their services and requirements. */
export const showCatalogue: RouteHandler<'public'> = ({ response, deps }) => {
  // Revalidated on every use (an admin's change is live at once); the ETag makes it a 304.
  response.set('Cache-Control', 'no-cache').json(deps.catalogue);
};

export const checkHealth: RouteHandler<'public'> = async ({ response, deps }) => {
  await deps.plaza.redis.ping();
  // Says when anonymous tickets need no proof of work, so that a plaza running so is seen.
  response.json({ ok: true, ticketProof: deps.ticketProof.enabled ? 'on' : 'off' });
};
