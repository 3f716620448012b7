import type { TicketView } from '@vp/contract';
import { useEffect } from 'react';
import { loadLivekit } from '../call/load-livekit';

/** From this place in the line on, the call library is fetched in the background. */
const preloadFromPosition = 3;

/** Whether the ticket's call is near: a few places from the head, offered, or under way. */
export function isCallNear(ticket: TicketView | null): boolean {
  if (ticket === null) return false;
  if (ticket.status === 'offered' || ticket.status === 'in_call') return true;
  return ticket.status === 'waiting' && ticket.position !== null && ticket.position <= preloadFromPosition;
}

/**
 * Fetches the call library while the citizen still waits, once the call is near, so that the
 * call screen does not wait for it on a slow link.
 */
export function usePreloadCall(ticket: TicketView | null): void {
  const near = isCallNear(ticket);
  useEffect(() => {
    if (!near) return;
    loadLivekit().catch(() => {
      // Nothing to show: the call loads it again when it starts, and reports a failure then.
    });
  }, [near]);
}
