// What a call can be transferred to, and the request that does it; pure so it is unit-tested.
import type { Service, Tenant, TransferTarget } from '@vp/contract';

/** Every tenant of the catalogue but the one the citizen is with now, in catalogue order. */
export function transferTenants(tenants: readonly Tenant[], currentTenantCode: string): Tenant[] {
  return tenants.filter((tenant) => tenant.code !== currentTenantCode);
}

/** The services of the chosen tenant; none until a tenant is chosen. */
export function transferServices(tenants: readonly Tenant[], tenantCode: string): readonly Service[] {
  if (tenantCode === '') return [];
  return tenants.find((tenant) => tenant.code === tenantCode)?.services ?? [];
}

/**
 * The transfer body from the form's two selects ('' is "not chosen"); null without a tenant.
 * No service leaves the choice to the API (the same service where the tenant has it).
 */
export function transferRequest(tenantCode: string, serviceId: string): TransferTarget | null {
  if (tenantCode === '') return null;
  return serviceId === '' ? { tenantCode } : { tenantCode, serviceId };
}
