// Browser storage of the citizen's and officer's small bits of state. Storage may be unavailable
// (private mode, blocked cookies): every access degrades to "nothing stored" instead of throwing.
import { type Language, parseLanguage } from '../i18n/translate';

const languageKey = 'vp.language';
/** A random id of this browser, sent with ticket creation (limited per browser as well). */
const browserIdKey = 'vp.browserId';
const ticketKey = 'vp.ticket';
/** The officer's session id (a token kept under the old key would no longer be accepted). */
const officerSessionKey = 'vp.officer.session';
/** The supervisor's (or admin's) session id; apart from the officer's, so both may be open. */
const supervisorSessionKey = 'vp.supervisor.session';

/** The ticket a citizen holds: its id and the secret access key of its link. */
export interface StoredTicket {
  id: string;
  key: string;
}

export function safeGet(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

export function safeSet(storage: () => Storage, key: string, value: string | null): void {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, value);
  } catch {
    // Storage full or disabled: the app still works, only a reload forgets.
  }
}

export const local = () => window.localStorage;
const session = () => window.sessionStorage;

export function readStoredLanguage(): Language {
  return parseLanguage(safeGet(local, languageKey));
}

export function storeLanguage(language: Language): void {
  safeSet(local, languageKey, language);
}

/** Parses a stored ticket; anything malformed counts as none. */
export function parseStoredTicket(raw: string | null): StoredTicket | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { id, key } = value as Record<string, unknown>;
    if (typeof id !== 'string' || typeof key !== 'string' || id === '' || key === '') return null;
    return { id, key };
  } catch {
    return null;
  }
}

export function readStoredTicket(): StoredTicket | null {
  return parseStoredTicket(safeGet(local, ticketKey));
}

export function storeTicket(ticket: StoredTicket): void {
  safeSet(local, ticketKey, JSON.stringify(ticket));
}

/** Forgets the stored ticket, but only if it is the given one (another tab may hold a newer one). */
export function forgetStoredTicket(id: string): void {
  if (readStoredTicket()?.id === id) safeSet(local, ticketKey, null);
}

/** The officer's session id, kept in sessionStorage so that it ends with the browser tab. */
export function readOfficerSession(): string | null {
  return safeGet(session, officerSessionKey);
}

export function storeOfficerSession(sessionId: string | null): void {
  safeSet(session, officerSessionKey, sessionId);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A random (v4) UUID; `crypto.randomUUID` exists only on HTTPS and localhost pages. */
function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

let unstoredBrowserId: string | null = null;

/**
 * This browser's id, made on first use and kept. It identifies nothing but this browser's
 * storage; without storage it lasts as long as the page.
 */
export function readBrowserId(): string {
  const stored = safeGet(local, browserIdKey);
  if (stored !== null && uuidPattern.test(stored)) return stored;
  unstoredBrowserId ??= randomId();
  safeSet(local, browserIdKey, unstoredBrowserId);
  return unstoredBrowserId;
}

/** The supervisor's session id, kept in sessionStorage so that it ends with the browser tab. */
export function readSupervisorSession(): string | null {
  return safeGet(session, supervisorSessionKey);
}

export function storeSupervisorSession(sessionId: string | null): void {
  safeSet(session, supervisorSessionKey, sessionId);
}
