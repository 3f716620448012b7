// Messages pushed to browsers over server-sent events.
import type { OfficerView } from './officer';
import type { Board } from './supervisor';
import type { TicketView } from './ticket';

export type TicketStreamEvent = { type: 'ticket'; ticket: TicketView };
export type OfficerStreamEvent = { type: 'officer'; officer: OfficerView };
/** The supervisor's board, pushed whole on each change (and every few seconds, so waits move). */
export type SupervisorStreamEvent = { type: 'board'; board: Board };

/** Name of the SSE event the server sends, with empty data, to show the stream is alive. */
export const heartbeatEventName = 'heartbeat';

/**
 * How often a stream carries a heartbeat. Pages treat two missed heartbeats as a dead
 * connection (a phone whose data just stops never sees the socket close), so this is short.
 */
export const eventStreamHeartbeatMs = 5_000;
