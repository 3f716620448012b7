export type { AccountRole, AccountSession, AccountView, EndedSessions, StreamTicket } from './account';
export {
  accountIdSchema,
  accountRoleSchema,
  accountRoles,
  accountSessionSchema,
  accountViewSchema,
  endedSessionsSchema,
  streamTicketSchema,
} from './account';
export type {
  AccountWithPassword,
  AdminAccount,
  AdminAccountList,
  AdminTenants,
  CreateAccountRequest,
  TenantSettings,
  UpdateAccountRequest,
  UpdateServicesRequest,
  UpdateTenantSettingsRequest,
} from './admin';
export {
  accountNameSchema,
  accountWithPasswordSchema,
  adminAccountListSchema,
  adminAccountSchema,
  adminTenantsSchema,
  configVersionSchema,
  createAccountRequestSchema,
  tenantSettingsSchema,
  updateAccountRequestSchema,
  updateServicesRequestSchema,
  updateTenantSettingsRequestSchema,
  usernameSchema,
} from './admin';
export { browserIdHeader, browserIdSchema } from './browser-id';
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
  defaultPriorityCap,
  defaultServiceLevelTarget,
  defaultWarnLongestWaitSeconds,
  localizedTextSchema,
  priorityCapOf,
  serviceHoursSchema,
  serviceIdSchema,
  serviceLevelTargetOf,
  serviceSchema,
  tenantCodeSchema,
  tenantSchema,
  timeZoneSchema,
  warnLongestWaitSecondsOf,
} from './catalogue';
export type { ErrorBody, ErrorCode, ErrorDetails } from './errors';
export { AppError, errorCodes, isAppError } from './errors';
export type { OfficerStreamEvent, SupervisorStreamEvent, TicketStreamEvent } from './events';
export { eventStreamHeartbeatMs, heartbeatEventName } from './events';
export type { LocalTime } from './local-time';
export { localTimeOf } from './local-time';
export type { NetworkProbeReceipt } from './network-probe';
export { networkProbeMaxBytes, networkProbeQuerySchema } from './network-probe';
export type {
  EndCallRequest,
  LoginRequest,
  OfficerPreferencesRequest,
  OfficerStatus,
  OfficerTicket,
  OfficerView,
  PriorityClaimAnswer,
  PriorityClaimRequest,
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
  priorityClaimAnswerSchema,
  priorityClaimAnswers,
  priorityClaimRequestSchema,
  sessionSchema,
  setOfficerStatusRequestSchema,
  transferRequestSchema,
  transferTargetSchema,
} from './officer';
export type {
  AuditEntry,
  Board,
  CallEntry,
  DayHour,
  DaySeries,
  IntakeState,
  LineEntry,
  OfficerEntry,
  OfficersByState,
  PauseIntakeRequest,
  SetOfficerStatusBySupervisor,
  TenantBoard,
  TenantDay,
  TenantDetail,
  TenantWarning,
} from './supervisor';
export {
  auditEntrySchema,
  auditQuerySchema,
  boardSchema,
  callEntrySchema,
  dayExportQuerySchema,
  dayHourSchema,
  daySeriesSchema,
  intakeStateSchema,
  lineEntrySchema,
  officerEntrySchema,
  officersByStateSchema,
  pauseIntakeRequestSchema,
  setOfficerStatusBySupervisorSchema,
  tenantBoardSchema,
  tenantDaySchema,
  tenantDetailSchema,
  tenantWarningSchema,
} from './supervisor';
export type {
  CallJoin,
  CreatedTicket,
  CreateTicketRequest,
  TicketChallenge,
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
  ticketChallengeSchema,
  ticketIdSchema,
  ticketProofSchema,
  ticketStatuses,
  ticketStatusSchema,
  ticketViewSchema,
  vulnerableGroupSchema,
  vulnerableGroups,
} from './ticket';
export type { LastTicket, TicketOutcome, WrapUpRequest } from './wrap-up';
export {
  lastTicketSchema,
  ticketOutcomeSchema,
  ticketOutcomes,
  wrapUpNotesMaxLength,
  wrapUpRequestSchema,
  wrapUpTicketStatuses,
} from './wrap-up';
