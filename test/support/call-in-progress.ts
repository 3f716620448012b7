// A ticket brought into a call through the engine, as dispatch does it: the officer goes ready, is
// offered the new ticket, and accepts it. For tests about what happens during or after a call.
import type { CreateTicketRequest } from '@vp/contract';
import {
  acceptOffer,
  createTicket,
  getOfficerView,
  type OfficerIdentity,
  type PlazaContext,
  setOfficerStatus,
} from '@vp/engine';
import { waitFor } from './wait-for';

/** Creates `ticket` and brings it into a call with `officer`; answers the ticket's id. */
export async function startCallWith(
  context: PlazaContext,
  options: { officer: OfficerIdentity; ticket: CreateTicketRequest },
): Promise<string> {
  const { officer } = options;
  const { ticket } = await createTicket(context, options.ticket);
  await setOfficerStatus(context, { officer, status: 'ready' });
  await waitFor(() => getOfficerView(context, officer), {
    until: (view) => view.status === 'offered',
    what: 'an offer',
  });
  await acceptOffer(context, { officer, ticketId: ticket.id });
  return ticket.id;
}
