// Typed calls of the plaza's HTTP API. Every failure becomes an ApiError.
import type {
  CallJoin,
  Catalogue,
  CreatedTicket,
  CreateTicketRequest,
  EndCallRequest,
  OfficerPreferencesRequest,
  OfficerView,
  PriorityClaimRequest,
  Session,
  SetOfficerStatusRequest,
  StreamTicket,
  TicketChallenge,
  TicketView,
  TransferRequest,
  TransferTarget,
  WrapUpRequest,
} from '@vp/contract';
import { readBrowserId } from '../storage/preferences';
import { ApiError, toApiError } from './api-error';
import { browserIdHeader } from './contract-values';
import { retryDelayMs, shouldRetry, waitBeforeRetry } from './retry-after';

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Sends the request; a GET or PUT answered 503 (the API briefly unavailable) is sent again after
 * the wait its Retry-After asks for, a few times, before the error reaches the page.
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const method = options.method ?? 'GET';
  let response: Response;
  for (let tries = 1; ; tries++) {
    try {
      response = await fetch(path, {
        method,
        headers,
        body: options.body === undefined ? null : JSON.stringify(options.body),
        signal: options.signal ?? null,
        cache: 'no-store',
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new ApiError({ code: 'network', message: 'no answer from the API', status: 0, cause });
    }
    if (!shouldRetry({ method, status: response.status, tries })) break;
    // Frees the connection for the next try.
    await response.body?.cancel();
    await waitBeforeRetry(retryDelayMs(response.headers.get('Retry-After')), options.signal);
  }
  if (!response.ok) throw await toApiError(response);
  // The contract is typed on both sides; the API validates what it sends with the same schemas.
  return (await response.json()) as T;
}

const ticketPath = (ticketId: string) => `/api/tickets/${encodeURIComponent(ticketId)}`;
const ticketKeyHeader = (accessKey: string) => ({ 'X-Ticket-Key': accessKey });
export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export function fetchCatalogue(signal?: AbortSignal): Promise<Catalogue> {
  return request<Catalogue>('/api/catalogue', signal ? { signal } : {});
}

/** A fresh proof-of-work challenge to solve before taking a ticket (or word that none is needed). */
export function fetchTicketChallenge(signal?: AbortSignal): Promise<TicketChallenge> {
  return request<TicketChallenge>('/api/tickets/challenge', signal ? { signal } : {});
}

export function createTicket(body: CreateTicketRequest): Promise<CreatedTicket> {
  // The browser's id: the API limits ticket creation per browser as well as per address.
  const headers = { [browserIdHeader]: readBrowserId() };
  return request<CreatedTicket>('/api/tickets', { method: 'POST', body, headers });
}

export function fetchTicket(ticketId: string, accessKey: string): Promise<TicketView> {
  return request<TicketView>(ticketPath(ticketId), { headers: ticketKeyHeader(accessKey) });
}

export function cancelTicket(ticketId: string, accessKey: string): Promise<TicketView> {
  return request<TicketView>(`${ticketPath(ticketId)}/cancel`, {
    method: 'POST',
    headers: ticketKeyHeader(accessKey),
  });
}

export function joinTicketCall(ticketId: string, accessKey: string): Promise<CallJoin> {
  return request<CallJoin>(`${ticketPath(ticketId)}/call`, {
    method: 'POST',
    headers: ticketKeyHeader(accessKey),
  });
}

export function endTicketCall(ticketId: string, accessKey: string): Promise<TicketView> {
  return request<TicketView>(`${ticketPath(ticketId)}/end`, {
    method: 'POST',
    headers: ticketKeyHeader(accessKey),
  });
}

/** The SSE address of a ticket; EventSource cannot send headers, so the key goes in the query. */
export function ticketEventsUrl(ticketId: string, accessKey: string): string {
  return `${ticketPath(ticketId)}/events?key=${encodeURIComponent(accessKey)}`;
}

export function loginOfficer(username: string, password: string): Promise<Session> {
  return request<Session>('/api/officers/login', { method: 'POST', body: { username, password } });
}

export function fetchOfficer(token: string): Promise<OfficerView> {
  return request<OfficerView>('/api/officers/me', { headers: bearer(token) });
}

export function setOfficerStatus(
  token: string,
  status: SetOfficerStatusRequest['status'],
): Promise<OfficerView> {
  const body: SetOfficerStatusRequest = { status };
  return request<OfficerView>('/api/officers/me/status', { method: 'POST', body, headers: bearer(token) });
}

/** Changes the officer's settings; the status stays as it is. */
export function setOfficerPreferences(token: string, body: OfficerPreferencesRequest): Promise<OfficerView> {
  return request<OfficerView>('/api/officers/me/preferences', {
    method: 'PUT',
    body,
    headers: bearer(token),
  });
}

/** Answers the offer; naming its ticket makes sure a stale screen never answers a newer offer. */
function answerOffer(token: string, answer: 'accept' | 'decline', ticketId: string): Promise<OfficerView> {
  return request<OfficerView>(`/api/officers/me/offer/${answer}`, {
    method: 'POST',
    body: { ticketId },
    headers: bearer(token),
  });
}

export function acceptOffer(token: string, ticketId: string): Promise<OfficerView> {
  return answerOffer(token, 'accept', ticketId);
}

export function declineOffer(token: string, ticketId: string): Promise<OfficerView> {
  return answerOffer(token, 'decline', ticketId);
}

export function joinOfficerCall(token: string): Promise<CallJoin> {
  return request<CallJoin>('/api/officers/me/call', { method: 'POST', headers: bearer(token) });
}

/** Ends the call of this ticket; naming it makes sure a stale screen never ends the next call. */
export function endOfficerCall(token: string, ticketId: string): Promise<OfficerView> {
  const body: EndCallRequest = { ticketId };
  return request<OfficerView>('/api/officers/me/call/end', { method: 'POST', body, headers: bearer(token) });
}

/** Moves the citizen of this ticket's call to another tenant's line; the officer goes to wrap-up. */
export function transferCall(token: string, ticketId: string, target: TransferTarget): Promise<OfficerView> {
  const body: TransferRequest = { ticketId, ...target };
  return request<OfficerView>('/api/officers/me/call/transfer', {
    method: 'POST',
    body,
    headers: bearer(token),
  });
}

/** Confirms or rejects the vulnerable group the citizen of this ticket's call declared. */
export function answerPriorityClaim(token: string, body: PriorityClaimRequest): Promise<OfficerView> {
  return request<OfficerView>('/api/officers/me/call/priority', {
    method: 'POST',
    body,
    headers: bearer(token),
  });
}

/** Records, or corrects, the outcome and notes of a call the officer served. */
export function recordWrapUp(token: string, body: WrapUpRequest): Promise<OfficerView> {
  return request<OfficerView>('/api/officers/me/wrap-up', { method: 'POST', body, headers: bearer(token) });
}

/** Ends the session at once, on the server too: its event streams close. */
export async function signOut(token: string): Promise<void> {
  await request<unknown>('/api/session/sign-out', { method: 'POST', headers: bearer(token) });
}

/**
 * The address of a new officer event stream. EventSource cannot send the session, so it carries a
 * single-use stream ticket, fetched for each connection; the session id never goes in a URL.
 */
export async function officerEventsUrl(token: string): Promise<string> {
  const { streamTicket } = await request<StreamTicket>('/api/officers/me/events/ticket', {
    method: 'POST',
    headers: bearer(token),
  });
  return `/api/officers/me/events?ticket=${encodeURIComponent(streamTicket)}`;
}
