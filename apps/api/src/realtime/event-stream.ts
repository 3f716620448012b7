// A server-sent event stream on one response: JSON messages and a heartbeat that keeps
// proxies and mobile networks from closing an idle connection.
import type { Request, Response } from 'express';

export interface EventStream {
  send(message: unknown): void;
  readonly closed: boolean;
}

const heartbeatMs = 15_000;

/** Opens the stream; `onClose` runs once when the client goes away. */
export function openEventStream(request: Request, response: Response, onClose: () => void): EventStream {
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
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), heartbeatMs);
  request.on('close', () => {
    clearInterval(heartbeat);
    stream.closed = true;
    onClose();
  });
  return stream;
}
