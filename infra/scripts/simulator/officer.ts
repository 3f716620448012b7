// One simulated officer: signs in, goes ready, follows their console's event stream, and answers
// what it shows as a person at the console would: accepts or declines offers by the shares (or
// lets them lapse), ends calls after a call length, records a wrap-up, takes a break now and then.
import type {
  OfficerStreamEvent,
  OfficerView,
  Session,
  StreamTicket,
  TicketOutcome,
  WrapUpRequest,
} from '@vp/contract';
import { followEventStream, PlazaHttpError, requestPlaza } from './plaza-http';
import { isStale, pause, type SimulationContext } from './simulation-context';

/** The password of every demo account (packages/catalogue/data/accounts.json). */
export const demoPassword = 'plaza-demo';

const breakShare = 0.1;

export interface OfficerPlan {
  username: string;
  acceptShare: number;
  declineShare: number;
  callSeconds: number;
  /** A call must end before this (the tenant's no-show deadline): nobody joins it in LiveKit. */
  callLimitSecondsOf(tenantCode: string): number;
}

/** Runs one officer until the run stops; then ends their call, drops their offer and signs off. */
export async function runOfficer(context: SimulationContext, plan: OfficerPlan): Promise<void> {
  const { url, random, tally, signal } = context;
  let session: Session;
  try {
    session = await requestPlaza<Session>(url, '/api/officers/login', {
      body: { username: plan.username, password: demoPassword },
    });
  } catch (error) {
    context.log(
      `officer ${plan.username} could not sign in: ${error instanceof Error ? error.message : error}`,
    );
    context.countFailure('plaza', error);
    return;
  }
  const headers = { authorization: `Bearer ${session.sessionId}` };
  const homeTenant = session.officer.tenantCodes[0] ?? 'plaza';
  let view: OfficerView = session.officer;
  let onBreak = false;
  let lastOfferLapsed = false;
  const handled = { offer: '', call: '', wrapUp: '' };

  // Every console request; a 409 is the plaza having settled it otherwise (a lapsed offer).
  const act = async (path: string, body: unknown, tenantCode = homeTenant): Promise<boolean> => {
    try {
      const answer = await requestPlaza<OfficerView>(url, `/api/officers/me${path}`, { headers, body });
      if (answer.revision > view.revision) view = answer;
      return true;
    } catch (error) {
      if (!isStale(error)) context.countFailure(tenantCode, error);
      return false;
    }
  };

  const answerOffer = async (ticketId: string, tenantCode: string) => {
    tally.add(tenantCode, 'offered');
    const choice = random.next();
    // A person reads the offer before answering it.
    if (!(await pause(random.between(300, 1_500), signal))) return;
    if (choice < plan.acceptShare) {
      await act('/offer/accept', { ticketId }, tenantCode);
    } else if (choice < plan.acceptShare + plan.declineShare) {
      if (await act('/offer/decline', { ticketId }, tenantCode)) tally.add(tenantCode, 'declined');
    } else {
      lastOfferLapsed = true;
    }
  };

  const serveCall = async (ticketId: string, tenantCode: string) => {
    const limit = Math.max(1, plan.callLimitSecondsOf(tenantCode));
    const seconds = Math.min(plan.callSeconds * random.between(0.5, 1.5), limit);
    if (!(await pause(seconds * 1_000, signal))) return;
    if (await act('/call/end', { ticketId }, tenantCode)) tally.add(tenantCode, 'served');
  };

  const wrapUp = async (ticketId: string, tenantCode: string) => {
    if (!(await pause(random.between(500, 2_000), signal))) return;
    const roll = random.next();
    const outcome: TicketOutcome = roll < 0.8 ? 'served' : roll < 0.95 ? 'follow_up' : 'referred';
    const request: WrapUpRequest = { ticketId, outcome, notes: 'Simulasi' };
    await act('/wrap-up', request, tenantCode);
    if (random.chance(breakShare)) {
      onBreak = true;
      await act('/status', { status: 'away' });
      await pause(random.between(10_000, 60_000), signal);
      onBreak = false;
    }
    if (!signal.aborted) await act('/status', { status: 'ready' });
  };

  const react = (next: OfficerView) => {
    if (next.revision < view.revision) return;
    view = next;
    const { ticket } = view;
    if (view.status === 'offered' && ticket && handled.offer !== ticket.id) {
      handled.offer = ticket.id;
      void answerOffer(ticket.id, ticket.tenantCode);
    } else if (view.status === 'in_call' && ticket && handled.call !== ticket.id) {
      handled.call = ticket.id;
      void serveCall(ticket.id, ticket.tenantCode);
    } else if (view.status === 'wrap_up' && view.lastTicket && handled.wrapUp !== view.lastTicket.id) {
      handled.wrapUp = view.lastTicket.id;
      void wrapUp(view.lastTicket.id, view.lastTicket.tenantCode);
    } else if (view.status === 'away' && lastOfferLapsed && !onBreak) {
      // An offer left to lapse set the officer away; they notice and come back.
      lastOfferLapsed = false;
      void pause(random.between(2_000, 5_000), signal).then(
        (back) => back && act('/status', { status: 'ready' }),
      );
    }
  };

  await act('/status', { status: 'ready' });
  while (!signal.aborted) {
    try {
      const { streamTicket } = await requestPlaza<StreamTicket>(url, '/api/officers/me/events/ticket', {
        method: 'POST',
        headers,
      });
      await followEventStream(`${url}/api/officers/me/events?ticket=${encodeURIComponent(streamTicket)}`, {
        signal,
        onMessage(data) {
          const event = data as OfficerStreamEvent;
          if (event.type === 'officer') react(event.officer);
        },
      });
    } catch (error) {
      if (error instanceof PlazaHttpError && error.status === 401) {
        context.log(`officer ${plan.username} was signed out by the plaza; they stop`);
        return;
      }
      context.countFailure(homeTenant, error);
    }
    if (!signal.aborted) await pause(1_000, signal);
  }
  await signOff();

  async function signOff() {
    const current = await requestPlaza<OfficerView>(url, '/api/officers/me', { headers }).catch(() => view);
    if (current.status === 'offered' && current.ticket)
      await act('/offer/decline', { ticketId: current.ticket.id });
    if (current.status === 'in_call' && current.ticket) {
      const { id, tenantCode } = current.ticket;
      if (await act('/call/end', { ticketId: id }, tenantCode)) tally.add(tenantCode, 'servedAtStop');
    }
    await act('/status', { status: 'offline' });
  }
}
