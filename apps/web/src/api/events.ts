// Server-sent events with JSON payloads. EventSource reconnects by itself after a dropped
// connection; when it gives up (an HTTP error answer closes it for good) we reopen it with backoff,
// because on a weak mobile link a proxy's 502 is as likely as a dropped socket.
import type { OfficerStreamEvent, OfficerView, TicketStreamEvent, TicketView } from '@vp/contract';

export type StreamConnection = 'connecting' | 'open' | 'reconnecting';

export interface EventStreamOptions<T> {
  url: string;
  /** Turns one message's parsed JSON into a value, or null to ignore it. */
  parse(data: unknown): T | null;
  onMessage(value: T): void;
  onConnectionChange?(state: StreamConnection): void;
}

const firstRetryMs = 1_000;
const maxRetryMs = 30_000;

/** Opens the stream; returns a function that closes it for good. */
export function openEventStream<T>(options: EventStreamOptions<T>): () => void {
  let source: EventSource | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryMs = firstRetryMs;
  let closed = false;

  const connect = () => {
    source = new EventSource(options.url);
    source.onopen = () => {
      retryMs = firstRetryMs;
      options.onConnectionChange?.('open');
    };
    source.onmessage = (event: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      const value = options.parse(data);
      if (value !== null) options.onMessage(value);
    };
    source.onerror = () => {
      if (closed) return;
      options.onConnectionChange?.('reconnecting');
      if (source?.readyState === EventSource.CLOSED) {
        source = null;
        retryTimer = setTimeout(connect, retryMs);
        retryMs = Math.min(retryMs * 2, maxRetryMs);
      }
    };
  };

  options.onConnectionChange?.('connecting');
  connect();
  return () => {
    closed = true;
    clearTimeout(retryTimer);
    source?.close();
    source = null;
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The ticket carried by a `TicketStreamEvent`, or null for any other message. */
export function parseTicketEvent(data: unknown): TicketView | null {
  if (!isRecord(data) || data.type !== 'ticket' || !isRecord(data.ticket)) return null;
  const event = data as TicketStreamEvent;
  return typeof event.ticket.id === 'string' && typeof event.ticket.status === 'string' ? event.ticket : null;
}

/** The officer carried by an `OfficerStreamEvent`, or null for any other message. */
export function parseOfficerEvent(data: unknown): OfficerView | null {
  if (!isRecord(data) || data.type !== 'officer' || !isRecord(data.officer)) return null;
  const event = data as OfficerStreamEvent;
  return typeof event.officer.id === 'string' && typeof event.officer.status === 'string'
    ? event.officer
    : null;
}
