// The officer routes in-process against a real Redis: sign-in and sessions guard every action.

import { randomUUID } from 'node:crypto';
import type { ErrorBody, OfficerStreamEvent, Session, StreamTicket } from '@vp/contract';
import {
  acceptOffer,
  createTicket,
  endOfficerCall,
  getOfficerView,
  getTicketView,
  setOfficerStatus,
} from '@vp/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestServer, startApiTestServer } from '../../../../test/support/api-test-server';
import { openEventStreamReader } from '../../../../test/support/event-stream-reader';
import { waitFor } from '../../../../test/support/wait-for';

const demoPassword = 'plaza-demo';

describe('officer routes', () => {
  let api: ApiTestServer;

  beforeAll(async () => {
    api = await startApiTestServer();
  });

  afterAll(async () => {
    await api.close();
  });

  const send = (path: string, body: unknown, token?: string, method = 'POST') =>
    fetch(`${api.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });

  const signIn = async () => {
    const response = await send('/api/officers/login', { username: 'dkc1', password: demoPassword });
    expect(response.status).toBe(200);
    return (await response.json()) as Session;
  };

  it('signs a demo officer in and shows them offline', async () => {
    const session = await signIn();
    expect(session.officer).toMatchObject({ id: 'dkc-1', status: 'offline', ticket: null });
    expect(session.officer.tenantCodes).toContain('DKC');
  });

  it.each([
    ['a wrong password', { username: 'dkc1', password: 'wrong' }, 401, 'password'],
    ['an unknown user', { username: 'nobody', password: demoPassword }, 401, 'password'],
    ['a missing password', { username: 'dkc1' }, 422, 'password'],
  ])('refuses %s', async (_case, body, status, field) => {
    const response = await send('/api/officers/login', body);
    expect(response.status).toBe(status);
    expect(((await response.json()) as ErrorBody).error.field).toBe(field);
  });

  it('refuses actions without a valid session', async () => {
    for (const token of [undefined, 'forged.token', `${(await signIn()).sessionId}x`]) {
      const response = await send('/api/officers/me/status', { status: 'ready' }, token);
      expect(response.status).toBe(401);
      expect(((await response.json()) as ErrorBody).error.code).toBe('unauthenticated');
    }
  });

  it('sets a chosen status and refuses one that cannot be chosen', async () => {
    const { sessionId: token } = await signIn();
    const ready = await send('/api/officers/me/status', { status: 'ready' }, token);
    expect(await ready.json()).toMatchObject({ status: 'ready' });

    const inCall = await send('/api/officers/me/status', { status: 'in_call' }, token);
    expect(inCall.status).toBe(422);
    expect(((await inCall.json()) as ErrorBody).error.field).toBe('status');

    const offline = await send('/api/officers/me/status', { status: 'offline' }, token);
    expect(await offline.json()).toMatchObject({ status: 'offline' });
  });

  it('changes auto-accept in wrap-up without ending it, and refuses it with the status', async () => {
    const { sessionId: token, officer } = await signIn();
    const identity = { id: officer.id, name: officer.name, tenantCodes: officer.tenantCodes };
    const { context } = api.plaza;
    await createTicket(context, { ...api.service, name: 'Ani' });
    await setOfficerStatus(context, { officer: identity, status: 'ready' });
    await waitFor(() => getOfficerView(context, identity), {
      until: (view) => view.status === 'offered',
      what: 'an offer',
    });
    const ticketId = await acceptOffer(context, { officer: identity });
    await endOfficerCall(context, { officer: identity, ticketId });

    // Another console of the same officer, open on its event stream.
    const ticketAnswer = await send('/api/officers/me/events/ticket', undefined, token);
    const { streamTicket } = (await ticketAnswer.json()) as StreamTicket;
    const otherConsole = await openEventStreamReader<OfficerStreamEvent>(
      `${api.url}/api/officers/me/events?ticket=${encodeURIComponent(streamTicket)}`,
    );
    const setAutoAccept = (autoAccept: unknown) =>
      send('/api/officers/me/preferences', { autoAccept }, token, 'PUT');
    const changed = await setAutoAccept(true);
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ status: 'wrap_up', autoAccept: true });
    const pushed = await otherConsole.next((event) => event.officer.autoAccept, 5000);
    otherConsole.close();
    expect(pushed.officer.status).toBe('wrap_up');
    expect(await getOfficerView(context, identity)).toMatchObject({ status: 'wrap_up', autoAccept: true });

    const malformed = await setAutoAccept('ya');
    expect(malformed.status).toBe(422);
    expect(((await malformed.json()) as ErrorBody).error.field).toBe('autoAccept');
    const withStatus = await send('/api/officers/me/status', { status: 'ready', autoAccept: false }, token);
    expect(withStatus.status).toBe(422);
    expect(((await withStatus.json()) as ErrorBody).error.field).toBe('autoAccept');
    expect(await getOfficerView(context, identity)).toMatchObject({ status: 'wrap_up', autoAccept: true });
  });

  it.each(['accept', 'decline'])('refuses to %s an offer that was never made', async (answer) => {
    const { sessionId: token } = await signIn();
    const response = await send(`/api/officers/me/offer/${answer}`, {}, token);
    expect(response.status).toBe(409);
    expect(((await response.json()) as ErrorBody).error.code).toBe('offer_not_found');
  });

  it('refuses a transfer outside a call, and one naming no tenant', async () => {
    const { sessionId: token } = await signIn();
    const ticketId = randomUUID();
    const outside = await send('/api/officers/me/call/transfer', { ticketId, tenantCode: 'SAM' }, token);
    expect(outside.status).toBe(409);
    expect(((await outside.json()) as ErrorBody).error.code).toBe('call_not_current');
    const malformed = await send('/api/officers/me/call/transfer', { ticketId, tenantCode: 'samsat' }, token);
    expect(malformed.status).toBe(422);
    expect(((await malformed.json()) as ErrorBody).error.field).toBe('tenantCode');
  });

  it('ends or transfers only the call the request names, so a stale console cannot end the next', async () => {
    const response = await send('/api/officers/login', { username: 'sam1', password: demoPassword });
    const { sessionId: token, officer } = (await response.json()) as Session;
    const identity = { id: officer.id, name: officer.name, tenantCodes: officer.tenantCodes };
    const { context } = api.plaza;
    const samsat = context.catalogue.tenants.find((tenant) => tenant.code === 'SAM');
    const serviceId = samsat?.services[0]?.id ?? '';
    const serveNext = async (name: string) => {
      const { ticket } = await createTicket(context, { tenantCode: 'SAM', serviceId, name });
      await setOfficerStatus(context, { officer: identity, status: 'ready' });
      await waitFor(() => getOfficerView(context, identity), {
        until: (view) => view.status === 'offered' && view.ticket?.id === ticket.id,
        what: `the offer of ${name}`,
      });
      await acceptOffer(context, { officer: identity, ticketId: ticket.id });
      return ticket.id;
    };
    const answerOf = async (answer: Response) => ({
      status: answer.status,
      ...((await answer.json()) as Partial<ErrorBody>).error,
    });

    const first = await serveNext('Ani');
    const unnamed = await send('/api/officers/me/call/end', {}, token);
    expect(await answerOf(unnamed)).toMatchObject({ status: 422, field: 'ticketId' });
    const ended = await send('/api/officers/me/call/end', { ticketId: first }, token);
    expect(ended.status).toBe(200);
    expect(await ended.json()).toMatchObject({ status: 'wrap_up' });

    // A second console still shows the first call: what it ends or transfers is that call only.
    const second = await serveNext('Budi');
    const staleEnd = await send('/api/officers/me/call/end', { ticketId: first }, token);
    expect(await answerOf(staleEnd)).toMatchObject({ status: 409, code: 'call_not_current' });
    const staleTransfer = await send(
      '/api/officers/me/call/transfer',
      { ticketId: first, tenantCode: 'DKC' },
      token,
    );
    expect(await answerOf(staleTransfer)).toMatchObject({ status: 409, code: 'call_not_current' });
    const unnamedTransfer = await send('/api/officers/me/call/transfer', { tenantCode: 'DKC' }, token);
    expect(await answerOf(unnamedTransfer)).toMatchObject({ status: 422, field: 'ticketId' });
    expect(await getOfficerView(context, identity)).toMatchObject({
      status: 'in_call',
      ticket: { id: second },
    });

    const transferred = await send(
      '/api/officers/me/call/transfer',
      { ticketId: second, tenantCode: 'DKC' },
      token,
    );
    expect(transferred.status).toBe(200);
    expect(await transferred.json()).toMatchObject({ status: 'wrap_up' });
    expect(await getTicketView(context, second)).toMatchObject({ status: 'transferred' });
  });
});
