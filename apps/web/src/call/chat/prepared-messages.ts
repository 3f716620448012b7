// The officer's one-click messages: the requirements of the ticket's service, in the citizen's
// language where the citizen's page said it, and a few fixed lines.
import type { Service } from '@vp/contract';
import type { Language } from '../../i18n/translate';

/** The fixed lines, in both languages (the citizen's, not the officer's, is sent). */
export const fixedPreparedLines = {
  greeting: {
    id: 'Selamat datang di Mal Pelayanan Publik. Saya petugas yang akan melayani Anda hari ini.',
    en: 'Welcome to the public service mall. I am the officer serving you today.',
  },
  showDocument: {
    id: 'Mohon kirim foto dokumen Anda melalui tab Dokumen, atau tunjukkan ke kamera.',
    en: 'Please send a photo of your document through the Documents tab, or hold it up to the camera.',
  },
  wait: {
    id: 'Mohon tunggu sebentar, saya sedang memeriksa data Anda.',
    en: 'Please wait a moment while I check your details.',
  },
} as const;

export type FixedPreparedLine = keyof typeof fixedPreparedLines;

const requirementsHeading = {
  id: (service: string) => `Persyaratan untuk ${service}:`,
  en: (service: string) => `Requirements for ${service}:`,
};

const noRequirements = {
  id: (service: string) => `Tidak ada persyaratan khusus untuk ${service}.`,
  en: (service: string) => `There are no particular requirements for ${service}.`,
};

/** The requirements list of a service as one chat message: a heading, then one numbered line each. */
export function requirementsMessage(
  service: Pick<Service, 'name' | 'requirements'>,
  language: Language,
): string {
  const name = service.name[language];
  if (service.requirements.length === 0) return noRequirements[language](name);
  const lines = service.requirements.map((requirement, index) => `${index + 1}. ${requirement[language]}`);
  return [requirementsHeading[language](name), ...lines].join('\n');
}
