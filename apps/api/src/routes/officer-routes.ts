// The officer console's handlers (declared in route-table.ts). The route table lets only a
// signed-in officer reach them (its own console), and hands them the officer's account.
import {
  AppError,
  endCallRequestSchema,
  loginRequestSchema,
  officerPreferencesRequestSchema,
  priorityClaimRequestSchema,
  type Session,
  setOfficerStatusRequestSchema,
  ticketIdSchema,
  transferRequestSchema,
  wrapUpRequestSchema,
} from '@vp/contract';
import {
  acceptOffer,
  answerPriorityClaim,
  declineOffer,
  endOfficerCall,
  getOfficerView,
  recordWrapUp,
  setOfficerPreferences,
  setOfficerStatus,
  transferTicket,
} from '@vp/engine';
import { z } from 'zod';
import { toOfficerIdentity } from '../auth/access';
import type { RouteHandler } from '../http/route-definition';
import { parseInput } from '../http/validate';
import { createSessionStreamHandler, issueSessionStreamTicket } from '../realtime/session-stream';
import { closeCall, joinCall } from './call-join';

/** The rule of every officer console route: an officer, acting on itself. */
export const ownConsole = { role: 'officer', scope: 'own' } as const;
type OfficerHandler = RouteHandler<typeof ownConsole>;

const offerRequestSchema = z.strictObject({ ticketId: ticketIdSchema.optional() });

/** The console's sign-in: an officer's account only (a supervisor or admin has no console yet). */
export const signInOfficer: RouteHandler<'public'> = async ({ request, response, deps }) => {
  const credentials = parseInput(loginRequestSchema, request.body);
  const { sessionId, account } = await deps.auth.signIn({ ...credentials, roles: ['officer'] });
  if (account.role !== 'officer') throw new Error(`signIn let ${account.role} ${account.id} through`);
  deps.logger.info('officer signed in', { officerId: account.id });
  const answer: Session = {
    sessionId,
    officer: await getOfficerView(deps.plaza, toOfficerIdentity(account)),
  };
  response.json(answer);
};

export const showOfficer: OfficerHandler = async ({ response, deps, account }) => {
  response.json(await getOfficerView(deps.plaza, toOfficerIdentity(account)));
};

/** A single-use ticket that opens the console's event stream, which cannot send the session. */
export const issueOfficerStreamTicket: OfficerHandler = issueSessionStreamTicket;

/** The console's live view; it closes when the session ends (sign-out, an admin, expiry). */
export const streamOfficerEvents: OfficerHandler = createSessionStreamHandler(({ deps, account }, stream) =>
  deps.hub.watchOfficer({ officer: toOfficerIdentity(account), stream }),
);

export const setStatus: OfficerHandler = async ({ request, response, deps, account }) => {
  const officer = toOfficerIdentity(account);
  const { status } = parseInput(setOfficerStatusRequestSchema, request.body);
  await setOfficerStatus(deps.plaza, { officer, status });
  deps.logger.info('officer status set', { officerId: officer.id, status });
  response.json(await getOfficerView(deps.plaza, officer));
};

/** Settings apply in any status: changing them never ends a wrap-up or an offer. */
export const setPreferences: OfficerHandler = async ({ request, response, deps, account }) => {
  const officer = toOfficerIdentity(account);
  const { autoAccept } = parseInput(officerPreferencesRequestSchema, request.body);
  await setOfficerPreferences(deps.plaza, { officer, autoAccept });
  deps.logger.info('officer preferences set', { officerId: officer.id, autoAccept });
  response.json(await getOfficerView(deps.plaza, officer));
};

/**
 * Answers to an offer; the body may name the offered ticket, so a stale screen cannot answer a
 * newer offer.
 */
function answerOffer(answer: 'accept' | 'decline'): OfficerHandler {
  const respond = answer === 'accept' ? acceptOffer : declineOffer;
  return async ({ request, response, deps, account }) => {
    const officer = toOfficerIdentity(account);
    const { ticketId } = parseInput(offerRequestSchema, request.body ?? {});
    const answered = await respond(deps.plaza, { officer, ticketId });
    deps.logger.info('offer answered', { answer, officerId: officer.id, ticketId: answered });
    response.json(await getOfficerView(deps.plaza, officer));
  };
}
export const acceptOfferOfOfficer = answerOffer('accept');
export const declineOfferOfOfficer = answerOffer('decline');

export const joinOfficerCall: OfficerHandler = async ({ response, deps, account }) => {
  const officer = toOfficerIdentity(account);
  const view = await getOfficerView(deps.plaza, officer);
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
      peerName: view.ticket.number,
    }),
  );
};

// Ending and transferring name the call's ticket: a stale console never acts on the next call.
export const endCallOfOfficer: OfficerHandler = async ({ request, response, deps, account }) => {
  const officer = toOfficerIdentity(account);
  const { ticketId } = parseInput(endCallRequestSchema, request.body);
  await endOfficerCall(deps.plaza, { officer, ticketId });
  await closeCall(deps, ticketId);
  deps.logger.info('call ended by officer', { officerId: officer.id, ticketId });
  response.json(await getOfficerView(deps.plaza, officer));
};

export const transferCallOfOfficer: OfficerHandler = async ({ request, response, deps, account }) => {
  const officer = toOfficerIdentity(account);
  const target = parseInput(transferRequestSchema, request.body);
  const { ticketId } = target;
  const { newTicketId } = await transferTicket(deps.plaza, { officer, ...target });
  await closeCall(deps, ticketId);
  deps.logger.info('call transferred', {
    officerId: officer.id,
    ticketId,
    newTicketId,
    tenant: target.tenantCode,
  });
  response.json(await getOfficerView(deps.plaza, officer));
};

/**
 * The officer confirms or rejects the vulnerable group the citizen of their call declared. The
 * group is a personal fact: the log gets ids and the answer only.
 */
export const answerPriorityClaimOfOfficer: OfficerHandler = async ({ request, response, deps, account }) => {
  const officer = toOfficerIdentity(account);
  const { ticketId, confirmed } = parseInput(priorityClaimRequestSchema, request.body);
  const answer = await answerPriorityClaim(deps.plaza, { officer, ticketId, confirmed });
  deps.logger.info('priority claim answered', { officerId: officer.id, ticketId, answer });
  response.json(await getOfficerView(deps.plaza, officer));
};

/**
 * The outcome and notes of a call the officer served, in wrap-up or later; sent again, it
 * corrects them. The notes may hold personal data: the log gets ids and the outcome only.
 */
export const recordWrapUpOfOfficer: OfficerHandler = async ({ request, response, deps, account }) => {
  const officer = toOfficerIdentity(account);
  const wrapUp = parseInput(wrapUpRequestSchema, request.body);
  await recordWrapUp(deps.plaza, { officer, ...wrapUp });
  deps.logger.info('wrap-up recorded', {
    officerId: officer.id,
    ticketId: wrapUp.ticketId,
    outcome: wrapUp.outcome,
  });
  response.json(await getOfficerView(deps.plaza, officer));
};
