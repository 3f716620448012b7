// Browser storage of the citizen's and officer's small bits of state. Storage may be unavailable
// (private mode, blocked cookies): every access degrades to "nothing stored" instead of throwing.
import { type Language, parseLanguage } from '../i18n/translate';

const languageKey = 'vp.language';
const ticketKey = 'vp.ticket';
const officerTokenKey = 'vp.officer.token';

/** The ticket a citizen holds: its id and the secret access key of its link. */
export interface StoredTicket {
  id: string;
  key: string;
}

function safeGet(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

function safeSet(storage: () => Storage, key: string, value: string | null): void {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, value);
  } catch {
    // Storage full or disabled: the app still works, only a reload forgets.
  }
}

const local = () => window.localStorage;
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

export function readOfficerToken(): string | null {
  return safeGet(session, officerTokenKey);
}

export function storeOfficerToken(token: string | null): void {
  safeSet(session, officerTokenKey, token);
}
