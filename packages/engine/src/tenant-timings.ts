// The grace and no-show periods of a tenant: its own settings, else the plaza's defaults. Each
// ticket keeps those of its tenant from when it was taken (as it keeps the wrap-up), and the
// scripts that start its grace or no-show deadline read them from the ticket.
import type { Tenant } from '@vp/contract';
import type { PlazaContext } from './context';

export interface TenantTimings {
  /** How long a waiting citizen whose connection dropped keeps their place (I7). */
  graceMs: number;
  /** How long a matched citizen has to join the call before it is a no-show. */
  noShowMs: number;
}

/** The tenant's grace and no-show periods, in ms. */
export function tenantTimingsOf(context: PlazaContext, tenant: Tenant): TenantTimings {
  return {
    graceMs: tenant.graceSeconds === undefined ? context.settings.graceMs : tenant.graceSeconds * 1000,
    noShowMs: tenant.noShowSeconds === undefined ? context.settings.noShowMs : tenant.noShowSeconds * 1000,
  };
}
