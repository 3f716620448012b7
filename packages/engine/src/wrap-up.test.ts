// The officer's wrap-up against a real Redis: stored with the ticket, refused to anyone else and
// before the call ends, and never written to a history stream or announcement.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { RedisTestContext } from '../../../test/support/redis-test-context';
import { fastDispatch, usePlazaPerTest } from '../../../test/support/test-plaza';
import { waitFor } from '../../../test/support/wait-for';
import type { ManualClock } from './clock';
import {
  acceptOffer,
  endOfficerCall,
  getOfficerView,
  type OfficerIdentity,
  setOfficerStatus,
} from './officers';
import type { Plaza } from './plaza';
import type { RedisClient } from './redis';
import { createTicket, getTicketView, readTicket } from './tickets';
import { transferTicket } from './transfer';
import { recordWrapUp } from './wrap-up';

const citizen = (name: string) => ({ tenantCode: 'DKC', serviceId: 'ktp-el', name });
const officerA: OfficerIdentity = { id: 'dkc-a', name: 'A', tenantCodes: ['DKC'] };
const officerB: OfficerIdentity = { id: 'dkc-b', name: 'B', tenantCodes: ['DKC'] };
// Notes as an officer writes them: with personal data that must stay out of every stream.
const privateNotes = 'NIK 6472010101900001, alamat Jl. Merdeka 7; minta salinan KK';

