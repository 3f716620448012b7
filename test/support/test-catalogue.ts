// A small catalogue for engine and API tests, independent of the demo data.
import { type Catalogue, catalogueSchema, type TenantInput } from '@vp/contract';

const text = (id: string) => ({ id, en: id });

export const testCatalogue: Catalogue = catalogueSchema.parse({
  tenants: [
    {
      code: 'DKC',
      name: text('Disdukcapil'),
      description: text('Kependudukan'),
      timeZone: 'Asia/Makassar',
      services: [
        { id: 'ktp-el', name: text('KTP-el'), requirements: [text('Kartu Keluarga')], averageMinutes: 10 },
        {
          id: 'kk',
          name: text('Kartu Keluarga'),
          requirements: [text('Surat pengantar')],
          averageMinutes: 15,
        },
      ],
    },
    {
      code: 'SAM',
      name: text('Samsat'),
      description: text('Kendaraan'),
      timeZone: 'Asia/Makassar',
      offerTimeoutSeconds: 20,
      wrapUpSeconds: 30,
      services: [
        { id: 'pkb', name: text('Pajak kendaraan'), requirements: [text('STNK')], averageMinutes: 8 },
      ],
    },
  ],
});

/** The test catalogue with some tenants' settings changed (by tenant code), parsed as any catalogue. */
export function testCatalogueWith(changes: Readonly<Record<string, Partial<TenantInput>>>): Catalogue {
  return catalogueSchema.parse({
    tenants: testCatalogue.tenants.map((tenant) => ({ ...tenant, ...changes[tenant.code] })),
  });
}
