// Reads the catalogue and account directory files (the seed of an empty plaza), refusing a malformed one
// with a message naming the file and each bad path.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Catalogue, catalogueSchema } from '@vp/contract';
import type { z } from 'zod';
import { type Account, accountDirectorySchema, checkAccountDirectory } from './account';

const defaultCataloguePath = fileURLToPath(new URL('../data/catalogue.json', import.meta.url));
const defaultAccountsPath = fileURLToPath(new URL('../data/accounts.json', import.meta.url));

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

/** The accounts that may sign in; every tenant they serve or supervise must be in the catalogue. */
export function loadAccountDirectory(options: { path?: string; catalogue: Catalogue }): Account[] {
  const path = options.path ?? defaultAccountsPath;
  const { accounts } = readJsonFile(path, accountDirectorySchema);
  const problems = checkAccountDirectory(accounts, options.catalogue);
  if (problems.length > 0) throw new Error(`${basename(path)}: ${problems.join('; ')}`);
  return accounts;
}
