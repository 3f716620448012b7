// Officer requests and views: the console's side of the contract.
import { z } from 'zod';
import { serviceIdSchema, tenantCodeSchema } from './catalogue';
import { vulnerableGroupSchema } from './ticket';

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

/** The citizen an officer is offered or serving. */
export const officerTicketSchema = z.object({
  id: z.string(),
  number: z.string(),
  tenantCode: z.string(),
  serviceId: z.string(),
  citizenName: z.string(),
  /** Declared by the citizen; such tickets are served first. */
  vulnerableGroup: vulnerableGroupSchema.nullable(),
  /** Whether the citizen has the ticket page open now; a closed page is in its grace period. */
  citizenConnected: z.boolean(),
});
export type OfficerTicket = z.infer<typeof officerTicketSchema>;

export const transferRequestSchema = z.strictObject({
  tenantCode: tenantCodeSchema,
  serviceId: serviceIdSchema.optional(),
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
  /** Counted up by every change of the officer: of two views, the higher revision is newer. */
  revision: z.number().int().nonnegative(),
});
export type OfficerView = z.infer<typeof officerViewSchema>;

export const sessionSchema = z.object({ token: z.string(), officer: officerViewSchema });
export type Session = z.infer<typeof sessionSchema>;
