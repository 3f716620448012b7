// The citizen's event stream against a real Redis: positions are pushed within a second of a
// change in the line, and the open stream is the citizen's presence (I7).
import type { CreatedTicket, TicketStreamEvent } from '@vp/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestServer, startApiTestServer, takeTicket } from '../../../../test/support/api-test-server';
import { openEventStreamReader } from '../../../../test/support/event-stream-reader';
import { waitFor } from '../../../../test/support/wait-for';

describe('ticket event stream', () => {
  let api: ApiTestServer;

  beforeAll(async () => {
    api = await startApiTestServer();
  });

  afterAll(async () => {
    await api.close();
  });

  const take = (name: string) => takeTicket(api, name);
  const streamOf = (created: CreatedTicket) =>
    openEventStreamReader<TicketStreamEvent>(
      `${api.url}/api/tickets/${created.ticket.id}/events?key=${encodeURIComponent(created.accessKey)}`,
    );
  const positionIs = (position: number) => (event: TicketStreamEvent) => event.ticket.position === position;

  it('pushes new positions to those behind within a second of a change', async () => {
    const [first, second, third] = [await take('Ani'), await take('Budi'), await take('Citra')];
    if (!first || !second || !third) throw new Error('tickets not taken');
    const secondStream = await streamOf(second);
    const thirdStream = await streamOf(third);
    await secondStream.next(positionIs(2));
    await thirdStream.next(positionIs(3));

    await fetch(`${api.url}/api/tickets/${first.ticket.id}/cancel`, {
      method: 'POST',
      headers: { 'x-ticket-key': first.accessKey },
    });
    const [moved, movedToo] = await Promise.all([
      secondStream.next(positionIs(1), 1000),
      thirdStream.next(positionIs(2), 1000),
    ]);
    expect(moved.ticket.estimatedWaitMinutes).toBe(0);
    expect(movedToo.ticket.status).toBe('waiting');
    secondStream.close();
    thirdStream.close();
  });

  it('refuses a stream without the ticket key', async () => {
    const created = await take('Dewi');
    const response = await fetch(`${api.url}/api/tickets/${created.ticket.id}/events?key=wrong`);
    expect(response.status).toBe(404);
  });

  it('starts the grace period when the last stream closes, and stops it on return', async () => {
    const created = await take('Eka');
    const { redis, keys } = api.plaza.context;
    const graceDeadline = () => redis.zScore(keys.deadlines, `grace:${created.ticket.id}`);
    const stream = await streamOf(created);
    await stream.next(() => true);
    expect(await graceDeadline()).toBeNull();

    stream.close();
    const due = await waitFor(graceDeadline, { until: (score) => score !== null, what: 'grace deadline' });
    expect(Number(due) - Date.now()).toBeGreaterThan(100_000);

    const back = await streamOf(created);
    await back.next(() => true);
    await waitFor(graceDeadline, { until: (score) => score === null, what: 'grace cleared' });
    back.close();
  });
});
