// The chat of one call: what a message is, how typed text becomes one, and how its time reads.
// Messages live only in the chat's component state: gone when the call ends.

/** Who is in a call: the identities LiveKit gives are `citizen-<ticket>` and `officer-<officer>`. */
export type CallSide = 'citizen' | 'officer';

/** The longest message, in characters (a requirements list fits). */
export const maxChatLength = 2000;

export interface ChatMessage {
  id: string;
  /** Sent by this page (`self`) or received. */
  direction: 'self' | 'remote';
  /** The sender's side of the counter. */
  from: CallSide;
  text: string;
  /** When this page sent or received it (epoch ms, this device's clock). */
  at: number;
}

export type ChatTextCheck =
  | { ok: true; text: string }
  | { ok: false; reason: 'empty' | 'tooLong'; length: number };

/** Trims typed text and checks it: empty or over `maxChatLength` is refused. */
export function checkChatText(raw: string): ChatTextCheck {
  // Line ends normalised, outer blank space and control characters other than newlines and tabs removed.
  const text = raw
    .replace(/\r\n?/g, '\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .trim();
  const length = [...text].length;
  if (length === 0) return { ok: false, reason: 'empty', length };
  if (length > maxChatLength) return { ok: false, reason: 'tooLong', length };
  return { ok: true, text };
}

/** The side a LiveKit identity belongs to, or null for anyone else (a silent monitor). */
export function sideOfIdentity(identity: string): CallSide | null {
  if (identity.startsWith('citizen-')) return 'citizen';
  if (identity.startsWith('officer-')) return 'officer';
  return null;
}

/** The side across the counter. */
export function otherSide(side: CallSide): CallSide {
  return side === 'citizen' ? 'officer' : 'citizen';
}

/** A message's time as HH:MM on this device's clock (24 h, as read in Indonesia). */
export function formatChatTime(at: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('id-ID', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  })
    .format(at)
    .replace('.', ':');
}

/** Adds a message to a chat, keeping it in time order and never twice (same id). */
export function addChatMessage(messages: readonly ChatMessage[], message: ChatMessage): ChatMessage[] {
  if (messages.some((item) => item.id === message.id)) return [...messages];
  const next = [...messages, message];
  next.sort((a, b) => a.at - b.at);
  return next;
}

/** How many received messages came after the reader last looked (`seenAt`). */
export function countUnread(messages: readonly ChatMessage[], seenAt: number): number {
  return messages.filter((message) => message.direction === 'remote' && message.at > seenAt).length;
}
