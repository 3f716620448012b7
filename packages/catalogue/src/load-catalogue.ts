// Reads the catalogue and officer directory files once at start-up, refusing a malformed one
// with a message naming the file and each bad path.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Catalogue, catalogueSchema } from '@vp/contract';
import type { z } from 'zod';
import { type OfficerAccount, officerDirectorySchema } from './officer-account';

const defaultCataloguePath = fileURLToPath(new URL('../data/catalogue.json', import.meta.url));
const defaultOfficersPath = fileURLToPath(new URL('../data/officers.json', import.meta.url));

function readJsonFile<Schema extends z.ZodType>(path: string, schema: Schema): z.infer<Schema> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `${basename(path)}: cannot read JSON (${error instanceof Error ? error.message : error})`,
      {
        cause: error,
      },
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new Error(`${basename(path)}: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** The tenants and services citizens choose from. */
export function loadCatalogue(path: string = defaultCataloguePath): Catalogue {
  return readJsonFile(path, catalogueSchema);
}

/** The officers who may sign in; every tenant they serve must be in the catalogue. */
export function loadOfficerDirectory(options: { path?: string; catalogue: Catalogue }): OfficerAccount[] {
  const path = options.path ?? defaultOfficersPath;
  const { officers } = readJsonFile(path, officerDirectorySchema);
  const tenantCodes = new Set(options.catalogue.tenants.map((tenant) => tenant.code));
  const problems: string[] = [];
  const seen = { id: new Set<string>(), username: new Set<string>() };
  officers.forEach((officer, index) => {
    for (const code of officer.tenantCodes) {
      if (!tenantCodes.has(code)) problems.push(`officers.${index}.tenantCodes: unknown tenant ${code}`);
    }
    for (const field of ['id', 'username'] as const) {
      if (seen[field].has(officer[field]))
        problems.push(`officers.${index}.${field}: duplicate ${officer[field]}`);
      seen[field].add(officer[field]);
    }
  });
  if (problems.length > 0) throw new Error(`${basename(path)}: ${problems.join('; ')}`);
  return officers;
}
