// The simulator's only way into the plaza: its public HTTP API, as the citizen page and the
// officer console use it.

/** A refused request: its HTTP status and the API's error code (`rate_limited`, ...). */
export class PlazaHttpError extends Error {
  override readonly name = 'PlazaHttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface PlazaRequest {
  method?: 'GET' | 'POST' | 'PUT';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

async function errorOf(response: Response, path: string): Promise<PlazaHttpError> {
  let code = 'http_error';
  let message = `${path}: HTTP ${response.status}`;
  try {
    const body: unknown = await response.json();
    const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
    if (typeof error?.code === 'string') code = error.code;
    if (typeof error?.message === 'string') message = `${path}: ${error.message}`;
  } catch {
    // Not the API's JSON error (a proxy's page, a cut connection): status alone it is.
  }
  return new PlazaHttpError(response.status, code, message);
}

/** Sends one request to the plaza at `baseUrl` and returns its JSON answer, or throws PlazaHttpError. */
export async function requestPlaza<T>(baseUrl: string, path: string, request: PlazaRequest = {}): Promise<T> {
  const headers: Record<string, string> = { ...request.headers };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}`, {
      method: request.method ?? (request.body === undefined ? 'GET' : 'POST'),
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: request.signal,
    });
  } catch (error) {
    if (request.signal?.aborted) throw error;
    throw new PlazaHttpError(0, 'unreachable', `${path}: ${error instanceof Error ? error.message : error}`);
  }
  if (!response.ok) throw await errorOf(response, path);
  return (await response.json()) as T;
}

/**
 * Follows a server-sent event stream as a page's EventSource does, handing each message's parsed
 * data to `onMessage`; settles when the server closes it or `signal` aborts it.
 */
export async function followEventStream(
  url: string,
  options: { signal: AbortSignal; onMessage: (data: unknown) => void },
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { signal: options.signal, headers: { accept: 'text/event-stream' } });
  } catch (error) {
    if (options.signal.aborted) return;
    throw new PlazaHttpError(
      0,
      'unreachable',
      `event stream: ${error instanceof Error ? error.message : error}`,
    );
  }
  if (!response.ok || !response.body) throw await errorOf(response, new URL(url).pathname);
  try {
    await readEventStreamData(response.body, (data) => options.onMessage(JSON.parse(data)));
  } catch (error) {
    if (!options.signal.aborted) throw error;
  }
}

/**
 * Reads a server-sent event stream's body to its end, handing each event's `data` (its `data:`
 * lines joined) to `onData`; events without data (comments, keep-alives) are skipped.
 */
export async function readEventStreamData(
  body: ReadableStream<Uint8Array>,
  onData: (data: string) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    buffer += decoder.decode(chunk.value, { stream: true }).replaceAll('\r\n', '\n');
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const data = buffer
        .slice(0, end)
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice('data:'.length).replace(/^ /, ''))
        .join('\n');
      buffer = buffer.slice(end + 2);
      if (data !== '') onData(data);
    }
  }
}
