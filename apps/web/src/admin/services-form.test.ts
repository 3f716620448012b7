import type { Service } from '@vp/contract';
import { describe, expect, it } from 'vitest';
import {
  formToServices,
  moveItem,
  newService,
  requirementErrorKey,
  type ServiceForm,
  serviceErrorKey,
  serviceErrorKeyOf,
  servicesToForm,
} from './services-form';

const services: Service[] = [
  {
    id: 'ktp-el',
    name: { id: 'KTP elektronik', en: 'Electronic ID card' },
    requirements: [
      { id: 'Kartu Keluarga', en: 'Family card' },
      { id: 'Surat pengantar', en: 'Cover letter' },
    ],
    averageMinutes: 12,
  },
  {
    id: 'akta-lahir',
    name: { id: 'Akta kelahiran', en: 'Birth certificate' },
    requirements: [{ id: 'Surat keterangan lahir', en: 'Birth notice' }],
    averageMinutes: 20,
  },
];

const errorsOf = (forms: ServiceForm[]) => {
  const result = formToServices(forms);
  return result.ok ? [] : Object.keys(result.errors).sort();
};

describe('services <-> form', () => {
  it('reads back what it shows, in order', () => {
    const forms = servicesToForm(services);
    expect(forms.map((form) => form.isNew)).toEqual([false, false]);
    expect(formToServices(forms)).toEqual({ ok: true, services });
  });

  it('trims what was typed and reads the minutes as a number', () => {
    const [first] = servicesToForm(services) as [ServiceForm];
    const edited: ServiceForm = {
      ...first,
      nameEn: '  Electronic ID  ',
      averageMinutes: ' 15 ',
      requirements: [{ key: 'r', id: ' Fotokopi KK ', en: ' Copy of the family card ' }],
    };
    expect(formToServices([edited])).toEqual({
      ok: true,
      services: [
        {
          ...services[0],
          name: { id: 'KTP elektronik', en: 'Electronic ID' },
          averageMinutes: 15,
          requirements: [{ id: 'Fotokopi KK', en: 'Copy of the family card' }],
        },
      ],
    });
  });

  it('names each wrong field of a new service', () => {
    const added = { ...newService(), id: 'Bad Id', nameId: 'Layanan baru', averageMinutes: 'lima' };
    const forms = [...servicesToForm(services), added];
    const requirement = added.requirements[0];
    if (!requirement) throw new Error('a new service starts with a requirement');
    expect(errorsOf(forms)).toEqual(
      [
        serviceErrorKey(added.key, 'id'),
        serviceErrorKey(added.key, 'nameEn'),
        serviceErrorKey(added.key, 'averageMinutes'),
        requirementErrorKey(added.key, requirement.key, 'id'),
        requirementErrorKey(added.key, requirement.key, 'en'),
      ].sort(),
    );
  });

  it('refuses a service id twice, no requirement, and an empty list', () => {
    const [first, second] = servicesToForm(services) as [ServiceForm, ServiceForm];
    expect(errorsOf([first, { ...second, id: 'ktp-el' }])).toEqual([serviceErrorKey(second.key, 'id')]);
    expect(errorsOf([{ ...first, requirements: [] }])).toEqual([serviceErrorKey(first.key, 'requirements')]);
    expect(errorsOf([])).toEqual(['list']);
  });

  it.each([
    ['services', 'list'],
    ['services.1.id', 'second.id'],
    ['services.0.name.en', 'first.nameEn'],
    ['services.0.requirements', 'first.requirements'],
    ['services.0.requirements.1.en', 'first.requirement.b.en'],
    ['services.0.requirements.9.en', 'first.requirements'],
    ['services.7.id', 'list'],
  ])('maps the API field %s to %s', (path, key) => {
    const forms: ServiceForm[] = [
      {
        key: 'first',
        isNew: false,
        id: 'a',
        nameId: 'A',
        nameEn: 'A',
        averageMinutes: '5',
        requirements: [
          { key: 'a', id: 'x', en: 'x' },
          { key: 'b', id: 'y', en: 'y' },
        ],
      },
      { key: 'second', isNew: true, id: '', nameId: '', nameEn: '', averageMinutes: '', requirements: [] },
    ];
    expect(serviceErrorKeyOf(path, forms)).toBe(key);
  });
});

describe('moveItem', () => {
  it.each([
    [0, 1, ['b', 'a', 'c']],
    [2, 0, ['c', 'a', 'b']],
    [1, 1, ['a', 'b', 'c']],
    [0, -1, ['a', 'b', 'c']],
    [2, 3, ['a', 'b', 'c']],
  ])('moves %d to %d', (from, to, expected) => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, from, to)).toEqual(expected);
    expect(list).toEqual(['a', 'b', 'c']);
  });
});
