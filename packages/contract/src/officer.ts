// Officer requests and views: the console's side of the contract.
import { z } from 'zod';
import { serviceIdSchema, tenantCodeSchema } from './catalogue';
import { ticketIdSchema, vulnerableGroupSchema } from './ticket';
import { lastTicketSchema } from './wrap-up';

export const officerStatuses = ['offline', 'ready', 'offered', 'in_call', 'wrap_up', 'away'] as const;
export const officerStatusSchema = z.enum(officerStatuses);
export type OfficerStatus = z.infer<typeof officerStatusSchema>;

export const loginRequestSchema = z.strictObject({
  username: z.string().trim().min(1, 'username is required').max(64),
  password: z.string().min(1, 'password is required').max(256),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** Statuses an officer may choose; the others are reached through offers and calls. */
export const setOfficerStatusRequestSchema = z.strictObject({
  status: z.enum(['ready', 'away', 'offline']),
});
export type SetOfficerStatusRequest = z.infer<typeof setOfficerStatusRequestSchema>;

/** The officer's own settings, changed at any time without touching the status. */
export const officerPreferencesRequestSchema = z.strictObject({
  /** Skip the offer step: citizens matched from the next offer on go straight into the call. */
  autoAccept: z.boolean(),
});
export type OfficerPreferencesRequest = z.infer<typeof officerPreferencesRequestSchema>;

/** The officer's answer to a citizen's declared vulnerable group, at the start of the call. */
export const priorityClaimAnswers = ['confirmed', 'rejected'] as const;
export const priorityClaimAnswerSchema = z.enum(priorityClaimAnswers);
export type PriorityClaimAnswer = z.infer<typeof priorityClaimAnswerSchema>;

/** Confirms or rejects the claim of the call it names (like ending it, never another call). */
export const priorityClaimRequestSchema = z.strictObject({
  ticketId: ticketIdSchema,
  confirmed: z.boolean(),
});
export type PriorityClaimRequest = z.infer<typeof priorityClaimRequestSchema>;

/** The citizen an officer is offered or serving. */
export const officerTicketSchema = z.object({
  id: z.string(),
  number: z.string(),
  tenantCode: z.string(),
  serviceId: z.string(),
  citizenName: z.string(),
  /** Declared by the citizen; such tickets are served first (up to the tenant's priority cap). */
  vulnerableGroup: vulnerableGroupSchema.nullable(),
  /** The officer's answer to that claim, null until given (or when none was declared). */
  priorityClaim: priorityClaimAnswerSchema.nullable(),
  /** Whether the citizen has the ticket page open now; a closed page is in its grace period. */
  citizenConnected: z.boolean(),
});
export type OfficerTicket = z.infer<typeof officerTicketSchema>;

/**
 * Ends the officer's call. It names the call's ticket, so that a console still showing an older
 * call can never end the one the officer is in now.
 */
export const endCallRequestSchema = z.strictObject({ ticketId: ticketIdSchema });
export type EndCallRequest = z.infer<typeof endCallRequestSchema>;

/** Where the citizen is transferred: a tenant, and optionally one of its services. */
export const transferTargetSchema = z.strictObject({
  tenantCode: tenantCodeSchema,
  serviceId: serviceIdSchema.optional(),
});
export type TransferTarget = z.infer<typeof transferTargetSchema>;

/** Transfers the citizen of the call it names (like ending it, never another call). */
export const transferRequestSchema = z.strictObject({
  ticketId: ticketIdSchema,
  ...transferTargetSchema.shape,
});
export type TransferRequest = z.infer<typeof transferRequestSchema>;

export const officerViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  tenantCodes: z.array(tenantCodeSchema),
  status: officerStatusSchema,
  ticket: officerTicketSchema.nullable(),
  /** While offered: when the offer lapses (ms since the epoch). */
  offerExpiresAt: z.number().nullable(),
  /** While in wrap-up: when the officer is offered the next citizen. */
  wrapUpEndsAt: z.number().nullable(),
  autoAccept: z.boolean(),
  /**
   * The last ticket the officer served in a call, while it is kept: the wrap-up form records its
   * outcome and notes, in wrap-up and after it. Null before their first call ends.
   */
  lastTicket: lastTicketSchema.nullable(),
  /** Counted up by every change of the officer: of two views, the higher revision is newer. */
  revision: z.number().int().nonnegative(),
});
export type OfficerView = z.infer<typeof officerViewSchema>;

/** The officer console's sign-in: the session id to send as `Authorization: Bearer`. */
export const sessionSchema = z.object({ sessionId: z.string(), officer: officerViewSchema });
export type Session = z.infer<typeof sessionSchema>;
