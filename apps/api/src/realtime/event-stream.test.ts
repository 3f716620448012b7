// The event stream's wire format: JSON messages as `data:` lines, and a heartbeat the page can
// see (a named event, not a comment that EventSource hides from scripts).
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../../../test/support/wait-for';
import { openEventStream } from './event-stream';

describe('openEventStream', () => {
  const closed: string[] = [];
  let server: ReturnType<express.Express['listen']>;
  let url: string;

  beforeAll(async () => {
    const app = express();
    app.get('/events/:name', (request, response) => {
      const stream = openEventStream(request, response, () => closed.push(request.params.name), 40);
      stream.send({ type: 'hello', name: request.params.name });
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends messages as data lines and a named heartbeat with empty data', async () => {
    const abort = new AbortController();
    const response = await fetch(`${url}/events/a`, { signal: abort.signal });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body?.getReader();
    if (!reader) throw new Error('no body');
    const decoder = new TextDecoder();
    let text = '';
    while ((text.match(/event: heartbeat\ndata:\n\n/g) ?? []).length < 2) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    abort.abort();
    expect(text.startsWith('retry: 2000\n\n')).toBe(true);
    expect(text).toContain('data: {"type":"hello","name":"a"}\n\n');
    expect(text.match(/event: heartbeat\ndata:\n\n/g)).toHaveLength(2);
    // No comment lines: EventSource would swallow them.
    expect(text.split('\n').filter((line) => line.startsWith(':'))).toEqual([]);
    await waitFor(() => closed.includes('a'), { until: Boolean, what: 'the stream to close' });
  });
});
