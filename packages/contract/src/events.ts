// Messages pushed to browsers over server-sent events.
import type { OfficerView } from './officer';
import type { TicketView } from './ticket';

export type TicketStreamEvent = { type: 'ticket'; ticket: TicketView };
export type OfficerStreamEvent = { type: 'officer'; officer: OfficerView };
