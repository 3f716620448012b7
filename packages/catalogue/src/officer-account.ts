// The officer directory file: who may sign in to the console, for which tenants.
import { tenantCodeSchema } from '@vp/contract';
import { z } from 'zod';

export const officerAccountSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'officer id is a lower-case slug'),
  username: z.string().regex(/^[a-z0-9._-]{3,64}$/, 'username is 3 to 64 of a-z 0-9 . _ -'),
  name: z.string().min(1).max(80),
  tenantCodes: z.array(tenantCodeSchema).min(1, 'an officer serves at least one tenant'),
  passwordHash: z.string().startsWith('scrypt$', 'password hash must be an scrypt hash'),
});
export type OfficerAccount = z.infer<typeof officerAccountSchema>;

export const officerDirectorySchema = z.object({ officers: z.array(officerAccountSchema).min(1) });
