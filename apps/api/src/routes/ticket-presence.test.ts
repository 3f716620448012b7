// The citizen's event stream is their presence (I7): every connection the API counts is uncounted
// once the client goes, whenever it goes, even while its presence is being written.
import { request as httpRequest } from 'node:http';
import type { CreatedTicket } from '@vp/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestServer, startApiTestServer, takeTicket } from '../../../../test/support/api-test-server';
import { waitFor } from '../../../../test/support/wait-for';

/** When the client drops: ms after its request is sent, or once the answer's headers arrive. */
type DropMoment = number | 'immediate' | 'headers';
const dropMoments: DropMoment[] = ['immediate', 0, 1, 2, 3, 5, 8, 13, 'headers'];

/** Opens the stream on a connection of its own and drops it at the given moment. */
function openAndDrop(url: string, moment: DropMoment): Promise<void> {
  return new Promise((resolve) => {
    const request = httpRequest(url, { agent: false });
    request.on('error', () => resolve());
    request.on('close', () => resolve());
    request.on('response', (response) => {
      response.resume();
      if (moment === 'headers') request.destroy();
    });
    request.on('finish', () => {
      if (moment === 'immediate') request.destroy();
      else if (typeof moment === 'number') setTimeout(() => request.destroy(), moment);
    });
    request.end();
  });
}

describe('citizen presence on the event stream', () => {
  let api: ApiTestServer;

  beforeAll(async () => {
    api = await startApiTestServer();
  });

  afterAll(async () => {
    await api.close();
  });

  const take = (name: string) => takeTicket(api, name);

  const presenceOf = async (ticketId: string) => {
    const { redis, keys } = api.plaza.context;
    const [connections, graceDue] = await Promise.all([
      redis.hGet(keys.ticket(ticketId), 'connections'),
      redis.zScore(keys.deadlines, `grace:${ticketId}`),
    ]);
    return {
      connections: Number(connections ?? 0),
      graceSet: graceDue !== null,
      hubStreams: api.hub.countTicketStreams(ticketId),
    };
  };

  it('releases every stream dropped while connecting, whatever the moment', async () => {
    const tickets = await Promise.all(['Ani', 'Budi', 'Citra', 'Dewi', 'Eka', 'Fajar'].map(take));
    const urlOf = (created: CreatedTicket) =>
      `${api.url}/api/tickets/${created.ticket.id}/events?key=${encodeURIComponent(created.accessKey)}`;

    // Three rounds, each every ticket with a stream dropped at every moment, all at once.
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        tickets.flatMap((created) => dropMoments.map((moment) => openAndDrop(urlOf(created), moment))),
      );
    }

    // The last drop of each ticket leaves it with no connection, in its grace period, unwatched.
    const released = { connections: 0, graceSet: true, hubStreams: 0 };
    const states = await waitFor(() => Promise.all(tickets.map((created) => presenceOf(created.ticket.id))), {
      until: (all) => all.every((state) => JSON.stringify(state) === JSON.stringify(released)),
      timeoutMs: 5000,
      what: 'every ticket released',
    });
    expect(states).toEqual(tickets.map(() => released));
  });
});
