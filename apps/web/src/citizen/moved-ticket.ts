// The note a transferred ticket leaves in the history entry of the ticket it moved to, so the new
// waiting room can say where the citizen came from. Pure so it is unit-tested.
import type { TicketView } from '@vp/contract';

/** The ticket the citizen was moved from, as the new page tells it. */
export interface MovedFrom {
  /** The ticket moved to: the note counts only on that ticket's page. */
  to: string;
  /** The old queue number, e.g. DKC-017. */
  number: string;
}

const stateKey = 'vpMovedFrom';

/** The history state to navigate with when `ticket` was transferred to `ticket.transferredTo`. */
export function movedState(
  ticket: Pick<TicketView, 'number' | 'transferredTo'>,
): Record<string, MovedFrom> | null {
  if (ticket.transferredTo === null) return null;
  return { [stateKey]: { to: ticket.transferredTo, number: ticket.number } };
}

/** Reads the note back from `history.state`; null when there is none or it is for another ticket. */
export function readMovedFrom(state: unknown, ticketId: string): MovedFrom | null {
  if (typeof state !== 'object' || state === null) return null;
  const note: unknown = (state as Record<string, unknown>)[stateKey];
  if (typeof note !== 'object' || note === null) return null;
  const { to, number } = note as Record<string, unknown>;
  if (to !== ticketId || typeof number !== 'string' || number === '') return null;
  return { to, number };
}

/** The ticket a page should move on to: set only once a transfer has ended this one. */
export function transferTarget(ticket: Pick<TicketView, 'status' | 'transferredTo'> | null): string | null {
  return ticket?.status === 'transferred' ? ticket.transferredTo : null;
}
