// The admin's tenants: read them whole, change a tenant's settings, replace its services. Each write
// names the configuration version it was made against (409 `conflict` with `details.version` when
// another admin changed it meanwhile), is stored in Redis and counts on every API process at once
// (engine plaza-config.ts); a setting such as the offer timeout applies from the next offer, and a
// ticket keeps the times it was taken with.
import {
  type AdminTenants,
  AppError,
  type Catalogue,
  type Tenant,
  updateServicesRequestSchema,
  updateTenantSettingsRequestSchema,
} from '@vp/contract';
import { appendAudit, findServicesInUse, findTenantOrThrow } from '@vp/engine';
import type { ApiDeps } from '../deps';
import type { RouteHandler } from '../http/route-definition';
import { parseInput } from '../http/validate';
import type { tenantParams } from './route-params';

type AdminRule = { role: 'admin'; scope: 'plaza' };
type TenantWrite = RouteHandler<AdminRule, typeof tenantParams>;

/** The tenants this process holds now, with their version (after a write: that one or newer). */
function currentTenants(deps: ApiDeps): AdminTenants {
  return { version: deps.config.catalogueVersion, tenants: deps.config.catalogue.tenants };
}

/** The catalogue with one tenant replaced (404 `tenant_not_found` when the code is unknown). */
function replaceTenant(
  catalogue: Catalogue,
  tenantCode: string,
  change: (tenant: Tenant) => Tenant,
): Catalogue {
  const tenant = findTenantOrThrow({ catalogue }, tenantCode);
  return {
    ...catalogue,
    tenants: catalogue.tenants.map((candidate) => (candidate === tenant ? change(candidate) : candidate)),
  };
}

/** Every tenant, whole, at the configuration's current version. */
export const listTenants: RouteHandler<AdminRule> = async ({ response, deps }) => {
  // Read Redis's version first: this process's copy may lag a change made elsewhere by a message.
  await deps.config.refresh();
  response.json(currentTenants(deps));
};

/**
 * A write to one part of a tenant: 404 `tenant_not_found` for an unknown tenant before its input
 * is read, then `write` (answering the configuration version it made), then the audit entry, the
 * log line and the tenants this process now holds.
 */
function tenantWrite(
  part: 'settings' | 'services',
  write: (input: Parameters<TenantWrite>[0]) => Promise<number>,
): TenantWrite {
  return async (input) => {
    const { response, deps, account, params } = input;
    findTenantOrThrow(deps, params.tenantCode);
    const version = await write(input);
    await appendAudit(deps.plaza, {
      accountId: account.id,
      action: `tenant.${part}`,
      tenantCode: params.tenantCode,
      target: params.tenantCode,
    });
    deps.logger.info(`tenant ${part} changed`, { tenant: params.tenantCode, version, by: account.id });
    response.json(currentTenants(deps));
  };
}

/** Replaces a tenant's settings (its code, time zone and services stay). */
export const updateTenantSettings = tenantWrite('settings', ({ request, deps, params }) => {
  const { expectedVersion, settings } = parseInput(updateTenantSettingsRequestSchema, request.body);
  return deps.config.changeCatalogue({
    expectedVersion,
    change: (catalogue) =>
      replaceTenant(catalogue, params.tenantCode, ({ code, timeZone, services }) => ({
        code,
        timeZone,
        services,
        ...settings,
      })),
  });
});

/**
 * Replaces a tenant's services, in order. A service that a waiting, offered or in-call ticket of
 * the tenant names cannot go (409 `conflict` naming it): its ticket is served first. A ticket taken
 * in the instant between that check and the change taking effect keeps its service id; the
 * officer still serves it (the service's name is then shown by its id).
 */
export const updateTenantServices = tenantWrite('services', ({ request, deps, params }) => {
  const { expectedVersion, services } = parseInput(updateServicesRequestSchema, request.body);
  return deps.config.changeCatalogue({
    expectedVersion,
    change: async (catalogue) => {
      const tenant = findTenantOrThrow({ catalogue }, params.tenantCode);
      const kept = new Set(services.map((service) => service.id));
      const removed = tenant.services.map((service) => service.id).filter((id) => !kept.has(id));
      const [inUse] = await findServicesInUse(deps.plaza, { tenantCode: tenant.code, serviceIds: removed });
      if (inUse !== undefined) {
        const index = tenant.services.findIndex((service) => service.id === inUse);
        throw new AppError('conflict', `service ${inUse} of ${tenant.code} in use`, {
          userMessage: `services: ${inUse} is still named by a waiting, offered or in-call ticket`,
          field: 'services',
          details: { serviceId: inUse, index },
        });
      }
      return replaceTenant(catalogue, tenant.code, (current) => ({ ...current, services }));
    },
  });
});
