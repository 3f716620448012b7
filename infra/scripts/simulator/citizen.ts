// One simulated citizen: proves their effort, takes a ticket, keeps its page open (the event
// stream is their presence), maybe cancels while waiting, and leaves when the ticket ends. They
// never join LiveKit: the officer side ends their call.
import { randomUUID } from 'node:crypto';
import {
  browserIdHeader,
  type CreatedTicket,
  type Tenant,
  type TicketChallenge,
  type TicketStreamEvent,
  type TicketView,
  terminalTicketStatuses,
  vulnerableGroups,
} from '@vp/contract';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { followEventStream, requestPlaza } from './plaza-http';
import { isStale, pause, type SimulationContext } from './simulation-context';

const givenNames = ['Budi', 'Siti', 'Andi', 'Rina', 'Joko', 'Maya', 'Dimas', 'Putri', 'Hendra', 'Lestari'];

/** The `proof` of a ticket request, or undefined while the plaza runs with its proof off. */
async function proveEffort(url: string): Promise<string | undefined> {
  const answer = await requestPlaza<TicketChallenge>(url, '/api/tickets/challenge');
  if (!answer.required) return undefined;
  const { challenge } = answer;
  const solution = await solveChallenge({ challenge, deriveKey, timeout: 60_000 });
  if (!solution) throw new Error('the ticket challenge was not solved within 60 s');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

export interface CitizenPlan {
  tenant: Tenant;
  /** When set, the citizen cancels if still waiting this long after taking the ticket. */
  cancelAfterMs: number | undefined;
}

/** Runs one citizen until their ticket ends or the run stops (then a waiting ticket is cancelled). */
export async function runCitizen(context: SimulationContext, plan: CitizenPlan): Promise<void> {
  const { url, random, tally, signal } = context;
  const tenantCode = plan.tenant.code;
  let created: CreatedTicket;
  try {
    const proof = await proveEffort(url);
    if (signal.aborted) return;
    created = await requestPlaza<CreatedTicket>(url, '/api/tickets', {
      headers: { [browserIdHeader]: randomUUID() },
      body: {
        tenantCode,
        serviceId: random.pick(plan.tenant.services).id,
        name: `Simulasi ${random.pick(givenNames)}`,
        ...(random.chance(0.05) ? { vulnerableGroup: random.pick(vulnerableGroups) } : {}),
        ...(proof === undefined ? {} : { proof }),
      },
    });
  } catch (error) {
    context.countFailure(tenantCode, error);
    return;
  }
  tally.add(tenantCode, 'taken');

  const ticketPath = `/api/tickets/${created.ticket.id}`;
  const keyHeader = { 'X-Ticket-Key': created.accessKey };
  let ticket: TicketView = created.ticket;
  const page = new AbortController();
  const leave = () => page.abort();
  signal.addEventListener('abort', leave, { once: true });
  // The run may have stopped while the ticket was being taken: then no abort event comes.
  if (signal.aborted) leave();
  const isOver = () => terminalTicketStatuses.includes(ticket.status);

  const cancel = async (field: 'cancelled' | 'cancelledAtStop') => {
    try {
      await requestPlaza(url, `${ticketPath}/cancel`, { method: 'POST', headers: keyHeader });
      tally.add(tenantCode, field);
    } catch (error) {
      if (!isStale(error)) context.countFailure(tenantCode, error);
    }
    leave();
  };
  if (plan.cancelAfterMs !== undefined) {
    void pause(plan.cancelAfterMs, page.signal).then(async (waited) => {
      if (waited && ticket.status === 'waiting') await cancel('cancelled');
    });
  }

  // The page stays open (and reconnects, as EventSource does) until the ticket ends.
  while (!page.signal.aborted && !isOver()) {
    try {
      await followEventStream(`${url}${ticketPath}/events?key=${encodeURIComponent(created.accessKey)}`, {
        signal: page.signal,
        onMessage(data) {
          const event = data as TicketStreamEvent;
          if (event.type !== 'ticket' || event.ticket.revision < ticket.revision) return;
          ticket = event.ticket;
          if (!isOver()) return;
          if (
            ticket.status !== 'completed' &&
            ticket.status !== 'cancelled' &&
            ticket.status !== 'transferred'
          ) {
            tally.add(tenantCode, 'endedByPlaza');
          }
          leave();
        },
      });
    } catch (error) {
      context.countFailure(tenantCode, error);
    }
    if (!page.signal.aborted && !isOver()) await pause(1_000, page.signal);
  }
  signal.removeEventListener('abort', leave);
  // Stopping: a citizen still in line gives up their place rather than leave it to lapse.
  if (signal.aborted && (ticket.status === 'waiting' || ticket.status === 'offered'))
    await cancel('cancelledAtStop');
}
