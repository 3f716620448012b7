// POST /api/officers/me/call/priority in-process against a real Redis: the officer in the call
// confirms or rejects the vulnerable group its citizen declared, once; it is recorded in the
// histories and counted for the tenant's day.
import { randomUUID } from 'node:crypto';
import type { ErrorBody, OfficerView, Session } from '@vp/contract';
import {
  acceptOffer,
  createTicket,
  getOfficerView,
  readPriorityClaimCounts,
  setOfficerStatus,
} from '@vp/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiTestServer,
  officerIdentityOf,
  signInOfficer,
  startApiTestServer,
} from '../../../../test/support/api-test-server';
import { waitFor } from '../../../../test/support/wait-for';

describe('officer priority claim route', () => {
  let api: ApiTestServer;
  const logged: string[] = [];
  const record = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    logged.push(JSON.stringify({ level, message, ...fields }));
  let officer: Session;
  let other: Session;
  /** Declared `lansia`; offered to `officer`, then in a call with them. */
  let claimed: string;
  /** Declared nothing; in a call with `other`. */
  let regular: string;

  const send = (body: unknown, sessionId?: string) =>
    fetch(`${api.url}/api/officers/me/call/priority`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(sessionId ? { authorization: `Bearer ${sessionId}` } : {}),
      },
      body: JSON.stringify(body),
    });
  const signIn = (username: string) => signInOfficer(api, username);
  const offerTo = async (session: Session) => {
    const { context } = api.plaza;
    await setOfficerStatus(context, { officer: officerIdentityOf(session), status: 'ready' });
    await waitFor(() => getOfficerView(context, officerIdentityOf(session)), {
      until: (view) => view.status === 'offered',
      what: 'an offer',
    });
  };
  const storedTicket = (ticketId: string) =>
    api.plaza.context.redis.hGetAll(api.plaza.context.keys.ticket(ticketId));
  const counts = () =>
    readPriorityClaimCounts(api.plaza.context, {
      tenantCode: api.service.tenantCode,
      at: api.plaza.context.clock.now(),
    });
  const errorOf = async (response: Response) => ((await response.json()) as ErrorBody).error;

  beforeAll(async () => {
    api = await startApiTestServer({
      logger: { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') },
    });
    officer = await signIn('dkc1');
    other = await signIn('dkc2');
    const { context } = api.plaza;
    claimed = (await createTicket(context, { ...api.service, name: 'Ani', vulnerableGroup: 'lansia' })).ticket
      .id;
    regular = (await createTicket(context, { ...api.service, name: 'Budi' })).ticket.id;
    await offerTo(officer);
  });

  afterAll(async () => {
    await api.close();
  });

  it('refuses a claim whose ticket is offered, not yet in the call, with 409', async () => {
    const before = await storedTicket(claimed);
    const response = await send({ ticketId: claimed, confirmed: true }, officer.sessionId);
    expect(response.status).toBe(409);
    expect(await errorOf(response)).toMatchObject({ code: 'ticket_not_in_call', field: 'ticketId' });
    expect(await storedTicket(claimed)).toEqual(before);
    // Both in their calls for the tests that follow.
    await acceptOffer(api.plaza.context, { officer: officerIdentityOf(officer), ticketId: claimed });
    await offerTo(other);
    await acceptOffer(api.plaza.context, { officer: officerIdentityOf(other), ticketId: regular });
  });

  it('shows the open claim in the officer view', async () => {
    const view = await getOfficerView(api.plaza.context, officerIdentityOf(officer));
    expect(view.ticket).toMatchObject({ id: claimed, vulnerableGroup: 'lansia', priorityClaim: null });
  });

  it('refuses a request without a valid session', async () => {
    const response = await send({ ticketId: claimed, confirmed: true }, 'forged');
    expect(response.status).toBe(401);
  });

  it.each([
    ['no answer', { ticketId: 'CLAIMED' }, 'confirmed'],
    ['an answer that is not a boolean', { ticketId: 'CLAIMED', confirmed: 'ya' }, 'confirmed'],
    ['no ticket', { confirmed: true }, 'ticketId'],
    ['a malformed ticket id', { ticketId: '../x', confirmed: true }, 'ticketId'],
    ['an unknown field', { ticketId: 'CLAIMED', confirmed: true, group: 'lansia' }, 'group'],
  ])('answers %s with 422 naming the field, and changes nothing', async (_case, body, field) => {
    const before = await storedTicket(claimed);
    const withTicket =
      'ticketId' in body && body.ticketId === 'CLAIMED' ? { ...body, ticketId: claimed } : body;
    const response = await send(withTicket, officer.sessionId);
    expect(response.status).toBe(422);
    expect(await errorOf(response)).toMatchObject({ code: 'validation_failed', field });
    expect(await storedTicket(claimed)).toEqual(before);
  });

  it("refuses another officer's ticket with 403 and an unknown ticket with 404", async () => {
    const before = await storedTicket(claimed);
    const others = await send({ ticketId: claimed, confirmed: true }, other.sessionId);
    expect(others.status).toBe(403);
    expect(await errorOf(others)).toMatchObject({ code: 'forbidden', field: 'ticketId' });
    const unknown = await send({ ticketId: randomUUID(), confirmed: true }, officer.sessionId);
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe('ticket_not_found');
    expect(await storedTicket(claimed)).toEqual(before);
    expect(await counts()).toEqual({ confirmed: 0, rejected: 0 });
  });

  it('refuses a call whose citizen declared no group with 409', async () => {
    const response = await send({ ticketId: regular, confirmed: true }, other.sessionId);
    expect(response.status).toBe(409);
    expect(await errorOf(response)).toMatchObject({ code: 'priority_claim_not_open', field: 'ticketId' });
    expect(await counts()).toEqual({ confirmed: 0, rejected: 0 });
  });

  it('records a rejected claim once: ticket, histories, counters, officer view', async () => {
    const response = await send({ ticketId: claimed, confirmed: false }, officer.sessionId);
    expect(response.status).toBe(200);
    const view = (await response.json()) as OfficerView;
    expect(view).toMatchObject({ status: 'in_call', ticket: { id: claimed, priorityClaim: 'rejected' } });
    expect(await storedTicket(claimed)).toMatchObject({ priorityClaim: 'rejected' });
    expect(await counts()).toEqual({ confirmed: 0, rejected: 1 });

    const { redis, keys } = api.plaza.context;
    for (const stream of [keys.history, keys.ticketHistory(claimed)]) {
      const claims = (await redis.xRange(stream, '-', '+')).filter(
        (entry) => entry.message.type === 'priority-claim',
      );
      expect(claims.map((entry) => entry.message)).toEqual([
        expect.objectContaining({ id: claimed, officer: officer.officer.id, answer: 'rejected' }),
      ]);
      // The group declared is personal: the history names the answer only.
      expect(JSON.stringify(claims)).not.toContain('lansia');
    }
    expect(logged.some((line) => line.includes('priority claim answered') && line.includes('rejected'))).toBe(
      true,
    );

    // Answered once: a second answer is refused and counts nothing.
    const again = await send({ ticketId: claimed, confirmed: true }, officer.sessionId);
    expect(again.status).toBe(409);
    expect((await errorOf(again)).code).toBe('priority_claim_not_open');
    expect(await counts()).toEqual({ confirmed: 0, rejected: 1 });
    expect(await storedTicket(claimed)).toMatchObject({ priorityClaim: 'rejected' });
  });
});
