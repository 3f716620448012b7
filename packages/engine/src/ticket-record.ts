// The ticket hash as stored in Redis, parsed once where it is read.
import {
  priorityClaimAnswerSchema,
  ticketOutcomeSchema,
  ticketStatusSchema,
  vulnerableGroupSchema,
} from '@vp/contract';
import { z } from 'zod';

const millis = z.coerce.number().int().nonnegative();

export const ticketRecordSchema = z.object({
  id: z.string(),
  tenant: z.string(),
  service: z.string(),
  name: z.string(),
  vulnerableGroup: z.union([vulnerableGroupSchema, z.literal('').transform(() => null)]),
  priority: z.coerce.number().int().positive(),
  sequence: z.coerce.number().int().positive(),
  arrival: z.coerce.number().int().positive(),
  status: ticketStatusSchema,
  createdAt: millis,
  keyHash: z.string(),
  officer: z.string().optional(),
  offeredAt: millis.optional(),
  offerExpiresAt: millis.optional(),
  acceptedAt: millis.optional(),
  endedAt: millis.optional(),
  endedBy: z.string().optional(),
  room: z.string().optional(),
  transferredTo: z.string().optional(),
  endReason: z.enum(['closed', '']).optional(),
  transferredFrom: z.string().optional(),
  /** The officer's wrap-up (record-wrap-up-4.lua); the notes expire with the ticket. */
  outcome: ticketOutcomeSchema.optional(),
  notes: z.string().optional(),
  notedAt: millis.optional(),
  /** The officer's answer to the vulnerable group declared (answer-priority-claim-5.lua). */
  priorityClaim: priorityClaimAnswerSchema.optional(),
  priorityClaimAt: millis.optional(),
  /** Counted up by every recorded change (record-event.lua). */
  revision: z.coerce.number().int().nonnegative().default(0),
  /** The citizen's open pages (event streams) across API processes. */
  connections: z.coerce.number().int().nonnegative().default(0),
});
export type TicketRecord = z.infer<typeof ticketRecordSchema>;

/** Parses a HGETALL reply; an empty reply is a missing ticket. */
export function parseTicketRecord(hash: Record<string, string>): TicketRecord | null {
  if (Object.keys(hash).length === 0) return null;
  return ticketRecordSchema.parse(hash);
}
