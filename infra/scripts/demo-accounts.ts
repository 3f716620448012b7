// Reads the demo accounts from the catalogue's seed data, for `npm start` to print.
import { readFile } from 'node:fs/promises';
import { type Account, accountDirectorySchema } from '@vp/catalogue';

/**
 * The accounts listed in `file` (the catalogue's account directory, parsed with its own schema),
 * or undefined when the file does not exist or has another shape.
 */
export async function readDemoAccounts(file: string): Promise<Account[] | undefined> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
  const directory = accountDirectorySchema.safeParse(parsed);
  return directory.success ? directory.data.accounts : undefined;
}

/** How `npm start` lists an account: its role, and the tenants it works in (or the plaza). */
export function describeDemoAccount(account: Account): string {
  const scope = account.role === 'admin' ? 'whole plaza' : account.tenantCodes.join(', ');
  return `${account.name} (${account.role}: ${scope})`;
}
