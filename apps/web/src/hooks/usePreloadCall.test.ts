import type { TicketStatus, TicketView } from '@vp/contract';
import { describe, expect, it } from 'vitest';
import { isCallNear } from './usePreloadCall';

const ticket = (status: TicketStatus, position: number | null): TicketView => ({
  id: 't1',
  number: 'DKC-001',
  tenantCode: 'DKC',
  serviceId: 'ktp-el',
  status,
  position,
  estimatedWaitMinutes: null,
  createdAt: 0,
  transferredTo: null,
  endReason: null,
  revision: 1,
});

describe('isCallNear', () => {
  it.each([
    { ticket: null, near: false },
    { ticket: ticket('waiting', 12), near: false },
    { ticket: ticket('waiting', 4), near: false },
    { ticket: ticket('waiting', 3), near: true },
    { ticket: ticket('waiting', 1), near: true },
    { ticket: ticket('offered', null), near: true },
    { ticket: ticket('in_call', null), near: true },
    { ticket: ticket('completed', null), near: false },
    { ticket: ticket('cancelled', 2), near: false },
  ])('$ticket.status at $ticket.position: $near', ({ ticket, near }) => {
    expect(isCallNear(ticket)).toBe(near);
  });
});
