// The officer console's routes; every one but sign-in needs a session token.
import {
  AppError,
  endCallRequestSchema,
  loginRequestSchema,
  officerPreferencesRequestSchema,
  setOfficerStatusRequestSchema,
  transferRequestSchema,
  wrapUpRequestSchema,
} from '@vp/contract';
import {
  acceptOffer,
  declineOffer,
  endOfficerCall,
  getOfficerView,
  recordWrapUp,
  setOfficerPreferences,
  setOfficerStatus,
  transferTicket,
} from '@vp/engine';
import { Router } from 'express';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { parseInput } from '../http/validate';
import { openEventStream } from '../realtime/event-stream';
import { closeCall, joinCall } from './call-join';

const offerRequestSchema = z.strictObject({ ticketId: z.string().min(1).max(64).optional() });

export function createOfficerRoutes(deps: ApiDeps): Router {
  const router = Router();
  const { plaza, auth } = deps;

  router.post('/officers/login', async (request, response) => {
    const { token, officer } = auth.signIn(parseInput(loginRequestSchema, request.body));
    deps.logger.info('officer signed in', { officerId: officer.id });
    response.json({ token, officer: await getOfficerView(plaza, officer) });
  });

  router.get('/officers/me', async (request, response) => {
    response.json(await getOfficerView(plaza, auth.authenticate(request)));
  });

  router.get('/officers/me/events', (request, response) => {
    const officer = auth.authenticate(request);
    let unwatch = () => {};
    const stream = openEventStream(request, response, () => unwatch());
    unwatch = deps.hub.watchOfficer({ officer, stream });
  });

  router.post('/officers/me/status', async (request, response) => {
    const officer = auth.authenticate(request);
    const { status } = parseInput(setOfficerStatusRequestSchema, request.body);
    await setOfficerStatus(plaza, { officer, status });
    deps.logger.info('officer status set', { officerId: officer.id, status });
    response.json(await getOfficerView(plaza, officer));
  });

  // Settings apply in any status: changing them never ends a wrap-up or an offer.
  router.put('/officers/me/preferences', async (request, response) => {
    const officer = auth.authenticate(request);
    const { autoAccept } = parseInput(officerPreferencesRequestSchema, request.body);
    await setOfficerPreferences(plaza, { officer, autoAccept });
    deps.logger.info('officer preferences set', { officerId: officer.id, autoAccept });
    response.json(await getOfficerView(plaza, officer));
  });

  // Answers to an offer; the body may name the offered ticket, so a stale screen cannot
  // answer a newer offer.
  const answers = { accept: acceptOffer, decline: declineOffer } as const;
  for (const [answer, respond] of Object.entries(answers)) {
    router.post(`/officers/me/offer/${answer}`, async (request, response) => {
      const officer = auth.authenticate(request);
      const { ticketId } = parseInput(offerRequestSchema, request.body ?? {});
      const answered = await respond(plaza, { officer, ticketId });
      deps.logger.info('offer answered', { answer, officerId: officer.id, ticketId: answered });
      response.json(await getOfficerView(plaza, officer));
    });
  }

  router.post('/officers/me/call', async (request, response) => {
    const officer = auth.authenticate(request);
    const view = await getOfficerView(plaza, officer);
    if (view.status !== 'in_call' || !view.ticket) {
      throw new AppError('ticket_not_in_call', `officer ${officer.id} is ${view.status}`, {
        userMessage: 'You are not in a call',
      });
    }
    response.json(
      await joinCall(deps, {
        ticketId: view.ticket.id,
        role: 'officer',
        id: officer.id,
        displayName: officer.name,
      }),
    );
  });

  // Ending and transferring name the call's ticket: a stale console never acts on the next call.
  router.post('/officers/me/call/end', async (request, response) => {
    const officer = auth.authenticate(request);
    const { ticketId } = parseInput(endCallRequestSchema, request.body);
    await endOfficerCall(plaza, { officer, ticketId });
    await closeCall(deps, ticketId);
    deps.logger.info('call ended by officer', { officerId: officer.id, ticketId });
    response.json(await getOfficerView(plaza, officer));
  });

  router.post('/officers/me/call/transfer', async (request, response) => {
    const officer = auth.authenticate(request);
    const target = parseInput(transferRequestSchema, request.body);
    const { ticketId } = target;
    const { newTicketId } = await transferTicket(plaza, { officer, ...target });
    await closeCall(deps, ticketId);
    deps.logger.info('call transferred', {
      officerId: officer.id,
      ticketId,
      newTicketId,
      tenant: target.tenantCode,
    });
    response.json(await getOfficerView(plaza, officer));
  });

  // The outcome and notes of a call the officer served, in wrap-up or later; sent again, it
  // corrects them. The notes may hold personal data: the log gets ids and the outcome only.
  router.post('/officers/me/wrap-up', async (request, response) => {
    const officer = auth.authenticate(request);
    const wrapUp = parseInput(wrapUpRequestSchema, request.body);
    await recordWrapUp(plaza, { officer, ...wrapUp });
    deps.logger.info('wrap-up recorded', {
      officerId: officer.id,
      ticketId: wrapUp.ticketId,
      outcome: wrapUp.outcome,
    });
    response.json(await getOfficerView(plaza, officer));
  });

  return router;
}
