// POST /api/livekit/webhook in-process against a real Redis, with events signed as LiveKit signs
// them: a replayed event (the same id) is acknowledged and changes nothing.
import { createHash, randomUUID } from 'node:crypto';
import { readTicket, roomNameOf } from '@vp/engine';
import { AccessToken } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestServer, startApiTestServer } from '../../../../test/support/api-test-server';
import { startCallWith } from '../../../../test/support/call-in-progress';
import { captureLogs } from '../../../../test/support/log-capture';

describe('LiveKit webhook route', () => {
  let api: ApiTestServer;
  const { logger, entries } = captureLogs();

  /** Sends `event` as LiveKit does: the body's SHA-256 in a JWT signed with the API secret. */
  const deliver = async (event: Record<string, unknown>) => {
    const body = JSON.stringify(event);
    const token = new AccessToken(
      api.config.livekit.credentials.apiKey,
      api.config.livekit.credentials.apiSecret,
    );
    token.sha256 = createHash('sha256').update(body).digest('base64');
    return fetch(`${api.url}/api/livekit/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/webhook+json', authorization: await token.toJwt() },
      body,
    });
  };

  /** A ticket in a call with an officer of its tenant. */
  const ticketInCall = () =>
    startCallWith(api.plaza.context, {
      officer: { id: `officer-${randomUUID()}`, name: 'Petugas Uji', tenantCodes: [api.service.tenantCode] },
      ticket: { ...api.service, name: 'Ani' },
    });
  const historyOf = (ticketId: string) =>
    api.plaza.context.redis.xRange(api.plaza.context.keys.ticketHistory(ticketId), '-', '+');
  const handled = (ticketId: string) =>
    entries.filter((entry) => entry.message === 'call webhook' && entry.fields?.ticketId === ticketId);

  beforeAll(async () => {
    api = await startApiTestServer({ logger });
  });

  afterAll(async () => {
    await api.close();
  });

  it('ends a call once for an event delivered twice', async () => {
    const ticketId = await ticketInCall();
    const event = {
      id: `EV_${randomUUID().slice(0, 12)}`,
      event: 'room_finished',
      room: { name: roomNameOf(ticketId) },
    };

    const first = await deliver(event);
    expect(first.status).toBe(200);
    expect((await readTicket(api.plaza.context, ticketId))?.status).toBe('completed');
    const historyAfterFirst = await historyOf(ticketId);
    const ticketAfterFirst = await api.plaza.context.redis.hGetAll(api.plaza.context.keys.ticket(ticketId));

    const replay = await deliver(event);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ ok: true });
    const history = await historyOf(ticketId);
    expect(history).toEqual(historyAfterFirst);
    expect(history.filter((entry) => entry.message.status === 'completed')).toHaveLength(1);
    expect(await api.plaza.context.redis.hGetAll(api.plaza.context.keys.ticket(ticketId))).toEqual(
      ticketAfterFirst,
    );
    // The replay reached the plaza not at all: handled once, noted once as a replay.
    expect(handled(ticketId)).toHaveLength(1);
    expect(
      entries.filter(
        (entry) => entry.message === 'call webhook replayed' && entry.fields?.eventId === event.id,
      ),
    ).toHaveLength(1);
  });

  it('handles one of two deliveries of an event that arrive together', async () => {
    const ticketId = await ticketInCall();
    const event = {
      id: `EV_${randomUUID().slice(0, 12)}`,
      event: 'participant_joined',
      room: { name: roomNameOf(ticketId) },
      participant: { identity: `citizen-${ticketId}` },
    };
    const answers = await Promise.all([deliver(event), deliver(event), deliver(event)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(handled(ticketId)).toHaveLength(1);
    // A new event (another id) of the same kind is no replay: it is handled.
    expect((await deliver({ ...event, id: `EV_${randomUUID().slice(0, 12)}` })).status).toBe(200);
    expect(handled(ticketId)).toHaveLength(2);
  });

  it('handles the retry of an event whose handling failed: a failure is no replay', async () => {
    const ticketId = randomUUID();
    const ticketKey = api.plaza.context.keys.ticket(ticketId);
    // A key of the wrong type makes reading the ticket fail inside the handler.
    await api.plaza.context.redis.set(ticketKey, 'not a hash');
    const event = {
      id: `EV_${randomUUID().slice(0, 12)}`,
      event: 'room_finished',
      room: { name: roomNameOf(ticketId) },
    };
    expect((await deliver(event)).status).toBe(500);
    await api.plaza.context.redis.del(ticketKey);
    expect((await deliver(event)).status).toBe(200);
    expect(handled(ticketId)).toHaveLength(2);
    expect(
      entries.filter(
        (entry) => entry.message === 'call webhook replayed' && entry.fields?.eventId === event.id,
      ),
    ).toEqual([]);
  });

  it.each([
    ['no id', {}],
    ['an id that could shape a key', { id: 'EV_1:history' }],
  ])('refuses a signed event with %s, changing nothing', async (_case, idPart) => {
    const ticketId = await ticketInCall();
    const response = await deliver({
      event: 'room_finished',
      room: { name: roomNameOf(ticketId) },
      ...idPart,
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: { field: 'id' } });
    expect((await readTicket(api.plaza.context, ticketId))?.status).toBe('in_call');
  });

  it('refuses an unsigned event', async () => {
    const response = await fetch(`${api.url}/api/livekit/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/webhook+json' },
      body: JSON.stringify({ id: 'EV_unsigned', event: 'room_finished', room: { name: 'call-x' } }),
    });
    expect(response.status).toBe(401);
  });
});
