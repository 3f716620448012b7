// The officer hash as stored in Redis, parsed once where it is read.
import { officerStatusSchema } from '@vp/contract';
import { z } from 'zod';

export const officerRecordSchema = z.object({
  status: officerStatusSchema.default('offline'),
  ticket: z.string().optional(),
  /** The ticket of the officer's last call, kept for its wrap-up (includes/release-officer.lua). */
  lastTicket: z.string().optional(),
  autoAccept: z.enum(['0', '1']).optional(),
  idleSince: z.coerce.number().optional(),
  updatedAt: z.coerce.number().optional(),
  /** Counted up by every recorded change (record-event.lua) and by a change of settings. */
  revision: z.coerce.number().int().nonnegative().default(0),
});
export type OfficerRecord = z.infer<typeof officerRecordSchema>;

export function parseOfficerRecord(hash: Record<string, string>): OfficerRecord {
  return officerRecordSchema.parse(hash);
}
