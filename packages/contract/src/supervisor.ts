// The supervisor's side of the contract: the live board, a tenant's drill-down, the actions.
import { z } from 'zod';
import { tenantCodeSchema } from './catalogue';
import { officerStatusSchema } from './officer';
import { ticketIdSchema, ticketStatusSchema, vulnerableGroupSchema } from './ticket';

/** Officers of a tenant by state; an officer of several tenants counts in each. */
export const officersByStateSchema = z.object({
  ready: z.number().int().nonnegative(),
  offered: z.number().int().nonnegative(),
  in_call: z.number().int().nonnegative(),
  wrap_up: z.number().int().nonnegative(),
  away: z.number().int().nonnegative(),
  offline: z.number().int().nonnegative(),
});
export type OfficersByState = z.infer<typeof officersByStateSchema>;

/** A tenant's figures of its local day so far, kept incrementally by the scripts that change state. */
export const tenantDaySchema = z.object({
  /** The tenant's local date, YYYY-MM-DD. */
  date: z.string(),
  served: z.number().int().nonnegative(),
  cancelled: z.number().int().nonnegative(),
  abandoned: z.number().int().nonnegative(),
  noShow: z.number().int().nonnegative(),
  transferred: z.number().int().nonnegative(),
  /** Seconds from taking a ticket to its first offer, of tickets offered today; null before any. */
  averageWaitSeconds: z.number().nonnegative().nullable(),
  p90WaitSeconds: z.number().nonnegative().nullable(),
  /** Seconds from accepting to the end of calls ended today; null before any. */
  averageHandleSeconds: z.number().nonnegative().nullable(),
  /** Share (0..1) of tickets offered today within the tenant's target; null before any. */
  serviceLevel: z.number().min(0).max(1).nullable(),
  /** Share (0..1) of tickets ended today that were abandoned (or cancelled while waiting). */
  abandonmentRate: z.number().min(0).max(1).nullable(),
  priorityClaimsRejected: z.number().int().nonnegative(),
});
export type TenantDay = z.infer<typeof tenantDaySchema>;

/** Why a tile asks for attention: a threshold of the tenant's was crossed. */
export const tenantWarningSchema = z.enum(['longest_wait', 'service_level', 'paused']);
export type TenantWarning = z.infer<typeof tenantWarningSchema>;

/** One tenant's tile on the live board. */
export const tenantBoardSchema = z.object({
  tenantCode: tenantCodeSchema,
  /** Waiting now, by class. */
  waiting: z.object({ priority: z.number().int().nonnegative(), regular: z.number().int().nonnegative() }),
  /** Seconds the longest-waiting ticket has waited; null with nobody waiting. */
  longestWaitSeconds: z.number().nonnegative().nullable(),
  /** Estimated minutes a ticket taken now would wait. */
  estimatedWaitMinutes: z.number().int().nonnegative(),
  officers: officersByStateSchema,
  callsInProgress: z.number().int().nonnegative(),
  /** Intake paused: new tickets are refused until `resumesAt` (ms), or until resumed. */
  intake: z.object({ paused: z.boolean(), resumesAt: z.number().nullable() }),
  today: tenantDaySchema,
  warnings: z.array(tenantWarningSchema),
});
export type TenantBoard = z.infer<typeof tenantBoardSchema>;

/** The live board: the tenants this account may see, as of `at` (ms). */
export const boardSchema = z.object({ at: z.number(), tenants: z.array(tenantBoardSchema) });
export type Board = z.infer<typeof boardSchema>;

/** One waiting ticket in a tenant's drill-down; the citizen's name only for a role that may see it. */
export const lineEntrySchema = z.object({
  ticketId: ticketIdSchema,
  number: z.string(),
  serviceId: z.string(),
  vulnerableGroup: vulnerableGroupSchema.nullable(),
  status: ticketStatusSchema,
  waitingSeconds: z.number().nonnegative(),
  citizenName: z.string().nullable(),
});
export type LineEntry = z.infer<typeof lineEntrySchema>;

