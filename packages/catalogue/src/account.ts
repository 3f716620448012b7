// The account directory file: who may sign in, in which role, for which tenants. Seed data; the
// accounts kept in Redis come later.
import { accountIdSchema, tenantCodeSchema } from '@vp/contract';
import { z } from 'zod';

const accountFields = {
  id: accountIdSchema,
  username: z.string().regex(/^[a-z0-9._-]{3,64}$/, 'username is 3 to 64 of a-z 0-9 . _ -'),
  name: z.string().min(1).max(80),
  passwordHash: z.string().startsWith('scrypt$', 'password hash must be an scrypt hash'),
};

export const accountSchema = z.discriminatedUnion('role', [
  z.object({
    ...accountFields,
    role: z.literal('officer'),
    tenantCodes: z.array(tenantCodeSchema).min(1, 'an officer serves at least one tenant'),
  }),
  z.object({
    ...accountFields,
    role: z.literal('supervisor'),
    tenantCodes: z.array(tenantCodeSchema).min(1, 'a supervisor supervises at least one tenant'),
  }),
  // An admin's scope is the whole plaza: it names no tenant.
  z.object({ ...accountFields, role: z.literal('admin') }),
]);
export type Account = z.infer<typeof accountSchema>;
export type OfficerAccount = Extract<Account, { role: 'officer' }>;

export const accountDirectorySchema = z.object({ accounts: z.array(accountSchema).min(1) });
