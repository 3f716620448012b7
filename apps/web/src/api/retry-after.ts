// When to try a request again after the API answered 503 (Redis restarting, say): pages retry
// idempotent requests quietly a few times, after the wait the API asks for.

/** How many times in all an idempotent request is tried while the API answers 503. */
export const maxTries = 3;

/** Methods that change nothing when sent twice. */
const idempotentMethods: ReadonlySet<string> = new Set(['GET', 'PUT']);

const defaultDelayMs = 2_000;
/** The longest wait honoured: a page that hangs longer looks broken, better to show the error. */
const maxDelayMs = 10_000;

/** Whether a request answered with this status is tried again (once more, up to `maxTries`). */
export function shouldRetry(options: { method: string; status: number; tries: number }): boolean {
  return options.status === 503 && idempotentMethods.has(options.method) && options.tries < maxTries;
}

/** The wait a `Retry-After` value asks for (seconds, or an HTTP date), bounded; a default without one. */
export function retryDelayMs(retryAfter: string | null, now = Date.now()): number {
  const value = retryAfter?.trim() ?? '';
  let delay = defaultDelayMs;
  if (/^\d+$/.test(value)) delay = Number(value) * 1000;
  else if (value !== '' && !Number.isNaN(Date.parse(value))) delay = Date.parse(value) - now;
  return Math.min(maxDelayMs, Math.max(0, delay));
}

/** Resolves after `ms`, or rejects with the AbortError as soon as the signal aborts. */
export function waitBeforeRetry(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