export const officerEntrySchema = z.object({
  officerId: z.string(),
  name: z.string(),
  status: officerStatusSchema,
  /** Seconds in the current status; null when not known. */
  secondsInStatus: z.number().nonnegative().nullable(),
  ticketId: ticketIdSchema.nullable(),
});
export type OfficerEntry = z.infer<typeof officerEntrySchema>;

export const callEntrySchema = z.object({
  ticketId: ticketIdSchema,
  number: z.string(),
  officerId: z.string(),
  /** Seconds since the call was accepted. */
  seconds: z.number().nonnegative(),
});
export type CallEntry = z.infer<typeof callEntrySchema>;

/** One hour of a tenant's local day, as counted when things happened (never from the history). */
export const dayHourSchema = z.object({
  /** Hour of the tenant's local day, 0..23. */
  hour: z.number().int().min(0).max(23),
  /** Tickets first offered in this hour, and of those, offered within the tenant's target. */
  offered: z.number().int().nonnegative(),
  offeredWithinTarget: z.number().int().nonnegative(),
  /** Calls ended as served in this hour. */
  served: z.number().int().nonnegative(),
});
export type DayHour = z.infer<typeof dayHourSchema>;

/** The tenant's waiting count after the last change of a minute of its local day. */
export const waitingSampleSchema = z.object({
  /** Minute of the tenant's local day, 0..1439 (09:30 is 570). */
  minute: z.number().int().min(0).max(1439),
  waiting: z.number().int().nonnegative(),
});
export type WaitingSample = z.infer<typeof waitingSampleSchema>;

/** The series of a tenant's local day so far, for its charts; times are of the tenant's time zone. */
export const daySeriesSchema = z.object({
  /** The tenant's local date, YYYY-MM-DD. */
  date: z.string(),
  /** The minute of the tenant's local day when this was read, 0..1439. */
  nowMinute: z.number().int().min(0).max(1439),
  /** The hours that saw a count, in order. */
  hours: z.array(dayHourSchema),
  /** The minutes in which the waiting count changed, in order; between them it held. */
  waiting: z.array(waitingSampleSchema),
});
export type DaySeries = z.infer<typeof daySeriesSchema>;

/** A tenant's drill-down: its line in order, its officers, its calls in progress, its day's series. */
export const tenantDetailSchema = z.object({
  tenantCode: tenantCodeSchema,
  line: z.array(lineEntrySchema),
  officers: z.array(officerEntrySchema),
  calls: z.array(callEntrySchema),
  series: daySeriesSchema,
});
export type TenantDetail = z.infer<typeof tenantDetailSchema>;

/** Pause a tenant's intake; `resumesAt` (ms) is what refused citizens are told. */
export const pauseIntakeRequestSchema = z.strictObject({
  resumesAt: z.number().int().positive().nullable(),
  reason: z.string().trim().max(200).optional(),
});
export type PauseIntakeRequest = z.infer<typeof pauseIntakeRequestSchema>;

/** A tenant's intake after a pause or a resumption. */
export const intakeStateSchema = z.object({
  tenantCode: tenantCodeSchema,
  paused: z.boolean(),
  resumesAt: z.number().nullable(),
});
export type IntakeState = z.infer<typeof intakeStateSchema>;

/** A supervisor sets an officer away or offline (e.g. a console left open). */
export const setOfficerStatusBySupervisorSchema = z.strictObject({ status: z.enum(['away', 'offline']) });
export type SetOfficerStatusBySupervisor = z.infer<typeof setOfficerStatusBySupervisorSchema>;

/** `?date=` of a day's CSV export: the tenant's local date. */
export const dayExportQuerySchema = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
});

/** `?before=&limit=` of the audit log: entries older than `before` (an entry's id), newest first. */
export const auditQuerySchema = z.strictObject({
  before: z
    .string()
    .regex(/^\d{1,15}-\d{1,15}$/, "expected an audit entry's id")
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/** One entry of the audit log: who did what, when, to what. */
export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.number(),
  accountId: z.string(),
  action: z.string(),
  tenantCode: tenantCodeSchema.nullable(),
  target: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
