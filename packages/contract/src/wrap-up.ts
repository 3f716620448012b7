// The officer's wrap-up of a call they served: its outcome and their notes, kept with the ticket.
import { z } from 'zod';
import { type TicketStatus, ticketIdSchema } from './ticket';

/** How a served call ended for the citizen: served, needs follow-up, or referred elsewhere. */
export const ticketOutcomes = ['served', 'follow_up', 'referred'] as const;
export const ticketOutcomeSchema = z.enum(ticketOutcomes);
export type TicketOutcome = z.infer<typeof ticketOutcomeSchema>;

/** Statuses of a ticket whose call with an officer took place and ended: only these get a wrap-up. */
export const wrapUpTicketStatuses = ['completed', 'transferred'] as const satisfies readonly TicketStatus[];

export const wrapUpNotesMaxLength = 2000;

/**
 * The officer records (or corrects) the wrap-up of a ticket they served. The notes may hold
 * personal data: they are kept with the ticket, expire with it, and never enter logs or history.
 */
export const wrapUpRequestSchema = z.strictObject({
  ticketId: ticketIdSchema,
  outcome: ticketOutcomeSchema,
  notes: z.string().trim().max(wrapUpNotesMaxLength, `notes are at most ${wrapUpNotesMaxLength} characters`),
});
export type WrapUpRequest = z.infer<typeof wrapUpRequestSchema>;

/** The officer's last served ticket, as their console shows it for the wrap-up. */
export const lastTicketSchema = z.object({
  id: z.string(),
  number: z.string(),
  tenantCode: z.string(),
  citizenName: z.string(),
  status: z.enum(wrapUpTicketStatuses),
  /** Null until the officer records the wrap-up. */
  outcome: ticketOutcomeSchema.nullable(),
  notes: z.string(),
  /** When the wrap-up was last recorded (ms since the epoch); null before. */
  notedAt: z.number().nullable(),
});
export type LastTicket = z.infer<typeof lastTicketSchema>;
