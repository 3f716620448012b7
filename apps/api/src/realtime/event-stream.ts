// A server-sent event stream on one response: JSON messages and a heartbeat that keeps
// proxies and mobile networks from closing an idle connection. The heartbeat is a named event,
// not an SSE comment, because pages must see it: its absence is how they notice a connection
// that died without closing.
import { eventStreamHeartbeatMs, heartbeatEventName } from '@vp/contract';
import type { Request, Response } from 'express';

export interface EventStream {
  send(message: unknown): void;
  readonly closed: boolean;
}

/** Empty data: a named event with no `data` line would not be dispatched to the page at all. */
const heartbeat = `event: ${heartbeatEventName}\ndata:\n\n`;

/**
 * Opens the stream; `onClose` runs once when the client goes away. `heartbeatMs` is for tests.
 */
export function openEventStream(
  request: Request,
  response: Response,
  onClose: () => void,
  heartbeatMs = eventStreamHeartbeatMs,
): EventStream {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  // Tells EventSource how soon to reconnect after a drop.
  response.write('retry: 2000\n\n');
  const stream = {
    closed: false,
    send(message: unknown) {
      if (!stream.closed) response.write(`data: ${JSON.stringify(message)}\n\n`);
    },
  };
  const heartbeatTimer = setInterval(() => {
    if (!stream.closed) response.write(heartbeat);
  }, heartbeatMs);
  request.on('close', () => {
    clearInterval(heartbeatTimer);
    stream.closed = true;
    onClose();
  });
  return stream;
}
