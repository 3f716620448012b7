// Typed calls of the supervisor's API: the board, a tenant's drill-down and the actions.
// Loaded only with the supervisor page.
import type {
  AccountSession,
  Board,
  CallJoin,
  PauseIntakeRequest,
  StreamTicket,
  TenantDetail,
} from '@vp/contract';
import { toApiError } from './api-error';
import { bearer, request } from './client';

const tenantPath = (tenantCode: string) => `/api/supervisor/tenants/${encodeURIComponent(tenantCode)}`;

/** Signs any account in; the page then checks the role. */
export function signInAccount(username: string, password: string): Promise<AccountSession> {
  return request<AccountSession>('/api/session/sign-in', { method: 'POST', body: { username, password } });
}

export function fetchBoard(token: string): Promise<Board> {
  return request<Board>('/api/supervisor/board', { headers: bearer(token) });
}

export function fetchTenantDetail(token: string, tenantCode: string): Promise<TenantDetail> {
  return request<TenantDetail>(tenantPath(tenantCode), { headers: bearer(token) });
}

/** The address of a new board stream, with a fresh single-use stream ticket (see officerEventsUrl). */
export async function boardEventsUrl(token: string): Promise<string> {
  const { streamTicket } = await request<StreamTicket>('/api/supervisor/events/ticket', {
    method: 'POST',
    headers: bearer(token),
  });
  return `/api/supervisor/events?ticket=${encodeURIComponent(streamTicket)}`;
}

export async function pauseIntake(
  token: string,
  tenantCode: string,
  body: PauseIntakeRequest,
): Promise<void> {
  await request<unknown>(`${tenantPath(tenantCode)}/intake/pause`, {
    method: 'POST',
    body,
    headers: bearer(token),
  });
}

export async function resumeIntake(token: string, tenantCode: string): Promise<void> {
  await request<unknown>(`${tenantPath(tenantCode)}/intake/resume`, {
    method: 'POST',
    headers: bearer(token),
  });
}

export async function setOfficerStatusAsSupervisor(
  token: string,
  officerId: string,
  status: 'away' | 'offline',
): Promise<void> {
  await request<unknown>(`/api/supervisor/officers/${encodeURIComponent(officerId)}/status`, {
    method: 'POST',
    body: { status },
    headers: bearer(token),
  });
}

export async function endCallAsSupervisor(token: string, ticketId: string): Promise<void> {
  await request<unknown>(`/api/supervisor/calls/${encodeURIComponent(ticketId)}/end`, {
    method: 'POST',
    headers: bearer(token),
  });
}

/** Subscribe-only credentials for the room of this ticket's call. */
export function monitorCall(token: string, ticketId: string): Promise<CallJoin> {
  return request<CallJoin>(`/api/supervisor/calls/${encodeURIComponent(ticketId)}/monitor`, {
    method: 'POST',
    headers: bearer(token),
  });
}

/**
 * Downloads a day's CSV. A link cannot carry the bearer session, so the file is fetched and handed
 * to the browser as a blob.
 */
export async function downloadExport(token: string, tenantCode: string, date: string): Promise<void> {
  const response = await fetch(`${tenantPath(tenantCode)}/export?date=${encodeURIComponent(date)}`, {
    headers: bearer(token),
    cache: 'no-store',
  });
  if (!response.ok) throw await toApiError(response);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `${tenantCode}-${date}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
