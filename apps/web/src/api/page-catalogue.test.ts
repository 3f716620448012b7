import { describe, expect, it } from 'vitest';
import { pageCatalogueId, readPageCatalogue } from './page-catalogue';

const text = (id: string) => ({ id, en: id });
const catalogue = {
  tenants: [
    {
      code: 'DKC',
      name: text('Disdukcapil'),
      description: text('KTP-el, KK'),
      timeZone: 'Asia/Makassar',
      services: [{ id: 'ktp-el', name: text('KTP-el'), requirements: [text('KK')], averageMinutes: 10 }],
      offerTimeoutSeconds: 20,
      wrapUpSeconds: 30,
      atClosing: 'serve',
    },
  ],
};

/** A page whose only element is the data block with `content` (none when undefined). */
const pageWith = (content: string | undefined, id = pageCatalogueId) => ({
  getElementById: (wanted: string) =>
    content !== undefined && wanted === id ? { textContent: content } : null,
});

describe('readPageCatalogue', () => {
  it('reads the catalogue the server put into the page', () => {
    expect(readPageCatalogue(pageWith(JSON.stringify(catalogue)))).toEqual(catalogue);
  });

  it.each([
    { name: 'no block (the dev server)', content: undefined },
    { name: 'an empty block', content: '' },
    { name: 'a block under another id', content: JSON.stringify(catalogue), id: 'catalogue' },
    { name: 'broken JSON', content: '{"tenants": [' },
    { name: 'no tenants', content: JSON.stringify({ tenants: [] }) },
    { name: 'not an object', content: JSON.stringify([catalogue]) },
    {
      name: 'a tenant without services',
      content: JSON.stringify({ tenants: [{ ...catalogue.tenants[0], services: [] }] }),
    },
    {
      name: 'a service without a name',
      content: JSON.stringify({
        tenants: [{ ...catalogue.tenants[0], services: [{ id: 'ktp-el', requirements: [] }] }],
      }),
    },
    {
      name: 'a name in one language only',
      content: JSON.stringify({ tenants: [{ ...catalogue.tenants[0], name: { id: 'Disdukcapil' } }] }),
    },
  ])('gives null for $name, so the page fetches the catalogue', ({ content, id }) => {
    expect(readPageCatalogue(pageWith(content, id))).toBeNull();
  });
});
