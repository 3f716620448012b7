// The waiting citizen's progress panel, rendered to markup: it tells, before every call, that
// calls may be monitored, in both languages.
import type { TicketView } from '@vp/contract';
import { describe, expect, it } from 'vitest';
import { renderInLanguage } from '../i18n/render-in-language';
import type { Language } from '../i18n/translate';
import { QueueProgress } from './QueueProgress';

const ticket: TicketView = {
  id: '5b0c3a52-8d7e-4f0e-9a43-0b1d2c3e4f50',
  number: 'DKC-001',
  tenantCode: 'DKC',
  serviceId: 'ktp-el',
  status: 'waiting',
  position: 2,
  estimatedWaitMinutes: 10,
  createdAt: 0,
  transferredTo: null,
  endReason: null,
  revision: 1,
};

const render = (shown: TicketView, language: Language) =>
  renderInLanguage(<QueueProgress ticket={shown} connection="open" />, language);

describe('QueueProgress', () => {
  it.each([
    ['id', 'Panggilan dapat dipantau oleh pengawas untuk menjaga mutu layanan.'],
    ['en', 'Calls may be monitored by a supervisor to keep the service quality up.'],
  ] as const)('says calls may be monitored while waiting and once offered (%s)', (language, notice) => {
    expect(render(ticket, language)).toContain(notice);
    expect(render({ ...ticket, status: 'offered', position: null }, language)).toContain(notice);
  });
});
