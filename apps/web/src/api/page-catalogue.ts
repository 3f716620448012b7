// The catalogue the API writes into the page as a JSON data block (never executed), so the
// citizen's first screen needs no request once the script runs. A light shape check, not the
// contract's zod schema: that would add 25 KB gzip (+29 %) to the first download, and the API
// validated the catalogue when it loaded it; the check only catches a missing or mangled block.
import type { Catalogue } from '@vp/contract';

/** The id of the data block; apps/api/src/static-web.ts writes it. */
export const pageCatalogueId = 'vp-catalogue';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: unknown) =>
  isRecord(value) && typeof value.id === 'string' && typeof value.en === 'string';

const isService = (value: unknown) =>
  isRecord(value) &&
  typeof value.id === 'string' &&
  isText(value.name) &&
  Array.isArray(value.requirements) &&
  value.requirements.every(isText);

const isTenant = (value: unknown) =>
  isRecord(value) &&
  typeof value.code === 'string' &&
  isText(value.name) &&
  isText(value.description) &&
  typeof value.timeZone === 'string' &&
  Array.isArray(value.services) &&
  value.services.length > 0 &&
  value.services.every(isService);

/** Whether a parsed value has the catalogue's shape, as far as the pages read it. */
function isCatalogueShape(value: unknown): value is Catalogue {
  return (
    isRecord(value) &&
    Array.isArray(value.tenants) &&
    value.tenants.length > 0 &&
    value.tenants.every(isTenant)
  );
}

/** What is read of the page: the document, or a stand-in in tests. */
export interface PageElements {
  getElementById(id: string): { textContent: string | null } | null;
}

/** The catalogue inlined in the page, or null when it has none (the dev server) or a broken one. */
export function readPageCatalogue(page: PageElements): Catalogue | null {
  const text = page.getElementById(pageCatalogueId)?.textContent;
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isCatalogueShape(value) ? value : null;
  } catch {
    return null;
  }
}
