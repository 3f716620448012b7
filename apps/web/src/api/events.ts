// Server-sent events with JSON payloads. EventSource reconnects by itself after a dropped
// connection; when it gives up (an HTTP error answer closes it for good) we reopen it with backoff,
// because on a weak mobile link a proxy's 502 is as likely as a dropped socket.
// A connection can also die without closing (a phone whose data just stops): the server sends a
// heartbeat every few seconds, and a stream silent for two of them is replaced by a new one.
import type { OfficerStreamEvent, OfficerView, TicketStreamEvent, TicketView } from '@vp/contract';
import { eventStreamHeartbeatMs, heartbeatEventName } from './contract-values';

/** `offline`: the browser says it has no network at all, so there is nothing to wait for yet. */
export type StreamConnection = 'connecting' | 'open' | 'reconnecting' | 'offline';

export interface EventStreamOptions<T> {
  /**
   * The stream's address, or a function that makes a fresh one for every connection (a
   * single-use stream ticket): then a dropped stream is always reopened by us, never by
   * EventSource's own retry of the spent address.
   */
  url: string | (() => Promise<string>);
  /** The address function failed (e.g. the session ended); the stream still retries with backoff. */
  onUrlError?(error: unknown): void;
  /** Turns one message's parsed JSON into a value, or null to ignore it. */
  parse(data: unknown): T | null;
  onMessage(value: T): void;
  onConnectionChange?(state: StreamConnection): void;
  /** How long a stream may stay silent before it counts as dead; default two heartbeats and a margin. */
  silenceMs?: number;
}

/** Two missed heartbeats, plus room for a slow network to deliver the late one. */
export const defaultSilenceMs = 2 * eventStreamHeartbeatMs + 1_500;
const firstRetryMs = 1_000;
const maxRetryMs = 30_000;

/** Opens the stream; returns a function that closes it for good. */
export function openEventStream<T>(options: EventStreamOptions<T>): () => void {
  const silenceMs = options.silenceMs ?? defaultSilenceMs;
  let source: EventSource | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let silenceTimer: ReturnType<typeof setTimeout> | undefined;
  let retryMs = firstRetryMs;
  let closed = false;
  let reported: StreamConnection | null = null;
  /** Counts connection attempts, so that a late address is not used by an older attempt. */
  let attempt = 0;
  const freshUrlEachTime = typeof options.url === 'function';

  const report = (state: StreamConnection) => {
    // While the browser knows it is offline, "reconnecting" would promise more than is happening.
    const shown = state !== 'open' && navigator.onLine === false ? 'offline' : state;
    if (shown === reported) return;
    reported = shown;
    options.onConnectionChange?.(shown);
  };

  const dropSource = () => {
    clearTimeout(silenceTimer);
    source?.close();
    source = null;
  };

  const scheduleRetry = () => {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, maxRetryMs);
  };

  /** Anything heard from the server proves the connection alive for another `silenceMs`. */
  const armWatchdog = () => {
    clearTimeout(silenceTimer);
    silenceTimer = setTimeout(() => {
      report('reconnecting');
      dropSource();
      scheduleRetry();
    }, silenceMs);
  };

  function connect() {
    clearTimeout(retryTimer);
    dropSource();
    const url = options.url;
    if (typeof url === 'string') {
      open(url);
      return;
    }
    const thisAttempt = ++attempt;
    // Fetching the address may hang as a connection may: the watchdog covers both.
    armWatchdog();
    url().then(
      (fresh) => {
        if (!closed && thisAttempt === attempt) open(fresh);
      },
      (error: unknown) => {
        if (closed || thisAttempt !== attempt) return;
        clearTimeout(silenceTimer);
        report('reconnecting');
        options.onUrlError?.(error);
        if (!closed) scheduleRetry();
      },
    );
  }

  function open(url: string) {
    const current = new EventSource(url);
    source = current;
    // A connection attempt that hangs is as dead as a silent stream.
    armWatchdog();
    current.onopen = () => {
      if (source !== current) return;
      retryMs = firstRetryMs;
      armWatchdog();
      report('open');
    };
    current.addEventListener(heartbeatEventName, () => {
      if (source === current) armWatchdog();
    });
    current.onmessage = (event: MessageEvent<string>) => {
      if (source !== current) return;
      armWatchdog();
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      const value = options.parse(data);
      if (value !== null) options.onMessage(value);
    };
    current.onerror = () => {
      if (closed || source !== current) return;
      report('reconnecting');
      if (current.readyState === EventSource.CLOSED || freshUrlEachTime) {
        dropSource();
        scheduleRetry();
      }
    };
  }

  const onOffline = () => report('offline');
  const onOnline = () => {
    // Back on the network: the old connection is likely dead, and waiting out a backoff is pointless.
    retryMs = firstRetryMs;
    report('reconnecting');
    connect();
  };
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);

  report('connecting');
  connect();
  return () => {
    closed = true;
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
    clearTimeout(retryTimer);
    dropSource();
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
