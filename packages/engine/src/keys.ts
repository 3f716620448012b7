// Every Redis key and channel of the plaza, built in one place: `<prefix>:<entity>:<id>:<field>`.
// The Lua scripts build officer, tenant and history keys from the same prefix (see lua/includes/).

export interface PlazaKeys {
  readonly prefix: string;
  /** Prefix of the BullMQ queues, one queue per tenant named by its code. */
  readonly queuePrefix: string;
  readonly history: string;
  readonly channel: string;
  /** Deadlines of offers and wrap-ups, scored by when they fall due. */
  readonly deadlines: string;
  /** Tickets to (re)queue in BullMQ, scored by when they were noted. */
  readonly requeue: string;
  /** API processes, scored by their last heartbeat (see presence.ts). */
  readonly processes: string;
  /** Supervisors' and admins' actions, newest last; XADD MAXLEN ~ settings.auditMaxEntries. */
  readonly audit: string;
  /**
   * The plaza's configuration (plaza-config.ts): a hash of the catalogue and the account directory,
   * each a JSON document with its own version.
   */
  readonly config: string;
  /** Published on by every configuration change (`<part>:<version>`); every process reloads. */
  readonly configChannel: string;
  /** The citizen connections a process holds: ticket id -> count. */
  processConnections(processId: string): string;
  ticket(ticketId: string): string;
  ticketHistory(ticketId: string): string;
  officerHistory(officerId: string): string;
  officer(officerId: string): string;
  /** The tenant's waiting tickets, scored by queue priority: the order of the line. */
  line(tenantCode: string): string;
  ready(tenantCode: string): string;
  onDuty(tenantCode: string): string;
  lease(tenantCode: string): string;
  /** How many priority tickets the tenant has served in a row (the priority cap's count). */
  priorityStreak(tenantCode: string): string;
  /** The tenant's intake paused by a supervisor (intake-pause.ts); absent while open. */
  intakePause(tenantCode: string): string;
  /** Priority claims the tenant's officers answered on a local day: confirmed, rejected. */
  priorityClaims(tenantCode: string, localDate: string): string;
  ticketSequence(tenantCode: string, localDate: string): string;
  /** The tenant's figures of a local day: a hash of counters (see day-figures.ts); expires. */
  dayFigures(tenantCode: string, localDate: string): string;
  /** The waits (ms to first offer) of a tenant's local day, by ticket, for the 90th percentile; expires. */
  dayWaits(tenantCode: string, localDate: string): string;
  /** The tenant's counts per hour of a local day (fields `<hour>:<counter>`, day-figures.ts); expires. */
  dayHours(tenantCode: string, localDate: string): string;
  /** The tenant's waiting count after the last change of each minute of a local day; expires. */
  dayWaiting(tenantCode: string, localDate: string): string;
  /** The tenant's calls in progress: ticket ids. Also built by accept-offer-4.lua. */
  calls(tenantCode: string): string;
  arrivalSequence(localDate: string): string;
  /** A ticket proof of work already spent (replay guard); expires with its challenge. */
  usedTicketProof(signature: string): string;
  /** A webhook event already handled (see webhook-events.ts); expires. */
  webhookEvent(eventId: string): string;
  /** Prefix of one rate limiter's counters (apps/api rate-limits.ts); each counter expires. */
  rateLimit(limiter: string): string;
}

/** Builds the key set for a prefix; tests pass a unique prefix so they touch only their own keys. */
export function createPlazaKeys(prefix: string): PlazaKeys {
  return {
    prefix,
    queuePrefix: `${prefix}:queue`,
    history: `${prefix}:history`,
    channel: `${prefix}:events`,
    deadlines: `${prefix}:deadlines`,
    requeue: `${prefix}:requeue`,
    processes: `${prefix}:processes`,
    audit: `${prefix}:audit`,
    config: `${prefix}:config`,
    configChannel: `${prefix}:config-changed`,
    processConnections: (processId) => `${prefix}:process:${processId}:connections`,
    ticket: (ticketId) => `${prefix}:ticket:${ticketId}`,
    ticketHistory: (ticketId) => `${prefix}:ticket:${ticketId}:history`,
    officerHistory: (officerId) => `${prefix}:officer:${officerId}:history`,
    officer: (officerId) => `${prefix}:officer:${officerId}`,
    line: (tenantCode) => `${prefix}:tenant:${tenantCode}:line`,
    ready: (tenantCode) => `${prefix}:tenant:${tenantCode}:ready`,
    onDuty: (tenantCode) => `${prefix}:tenant:${tenantCode}:on-duty`,
    lease: (tenantCode) => `${prefix}:tenant:${tenantCode}:dispatch-lease`,
    priorityStreak: (tenantCode) => `${prefix}:tenant:${tenantCode}:priority-streak`,
    intakePause: (tenantCode) => `${prefix}:tenant:${tenantCode}:intake-pause`,
    priorityClaims: (tenantCode, localDate) => `${prefix}:tenant:${tenantCode}:priority-claims:${localDate}`,
    ticketSequence: (tenantCode, localDate) => `${prefix}:tenant:${tenantCode}:sequence:${localDate}`,
    dayFigures: (tenantCode, localDate) => `${prefix}:tenant:${tenantCode}:day:${localDate}`,
    dayWaits: (tenantCode, localDate) => `${prefix}:tenant:${tenantCode}:day:${localDate}:waits`,
    dayHours: (tenantCode, localDate) => `${prefix}:tenant:${tenantCode}:day:${localDate}:hours`,
    dayWaiting: (tenantCode, localDate) => `${prefix}:tenant:${tenantCode}:day:${localDate}:waiting`,
    calls: (tenantCode) => `${prefix}:tenant:${tenantCode}:calls`,
    arrivalSequence: (localDate) => `${prefix}:arrival:${localDate}`,
    usedTicketProof: (signature) => `${prefix}:ticket-proof:${signature}`,
    webhookEvent: (eventId) => `${prefix}:webhook-event:${eventId}`,
    rateLimit: (limiter) => `${prefix}:rate-limit:${limiter}`,
  };
}
