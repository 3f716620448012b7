// The path params of the route table's routes, each parsed before any handler or Redis sees it.
import { accountIdSchema, tenantCodeSchema, ticketIdSchema } from '@vp/contract';
import { z } from 'zod';

/** `/tickets/:id`: a ticket id is a UUID (`<uuid>:history` would otherwise name another key). */
export const ticketParams = z.strictObject({ id: ticketIdSchema });

/** `/admin/accounts/:accountId/...`. */
export const accountParams = z.strictObject({ accountId: accountIdSchema });

/** `/supervisor/tenants/:tenantCode/...`. */
export const tenantParams = z.strictObject({ tenantCode: tenantCodeSchema });

/** `/supervisor/calls/:ticketId/...`. */
export const callParams = z.strictObject({ ticketId: ticketIdSchema });

/** `/supervisor/officers/:officerId/...`: an officer's account id. */
export const officerParams = z.strictObject({ officerId: accountIdSchema });
