import { describe, expect, it } from 'vitest';
import { fixedPreparedLines, requirementsMessage } from './prepared-messages';

const service = {
  name: { id: 'Pembuatan KTP-el', en: 'e-ID card' },
  requirements: [
    { id: 'Kartu Keluarga', en: 'Family card' },
    { id: 'Surat pengantar RT/RW', en: 'Cover letter from the neighbourhood head' },
  ],
};

describe('requirementsMessage', () => {
  it('lists the requirements in Bahasa Indonesia, numbered', () => {
    expect(requirementsMessage(service, 'id')).toBe(
      'Persyaratan untuk Pembuatan KTP-el:\n1. Kartu Keluarga\n2. Surat pengantar RT/RW',
    );
  });

  it("uses the citizen's language when it is English", () => {
    expect(requirementsMessage(service, 'en')).toBe(
      'Requirements for e-ID card:\n1. Family card\n2. Cover letter from the neighbourhood head',
    );
  });

  it('says so when a service has none', () => {
    expect(requirementsMessage({ ...service, requirements: [] }, 'id')).toBe(
      'Tidak ada persyaratan khusus untuk Pembuatan KTP-el.',
    );
  });
});

describe('fixed prepared lines', () => {
  it.each(Object.entries(fixedPreparedLines))('%s has both languages, different', (_, line) => {
    expect(line.id.trim()).not.toBe('');
    expect(line.en.trim()).not.toBe('');
    expect(line.id).not.toBe(line.en);
  });
});
