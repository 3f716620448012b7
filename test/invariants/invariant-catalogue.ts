// The catalogue of the invariant runs: ten tenants, short offers, no wrap-up, so a run is quick.
// Every other tenant lets one priority ticket go before a regular one, so the cap rule is exercised.
import { type Catalogue, catalogueSchema } from '@vp/contract';
import type { OfficerIdentity } from '@vp/engine';

const text = (id: string) => ({ id, en: id });
export const tenantCodes = ['TA', 'TB', 'TC', 'TD', 'TE', 'TF', 'TG', 'TH', 'TI', 'TJ'];

export const invariantCatalogue: Catalogue = catalogueSchema.parse({
  tenants: tenantCodes.map((code, i) => ({
    code,
    priorityCap: i % 2 === 0 ? 1 : undefined,
    name: text(code),
    description: text('-'),
    timeZone: 'Asia/Makassar',
    offerTimeoutSeconds: 1,
    wrapUpSeconds: 0,
    services: [{ id: 'layanan', name: text('Layanan'), requirements: [text('KTP-el')], averageMinutes: 5 }],
  })),
});

/** 50 officers: five per tenant, and every tenth also serves the next tenant. */
export const invariantOfficers: OfficerIdentity[] = Array.from({ length: 50 }, (_, i) => {
  const home = tenantCodes[i % tenantCodes.length] ?? 'TA';
  const next = tenantCodes[(i + 1) % tenantCodes.length] ?? 'TB';
  return { id: `officer-${i}`, name: `Officer ${i}`, tenantCodes: i % 10 === 0 ? [home, next] : [home] };
});
