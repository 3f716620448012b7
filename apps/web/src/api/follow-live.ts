// How the staff pages read their data: a view fetched once, then kept live over an event stream,
// with an ended session (401) told apart from any other failure.
import { type ApiError, asApiError } from './api-error';
import { openEventStream, type StreamConnection } from './events';

export interface ApiFailureHandlers {
  /** The API no longer accepts the session (401). */
  onUnauthenticated(): void;
  /** Any other failure. */
  onError(error: ApiError): void;
}

/** Sends a failed request to `onUnauthenticated` when the session ended, to `onError` otherwise. */
export function routeApiFailure(cause: unknown, handlers: ApiFailureHandlers): void {
  const error = asApiError(cause);
  if (error.code === 'unauthenticated') handlers.onUnauthenticated();
  else handlers.onError(error);
}

export interface FollowLiveOptions<T, E> {
  fetchFirst(): Promise<T>;
  onFirst(first: T): void;
  /** A fresh single-use stream address for every connection, reconnects included. */
  eventsUrl(): Promise<string>;
  parse(data: unknown): E | null;
  onMessage(value: E): void;
  onConnectionChange(state: StreamConnection): void;
  /** The session ended, on the first fetch or on asking for a stream address. */
  onUnauthenticated(): void;
  /** The first fetch failed for another reason. */
  onLoadError(error: ApiError): void;
}

/**
 * Fetches a view, then opens its event stream; returns a function that stops both. Nothing is
 * reported after it is called, so an effect may return it as its cleanup.
 */
export function followLive<T, E>(options: FollowLiveOptions<T, E>): () => void {
  let live = true;
  let closeStream: (() => void) | null = null;
  options.fetchFirst().then(
    (first) => {
      if (!live) return;
      options.onFirst(first);
      closeStream = openEventStream({
        url: options.eventsUrl,
        // The session ended (signed out elsewhere, ended by an admin, expired): signed out here.
        // Anything else (no network) is retried by the stream itself.
        onUrlError: (cause) => {
          if (live && asApiError(cause).code === 'unauthenticated') options.onUnauthenticated();
        },
        parse: options.parse,
        onMessage: (value) => {
          if (live) options.onMessage(value);
        },
        onConnectionChange: (state) => {
          if (live) options.onConnectionChange(state);
        },
      });
    },
    (cause: unknown) => {
      if (!live) return;
      routeApiFailure(cause, { onUnauthenticated: options.onUnauthenticated, onError: options.onLoadError });
    },
  );
  return () => {
    live = false;
    closeStream?.();
  };
}
