import type { TicketView } from '@vp/contract';
import { useEffect } from 'react';
import { movedState, transferTarget } from '../citizen/moved-ticket';
import { navigate } from '../routing/navigation';
import { ticketHref } from '../routing/route';
import { storeTicket } from '../storage/preferences';

/**
 * When an officer moved the citizen to another tenant, goes to the new ticket (same access key),
 * replacing the old address, and makes it the ticket this browser resumes. True while moving.
 */
export function useFollowTransfer(ticket: TicketView | null, accessKey: string): boolean {
  const target = transferTarget(ticket);
  const number = ticket?.number ?? '';

  useEffect(() => {
    if (target === null) return;
    storeTicket({ id: target, key: accessKey });
    navigate(ticketHref(target, accessKey), {
      replace: true,
      state: movedState({ number, transferredTo: target }),
    });
  }, [target, number, accessKey]);

  return target !== null;
}
