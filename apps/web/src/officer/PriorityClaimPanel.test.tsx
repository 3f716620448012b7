// The priority claim panel as the officer sees it in a call, rendered to markup in both languages.
import type { OfficerTicket } from '@vp/contract';
import { describe, expect, it } from 'vitest';
import { renderInLanguage } from '../i18n/render-in-language';
import type { Language } from '../i18n/translate';
import { PriorityClaimPanel } from './PriorityClaimPanel';

const ticket: OfficerTicket = {
  id: '5b0c3a52-8d7e-4f0e-9a43-0b1d2c3e4f50',
  number: 'DKC-001',
  tenantCode: 'DKC',
  serviceId: 'ktp-el',
  citizenName: 'Ani',
  vulnerableGroup: 'lansia',
  priorityClaim: null,
  citizenConnected: true,
};

const render = (shown: OfficerTicket, language: Language = 'id') =>
  renderInLanguage(
    <PriorityClaimPanel ticket={shown} saving={false} busy={false} onAnswer={() => {}} />,
    language,
  );

describe('PriorityClaimPanel', () => {
  it('asks about the declared group with a true and a not-true answer', () => {
    const html = render(ticket);
    expect(html).toContain('Klaim prioritas: Lansia (60 tahun ke atas)');
    expect(html).toContain('>Benar</button>');
    expect(html).toContain('>Tidak benar</button>');
    expect(render(ticket, 'en')).toContain('Priority claim: Older person (60 or over)');
  });

  it('asks nothing of a citizen who declared no group', () => {
    expect(render({ ...ticket, vulnerableGroup: null })).toBe('');
  });

  it('shows only the answer once given', () => {
    const html = render({ ...ticket, priorityClaim: 'rejected' });
    expect(html).not.toContain('<button');
    expect(html).toContain('Klaim prioritas dinyatakan tidak benar.');
  });
});
