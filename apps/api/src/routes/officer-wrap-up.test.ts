// POST /api/officers/me/wrap-up in-process against a real Redis: the officer's session, the
// body's schema and the ticket's officer guard it; the notes reach neither the log nor the history.
import { randomUUID } from 'node:crypto';
import type { ErrorBody, OfficerView, Session } from '@vp/contract';
import { endOfficerCall, type Logger } from '@vp/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiTestServer,
  officerIdentityOf,
  signInOfficer,
  startApiTestServer,
} from '../../../../test/support/api-test-server';
import { startCallWith } from '../../../../test/support/call-in-progress';

const privateNotes = 'NIK 6472010101900001 minta legalisir KK';

describe('officer wrap-up route', () => {
  let api: ApiTestServer;
  const logged: string[] = [];
  const record = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    logged.push(JSON.stringify({ level, message, ...fields }));
  const logger: Logger = {
    debug: record('debug'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
  };
  let officer: Session;
  let other: Session;
  let ticketId: string;

  const send = (body: unknown, token?: string, raw = false) =>
    fetch(`${api.url}/api/officers/me/wrap-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: raw ? String(body) : JSON.stringify(body),
    });
  const signIn = (username: string) => signInOfficer(api, username);
  const storedTicket = () => api.plaza.context.redis.hGetAll(api.plaza.context.keys.ticket(ticketId));

  beforeAll(async () => {
    api = await startApiTestServer({ logger });
    officer = await signIn('dkc1');
    other = await signIn('dkc2');
    // dkc1 serves a citizen and ends the call; they are in wrap-up.
    const { context } = api.plaza;
    const identity = officerIdentityOf(officer);
    ticketId = await startCallWith(context, { officer: identity, ticket: { ...api.service, name: 'Ani' } });
    await endOfficerCall(context, { officer: identity, ticketId });
  });

  afterAll(async () => {
    await api.close();
  });

  it('refuses a request without a valid session', async () => {
    for (const token of [undefined, 'forged.token']) {
      const response = await send({ ticketId, outcome: 'served', notes: '' }, token);
      expect(response.status).toBe(401);
      expect(((await response.json()) as ErrorBody).error.code).toBe('unauthenticated');
    }
  });

  it.each([
    ['an unknown outcome', { outcome: 'selesai', notes: '' }, 422, 'outcome'],
    ['no outcome', { notes: 'x' }, 422, 'outcome'],
    ['notes over 2000 characters', { outcome: 'served', notes: 'x'.repeat(2001) }, 422, 'notes'],
    ['notes that are not text', { outcome: 'served', notes: 7 }, 422, 'notes'],
    ['an unknown field', { outcome: 'served', notes: '', rating: 4 }, 422, 'rating'],
    ['a malformed ticket id', { outcome: 'served', notes: '', ticketId: '../x' }, 422, 'ticketId'],
  ])('answers %s with %i naming the field, and changes nothing', async (_case, body, status, field) => {
    const before = await storedTicket();
    const response = await send({ ticketId, ...body }, officer.sessionId);
    expect(response.status).toBe(status);
    expect(((await response.json()) as ErrorBody).error).toMatchObject({ code: 'validation_failed', field });
    expect(await storedTicket()).toEqual(before);
  });

  it('answers a malformed JSON body with 400', async () => {
    const response = await send('{"outcome":', officer.sessionId, true);
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error.field).toBe('body');
  });

  it("refuses another officer's ticket with 403 and an unknown ticket with 404", async () => {
    const before = await storedTicket();
    const others = await send({ ticketId, outcome: 'served', notes: privateNotes }, other.sessionId);
    expect(others.status).toBe(403);
    expect(((await others.json()) as ErrorBody).error).toMatchObject({
      code: 'forbidden',
      field: 'ticketId',
    });
    const unknown = await send(
      { ticketId: randomUUID(), outcome: 'served', notes: privateNotes },
      officer.sessionId,
    );
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorBody).error.code).toBe('ticket_not_found');
    expect(await storedTicket()).toEqual(before);
  });

  it('stores the outcome and notes with the ticket and answers the officer view', async () => {
    const response = await send(
      { ticketId, outcome: 'follow_up', notes: ` ${privateNotes} ` },
      officer.sessionId,
    );
    expect(response.status).toBe(200);
    const view = (await response.json()) as OfficerView;
    expect(view).toMatchObject({
      status: 'wrap_up',
      lastTicket: { id: ticketId, status: 'completed', outcome: 'follow_up', notes: privateNotes },
    });
    expect(await storedTicket()).toMatchObject({ outcome: 'follow_up', notes: privateNotes });

    // Sent again, it corrects them.
    const corrected = await send({ ticketId, outcome: 'served', notes: '' }, officer.sessionId);
    expect(((await corrected.json()) as OfficerView).lastTicket).toMatchObject({
      outcome: 'served',
      notes: '',
    });

    expect(logged.some((line) => line.includes('wrap-up recorded') && line.includes('follow_up'))).toBe(true);
    for (const line of logged) expect(line).not.toContain('6472010101900001');
    const history = await api.plaza.context.redis.xRange(api.plaza.context.keys.history, '-', '+');
    for (const entry of history) expect(JSON.stringify(entry.message)).not.toContain('6472010101900001');
  });
});
