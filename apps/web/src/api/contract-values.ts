// Runtime values of the contract's enums, mirrored here on purpose: importing them from
// @vp/contract would pull zod (~45 KB gzip) into the citizen's first download, because the
// contract's schemas are built at module load. Each table is a Record over the contract's type,
// so tsc fails the moment the contract adds or drops a value.
import type {
  browserIdHeader as contractBrowserIdHeader,
  heartbeatEventName as contractHeartbeatEventName,
  eventStreamHeartbeatMs as contractHeartbeatMs,
  ErrorCode,
  TicketOutcome,
  TicketStatus,
  VulnerableGroup,
  wrapUpNotesMaxLength,
} from '@vp/contract';

const errorCodeTable: Record<ErrorCode, true> = {
  bad_request: true,
  validation_failed: true,
  payload_too_large: true,
  unsupported_media_type: true,
  unauthenticated: true,
  forbidden: true,
  not_found: true,
  tenant_not_found: true,
  service_not_found: true,
  ticket_not_found: true,
  officer_not_found: true,
  conflict: true,
  ticket_not_waiting: true,
  ticket_not_in_call: true,
  call_not_current: true,
  ticket_not_served: true,
  offer_not_found: true,
  priority_claim_not_open: true,
  officer_busy: true,
  officer_not_of_tenant: true,
  tenant_closed: true,
  quota_reached: true,
  intake_paused: true,
  proof_rejected: true,
  rate_limited: true,
  unavailable: true,
  internal: true,
};

/** Every code the API may answer with. */
export const knownErrorCodes = Object.keys(errorCodeTable) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorCodeTable, value);
}

const terminalTable: Record<TicketStatus, boolean> = {
  waiting: false,
  offered: false,
  in_call: false,
  completed: true,
  cancelled: true,
  abandoned: true,
  no_show: true,
  transferred: true,
};

/** Whether a ticket has reached one of its end states. */
export function isTerminalStatus(status: TicketStatus): boolean {
  return terminalTable[status];
}

const vulnerableGroupTable: Record<VulnerableGroup, true> = {
  lansia: true,
  disabilitas: true,
  ibu_hamil: true,
};

/** The priority groups a citizen may declare, in the order the form lists them. */
export const vulnerableGroups = Object.keys(vulnerableGroupTable) as VulnerableGroup[];

const ticketOutcomeTable: Record<TicketOutcome, true> = {
  served: true,
  follow_up: true,
  referred: true,
};

/** The outcomes of a served call, in the order the wrap-up form lists them. */
export const ticketOutcomes = Object.keys(ticketOutcomeTable) as TicketOutcome[];

/** The longest wrap-up notes the API takes; typed by the contract's literal, so the two agree. */
export const notesMaxLength: typeof wrapUpNotesMaxLength = 2000;

/** The SSE event that shows a stream is alive; typed by the contract's literal, so the two agree. */
export const heartbeatEventName: typeof contractHeartbeatEventName = 'heartbeat';

/** How often the server sends it; typed by the contract's literal, so the two agree. */
export const eventStreamHeartbeatMs: typeof contractHeartbeatMs = 5_000;

/** The header carrying the browser's random id: ticket creation is limited per browser too. */
export const browserIdHeader: typeof contractBrowserIdHeader = 'X-Browser-Id';
