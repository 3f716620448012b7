// Reads the demo accounts from the catalogue's seed data, for `npm start` to print.
import { readFile } from 'node:fs/promises';

export interface DemoAccount {
  username: string;
  name: string;
  role: string;
  tenantCodes: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toDemoAccount(value: unknown): DemoAccount | undefined {
  if (!isRecord(value)) return undefined;
  const { username, name, role, tenantCodes = [] } = value;
  if (typeof username !== 'string' || typeof name !== 'string' || typeof role !== 'string') return undefined;
  if (!Array.isArray(tenantCodes)) return undefined;
  return {
    username,
    name,
    role,
    tenantCodes: tenantCodes.filter((code): code is string => typeof code === 'string'),
  };
}

/**
 * The accounts listed in `file` (`{ "accounts": [{ "username", "name", "role", "tenantCodes"? }] }`),
 * or undefined when the file does not exist or has another shape.
 */
export async function readDemoAccounts(file: string): Promise<DemoAccount[] | undefined> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || !Array.isArray(parsed.accounts)) return undefined;
  const accounts = parsed.accounts.map(toDemoAccount);
  return accounts.every((account) => account !== undefined)
    ? accounts.filter((account) => account !== undefined)
    : undefined;
}

/** How `npm start` lists an account: its role, and the tenants it works in (or the plaza). */
export function describeDemoAccount(account: DemoAccount): string {
  const scope = account.tenantCodes.length > 0 ? account.tenantCodes.join(', ') : 'whole plaza';
  return `${account.name} (${account.role}: ${scope})`;
}
