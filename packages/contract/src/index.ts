export type {
  Catalogue,
  CatalogueInput,
  LocalizedText,
  Service,
  ServiceHours,
  Tenant,
  TenantInput,
  TimeZone,
} from './catalogue';
export {
  catalogueSchema,
  localizedTextSchema,
  serviceHoursSchema,
  serviceIdSchema,
  serviceSchema,
  tenantCodeSchema,
  tenantSchema,
  timeZoneSchema,
} from './catalogue';
export type { ErrorBody, ErrorCode, ErrorDetails } from './errors';
export { AppError, errorCodes, isAppError } from './errors';
export type { OfficerStreamEvent, TicketStreamEvent } from './events';
export { eventStreamHeartbeatMs, heartbeatEventName } from './events';
export type {
  EndCallRequest,
  LoginRequest,
  OfficerPreferencesRequest,
  OfficerStatus,
  OfficerTicket,
  OfficerView,
  Session,
  SetOfficerStatusRequest,
  TransferRequest,
  TransferTarget,
} from './officer';
export {
  endCallRequestSchema,
  loginRequestSchema,
  officerPreferencesRequestSchema,
  officerStatuses,
  officerStatusSchema,
  officerTicketSchema,
  officerViewSchema,
  sessionSchema,
  setOfficerStatusRequestSchema,
  transferRequestSchema,
  transferTargetSchema,
} from './officer';
export type {
  CallJoin,
  CreatedTicket,
  CreateTicketRequest,
  TicketStatus,
  TicketView,
  VulnerableGroup,
} from './ticket';
export {
  callJoinSchema,
  citizenNameSchema,
  createdTicketSchema,
  createTicketRequestSchema,
  terminalTicketStatuses,
  ticketStatuses,
  ticketStatusSchema,
  ticketViewSchema,
  vulnerableGroupSchema,
  vulnerableGroups,
} from './ticket';
export type { LastTicket, TicketOutcome, WrapUpRequest } from './wrap-up';
export {
  lastTicketSchema,
  ticketIdSchema,
  ticketOutcomeSchema,
  ticketOutcomes,
  wrapUpNotesMaxLength,
  wrapUpRequestSchema,
  wrapUpTicketStatuses,
} from './wrap-up';
