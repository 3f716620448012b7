export { type AuditRecord, appendAudit, readAudit } from './audit-log';
export { type BoardTenant, readBoard, readTenantDetail } from './board';
export { type Clock, ManualClock, systemClock } from './clock';
export type { PlazaContext, PlazaSettings } from './context';
export { localDayRange, streamDayExport } from './day-export';
export { sweepClosedTenants, sweepDeadlines, sweepRequeue } from './deadline-sweeper';
export { trimHistory } from './history-trim';
export {
  type IntakePause,
  pauseIntake,
  readIntakePause,
  resumeIntake,
} from './intake-pause';
export { createPlazaKeys, type PlazaKeys } from './keys';
export { formatLocalDate, formatTicketNumber } from './local-date';
export { createLogger, type Logger, type LogLevel, silentLogger } from './logger';
export {
  acceptOffer,
  declineOffer,
  endOfficerCall,
  getOfficerView,
  type OfficerIdentity,
  returnOffer,
  roomNameOf,
  setOfficerPreferences,
  setOfficerStatus,
} from './officers';
export type { Plaza, StartPlazaOptions } from './plaza';
export { startPlaza } from './plaza';
export type { PlazaConfig } from './plaza-config';
export { findServicesInUse } from './plaza-config-usage';
export type { PlazaEvent } from './plaza-events';
export { markCitizenConnected, markCitizenDisconnected, markCitizenJoined } from './presence';
export {
  answerPriorityClaim,
  type PriorityClaimCounts,
  priorityClaimCountsTtlSeconds,
  readPriorityClaimCounts,
} from './priority-claim';
export { connectRedis, isRedisUnavailableError, type RedisClient } from './redis';
export { isOpen, nextOpening } from './service-hours';
export type { TicketRecord } from './ticket-record';
export {
  cancelTicket,
  createTicket,
  describeTicket,
  endTicket,
  findTenantOrThrow,
  getTicketView,
  queueTicket,
  readTicket,
  readTicketWithKey,
} from './tickets';
export { transferTicket } from './transfer';
export { claimWebhookEvent, releaseWebhookEvent } from './webhook-events';
export { recordWrapUp } from './wrap-up';
