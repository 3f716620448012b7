// The account directory: who may sign in, in which role, for which tenants. The file seeds an empty
// plaza; from then on the accounts live in Redis (engine plaza-config.ts), in this same shape.
import { accountIdSchema, tenantCodeSchema, usernameSchema } from '@vp/contract';
import { z } from 'zod';

const accountFields = {
  id: accountIdSchema,
  username: usernameSchema,
  name: z.string().min(1).max(80),
  passwordHash: z.string().startsWith('scrypt$', 'password hash must be an scrypt hash'),
  /** A disabled account cannot sign in; absent means enabled (the seed file names none). */
  disabled: z.boolean().optional(),
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

/**
 * The directory's rules beyond each account's shape: ids and usernames unique, every tenant named
 * is in the catalogue. Returns the problems, each as `accounts.<index>.<field>: <what>`.
 */
export function checkAccountDirectory(
  accounts: readonly Account[],
  catalogue: { tenants: readonly { code: string }[] },
): string[] {
  const tenantCodes = new Set(catalogue.tenants.map((tenant) => tenant.code));
  const problems: string[] = [];
  const seen = { id: new Set<string>(), username: new Set<string>() };
  accounts.forEach((account, index) => {
    for (const code of account.role === 'admin' ? [] : account.tenantCodes) {
      if (!tenantCodes.has(code)) problems.push(`accounts.${index}.tenantCodes: unknown tenant ${code}`);
    }
    for (const field of ['id', 'username'] as const) {
      if (seen[field].has(account[field]))
        problems.push(`accounts.${index}.${field}: duplicate ${account[field]}`);
      seen[field].add(account[field]);
    }
  });
  return problems;
}