describe('wrap-up', () => {
  let redisContext: RedisTestContext;
  let plaza: Plaza;
  let clock: ManualClock;
  let subscriber: RedisClient;
  let announced: string[];

  usePlazaPerTest(
    async (opened) => {
      ({ redisContext, plaza, clock } = opened);
      announced = [];
      subscriber = redisContext.redis.duplicate();
      await subscriber.connect();
      await subscriber.subscribe(plaza.context.keys.channel, (message) => {
        announced.push(message);
      });
    },
    { dispatch: fastDispatch },
  );

  afterEach(async () => {
    subscriber.destroy();
  });

  /** Takes a ticket and brings it into a call with the officer. */
  const startCall = async (officer: OfficerIdentity, name = 'Ani') => {
    await setOfficerStatus(plaza.context, { officer, status: 'ready' });
    const { ticket } = await createTicket(plaza.context, citizen(name));
    await waitFor(() => getTicketView(plaza.context, ticket.id), {
      until: (view) => view?.status === 'offered',
      what: 'an offer',
    });
    await acceptOffer(plaza.context, { officer, ticketId: ticket.id });
    return ticket;
  };

  /** A served and completed ticket of officer A, who is now in wrap-up. */
  const servedTicket = async () => {
    const ticket = await startCall(officerA);
    await endOfficerCall(plaza.context, { officer: officerA, ticketId: ticket.id });
    return ticket;
  };

  /** Every entry of every stream under the test's prefix, and the ticket hash. */
  const footprint = async (ticketId: string) => {
    const { redis, keys } = plaza.context;
    const streams: Record<string, Record<string, string>[]> = {};
    for await (const batch of redis.scanIterator({ MATCH: `${keys.prefix}:*`, TYPE: 'stream' })) {
      for (const key of batch) {
        streams[key] = (await redis.xRange(key, '-', '+')).map((entry) => ({ ...entry.message }));
      }
    }
    return { streams, ticket: await redis.hGetAll(keys.ticket(ticketId)) };
  };

  it('stores the outcome and notes with the ticket, and corrects them while it is kept', async () => {
    expect((await getOfficerView(plaza.context, officerA)).lastTicket).toBeNull();
    const ticket = await servedTicket();

    const inWrapUp = await getOfficerView(plaza.context, officerA);
    expect(inWrapUp.status).toBe('wrap_up');
    expect(inWrapUp.lastTicket).toEqual({
      id: ticket.id,
      number: 'DKC-001',
      tenantCode: 'DKC',
      citizenName: 'Ani',
      status: 'completed',
      outcome: null,
      notes: '',
      notedAt: null,
    });

    clock.advance(5_000);
    await recordWrapUp(plaza.context, {
      officer: officerA,
      ticketId: ticket.id,
      outcome: 'follow_up',
      notes: `  ${privateNotes}\n`,
    });
    expect(await readTicket(plaza.context, ticket.id)).toMatchObject({
      status: 'completed',
      outcome: 'follow_up',
      notes: privateNotes,
      notedAt: clock.now(),
    });
    const recorded = await getOfficerView(plaza.context, officerA);
    expect(recorded.lastTicket).toMatchObject({ outcome: 'follow_up', notes: privateNotes });
    expect(recorded.revision).toBeGreaterThan(inWrapUp.revision);
    // The notes expire with the ticket: recording keeps its retention.
    expect(await plaza.context.redis.ttl(plaza.context.keys.ticket(ticket.id))).toBeGreaterThan(0);

    // After the wrap-up (the officer pressed ready quickly), the notes can still be corrected.
    await setOfficerStatus(plaza.context, { officer: officerA, status: 'ready' });
    clock.advance(60_000);
    await recordWrapUp(plaza.context, {
      officer: officerA,
      ticketId: ticket.id,
      outcome: 'served',
      notes: '',
    });
    const corrected = await getOfficerView(plaza.context, officerA);
    expect(corrected.status).toBe('ready');
    expect(corrected.lastTicket).toMatchObject({ outcome: 'served', notes: '', notedAt: clock.now() });

    const wrapUps = (await plaza.context.redis.xRange(plaza.context.keys.ticketHistory(ticket.id), '-', '+'))
      .map((entry) => entry.message)
      .filter((message) => message.type === 'wrap-up');
    expect(wrapUps).toEqual([
      expect.objectContaining({ id: ticket.id, officer: officerA.id, outcome: 'follow_up', corrected: '0' }),
      expect.objectContaining({ id: ticket.id, officer: officerA.id, outcome: 'served', corrected: '1' }),
    ]);
    expect(wrapUps.every((message) => !('notes' in message))).toBe(true);
    const plazaHistory = await plaza.context.redis.xRange(plaza.context.keys.history, '-', '+');
    expect(plazaHistory.filter((entry) => entry.message.type === 'wrap-up')).toHaveLength(2);
  });

  it('writes the notes to no history stream and no announcement', async () => {
    const ticket = await servedTicket();
    await recordWrapUp(plaza.context, {
      officer: officerA,
      ticketId: ticket.id,
      outcome: 'referred',
      notes: privateNotes,
    });
    // The announcement reaches the officer's consoles as a change of the officer.
    await waitFor(() => announced, {
      until: (messages) =>
        messages.some((message) => JSON.parse(message).type === 'officer' && message.includes(officerA.id)),
      what: 'the officer announcement',
    });

    const { streams } = await footprint(ticket.id);
    expect(Object.keys(streams)).toEqual(
      expect.arrayContaining([plaza.context.keys.history, plaza.context.keys.ticketHistory(ticket.id)]),
    );
    for (const [key, entries] of Object.entries(streams)) {
      for (const entry of entries) {
        for (const value of Object.values(entry)) {
          expect(value, `${key} holds the notes`).not.toContain('6472010101900001');
        }
      }
    }
    expect(announced.length).toBeGreaterThan(0);
    for (const message of announced) expect(message).not.toContain('6472010101900001');
  });

  it('lets the officer record the wrap-up of a call they transferred', async () => {
    const ticket = await startCall(officerA);
    await transferTicket(plaza.context, { officer: officerA, ticketId: ticket.id, tenantCode: 'SAM' });
    expect((await getOfficerView(plaza.context, officerA)).lastTicket).toMatchObject({
      id: ticket.id,
      status: 'transferred',
    });
    await recordWrapUp(plaza.context, {
      officer: officerA,
      ticketId: ticket.id,
      outcome: 'referred',
      notes: '',
    });
    expect(await readTicket(plaza.context, ticket.id)).toMatchObject({ outcome: 'referred', notes: '' });
  });

  it('refuses another officer, a ticket still in its call or waiting, and an unknown ticket, changing nothing', async () => {
    const served = await servedTicket();
    const inCall = await startCall(officerB, 'Budi');
    const { ticket: waiting } = await createTicket(plaza.context, citizen('Citra'));
    const before = await Promise.all([served, inCall, waiting].map((ticket) => footprint(ticket.id)));

    const attempt = (officer: OfficerIdentity, ticketId: string) =>
      recordWrapUp(plaza.context, { officer, ticketId, outcome: 'served', notes: privateNotes });
    await expect(attempt(officerB, served.id)).rejects.toMatchObject({
      code: 'forbidden',
      field: 'ticketId',
    });
    await expect(attempt(officerB, inCall.id)).rejects.toMatchObject({
      code: 'ticket_not_served',
      field: 'ticketId',
    });
    await expect(attempt(officerA, inCall.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(attempt(officerA, waiting.id)).rejects.toMatchObject({ code: 'forbidden' });
    const unknown = randomUUID();
    await expect(attempt(officerA, unknown)).rejects.toMatchObject({ code: 'ticket_not_found' });

    const after = await Promise.all([served, inCall, waiting].map((ticket) => footprint(ticket.id)));
    expect(after).toEqual(before);
    expect(await plaza.context.redis.exists(plaza.context.keys.ticket(unknown))).toBe(0);
  });

  it.each([
    ['an unknown outcome', { outcome: 'done' }, 'outcome'],
    ['notes over the limit', { notes: 'x'.repeat(2001) }, 'notes'],
    ['a malformed ticket id', { ticketId: 'DKC-001' }, 'ticketId'],
  ])('refuses %s and changes nothing', async (_case, change, field) => {
    const ticket = await servedTicket();
    const before = await footprint(ticket.id);
    const request = { officer: officerA, ticketId: ticket.id, outcome: 'served', notes: '', ...change };
    await expect(
      recordWrapUp(plaza.context, request as Parameters<typeof recordWrapUp>[1]),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      field,
    });
    expect(await footprint(ticket.id)).toEqual(before);
  });
});
