// Typed calls of the admin's API: accounts, tenant settings, services, the audit log.
// Loaded only with the admin page.
import type {
  AccountView,
  AccountWithPassword,
  AdminAccount,
  AdminAccountList,
  AdminTenants,
  AuditEntry,
  CreateAccountRequest,
  EndedSessions,
  Service,
  TenantSettings,
  UpdateAccountRequest,
} from '@vp/contract';
import { bearer, request } from './client';

const accountPath = (accountId: string) => `/api/admin/accounts/${encodeURIComponent(accountId)}`;
const tenantPath = (tenantCode: string) => `/api/admin/tenants/${encodeURIComponent(tenantCode)}`;

/** The signed-in account, as its session shows it (the page checks the role). */
export function fetchSessionAccount(token: string): Promise<AccountView> {
  return request<AccountView>('/api/session', { headers: bearer(token) });
}

export function fetchAccounts(token: string): Promise<AdminAccountList> {
  return request<AdminAccountList>('/api/admin/accounts', { headers: bearer(token) });
}

/** Creates an account; the answer carries its temporary password, shown once. */
export function createAccount(token: string, body: CreateAccountRequest): Promise<AccountWithPassword> {
  return request<AccountWithPassword>('/api/admin/accounts', {
    method: 'POST',
    body,
    headers: bearer(token),
  });
}

export function updateAccount(
  token: string,
  accountId: string,
  body: UpdateAccountRequest,
): Promise<AdminAccount> {
  return request<AdminAccount>(accountPath(accountId), { method: 'PATCH', body, headers: bearer(token) });
}

/** A new temporary password for the account; its sessions end. */
export function resetPassword(token: string, accountId: string): Promise<AccountWithPassword> {
  return request<AccountWithPassword>(`${accountPath(accountId)}/password`, {
    method: 'POST',
    headers: bearer(token),
  });
}

export function endSessions(token: string, accountId: string): Promise<EndedSessions> {
  return request<EndedSessions>(`${accountPath(accountId)}/sessions/end`, {
    method: 'POST',
    headers: bearer(token),
  });
}

export function fetchTenants(token: string): Promise<AdminTenants> {
  return request<AdminTenants>('/api/admin/tenants', { headers: bearer(token) });
}

/** Replaces a tenant's settings; refused with 409 `conflict` when `expectedVersion` is stale. */
export function saveTenantSettings(
  token: string,
  tenantCode: string,
  expectedVersion: number,
  settings: TenantSettings,
): Promise<AdminTenants> {
  return request<AdminTenants>(`${tenantPath(tenantCode)}/settings`, {
    method: 'PUT',
    body: { expectedVersion, settings },
    headers: bearer(token),
  });
}

/** Replaces a tenant's whole service list, in order. */
export function saveServices(
  token: string,
  tenantCode: string,
  expectedVersion: number,
  services: Service[],
): Promise<AdminTenants> {
  return request<AdminTenants>(`${tenantPath(tenantCode)}/services`, {
    method: 'PUT',
    body: { expectedVersion, services },
    headers: bearer(token),
  });
}

/** A page of the audit log, newest first; older than the entry `before` when given. */
export function fetchAudit(
  token: string,
  options: { before?: string; limit: number },
): Promise<AuditEntry[]> {
  const query = new URLSearchParams({ limit: String(options.limit) });
  if (options.before !== undefined) query.set('before', options.before);
  return request<AuditEntry[]>(`/api/admin/audit?${query.toString()}`, { headers: bearer(token) });
}
