// Reads the demo officer accounts from the catalogue's seed data, for `npm start` to print.
import { readFile } from 'node:fs/promises';

export interface DemoOfficer {
  username: string;
  name: string;
  tenantCodes: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toDemoOfficer(value: unknown): DemoOfficer | undefined {
  if (!isRecord(value)) return undefined;
  const { username, name, tenantCodes } = value;
  if (typeof username !== 'string' || typeof name !== 'string' || !Array.isArray(tenantCodes))
    return undefined;
  return {
    username,
    name,
    tenantCodes: tenantCodes.filter((code): code is string => typeof code === 'string'),
  };
}

/**
 * The officers listed in `file` (`{ "officers": [{ "username", "name", "tenantCodes" }] }`),
 * or undefined when the file does not exist or has another shape.
 */
export async function readDemoOfficers(file: string): Promise<DemoOfficer[] | undefined> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || !Array.isArray(parsed.officers)) return undefined;
  const officers = parsed.officers.map(toDemoOfficer);
  return officers.every((officer) => officer !== undefined)
    ? officers.filter((o) => o !== undefined)
    : undefined;
}
