// Reads a server-sent event stream with fetch, as a browser's EventSource would receive it.
import { readEventStreamData } from '../../infra/scripts/simulator/plaza-http';

export interface EventStreamReader<T> {
  /** Resolves with the first message (already received or to come) that satisfies `until`. */
  next(until: (message: T) => boolean, timeoutMs?: number): Promise<T>;
  close(): void;
}

export async function openEventStreamReader<T>(url: string): Promise<EventStreamReader<T>> {
  const abort = new AbortController();
  const response = await fetch(url, { signal: abort.signal });
  if (!response.ok || !response.body) throw new Error(`event stream ${url} answered ${response.status}`);
  const messages: T[] = [];
  const listeners = new Set<() => void>();
  void readEventStreamData(response.body, (data) => {
    messages.push(JSON.parse(data) as T);
    for (const listener of listeners) listener();
  }).catch(() => {
    // Aborted by close().
  });
  return {
    next(until, timeoutMs = 1000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(until);
          if (!found) return false;
          clearTimeout(timer);
          listeners.delete(onMessage);
          resolve(found);
          return true;
        };
        const onMessage = () => void check();
        const timer = setTimeout(() => {
          listeners.delete(onMessage);
          reject(new Error(`no matching message within ${timeoutMs} ms; got ${JSON.stringify(messages)}`));
        }, timeoutMs);
        if (!check()) listeners.add(onMessage);
      });
    },
    close: () => abort.abort(),
  };
}
