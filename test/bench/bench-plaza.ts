// What the benchmarks that load a plaza share: a catalogue of many small tenants, their officers'
// ids, and lines filled with waiting tickets.
import { performance } from 'node:perf_hooks';
import { type Catalogue, catalogueSchema } from '@vp/contract';
import { createTicket, type OfficerIdentity, type PlazaContext } from '@vp/engine';
import { round } from './bench-stats';

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const tenantCodeOf = (i: number) => `B${letters[Math.floor(i / 26)]}${letters[i % 26]}`;
const text = (id: string) => ({ id, en: id });

/** The service every benchmark tenant offers. */
export const benchServiceId = 'layanan';

/** `tenants` tenants of one service each; `wrapUpSeconds` if given, else the catalogue's default. */
export function buildBenchCatalogue(options: { tenants: number; wrapUpSeconds?: number }): Catalogue {
  const { wrapUpSeconds } = options;
  return catalogueSchema.parse({
    tenants: Array.from({ length: options.tenants }, (_, i) => ({
      code: tenantCodeOf(i),
      name: text(`Tenant ${i}`),
      description: text('-'),
      timeZone: 'Asia/Makassar',
      ...(wrapUpSeconds === undefined ? {} : { wrapUpSeconds }),
      services: [
        { id: benchServiceId, name: text('Layanan'), requirements: [text('KTP-el')], averageMinutes: 10 },
      ],
    })),
  });
}

/** The id of a tenant's `index`th officer: `<tenant code in lower case>-<index>`. */
export function benchOfficerIdOf(tenantCode: string, index: number): string {
  return `${tenantCode.toLowerCase()}-${index}`;
}

/** `perTenant` officers of each tenant of the catalogue, tenant by tenant. */
export function benchOfficersOf(catalogue: Catalogue, perTenant: number): OfficerIdentity[] {
  return catalogue.tenants.flatMap((tenant) =>
    Array.from({ length: perTenant }, (_, j) => ({
      id: benchOfficerIdOf(tenant.code, j),
      name: `Officer ${j}`,
      tenantCodes: [tenant.code],
    })),
  );
}

/**
 * Creates `count` waiting tickets spread in turn over `tenantCodes`, 200 at a time, and says how
 * long it took. With `vulnerableEvery`, every so many tickets is of a vulnerable group.
 */
export async function fillLines(
  context: PlazaContext,
  options: { tenantCodes: string[]; count: number; vulnerableEvery?: number },
): Promise<void> {
  const { tenantCodes, count, vulnerableEvery } = options;
  const started = performance.now();
  for (let i = 0; i < count; i += 200) {
    await Promise.all(
      Array.from({ length: 200 }, (_, j) =>
        createTicket(context, {
          tenantCode: tenantCodes[(i + j) % tenantCodes.length] ?? '',
          serviceId: benchServiceId,
          name: 'Warga',
          ...(vulnerableEvery && (i + j) % vulnerableEvery === 0
            ? { vulnerableGroup: 'lansia' as const }
            : {}),
        }),
      ),
    );
  }
  console.log(
    `created ${count} waiting tickets over ${tenantCodes.length} tenants in ${round(performance.now() - started, 0)} ms`,
  );
}
