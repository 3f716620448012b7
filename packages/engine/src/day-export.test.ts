// A tenant's day as CSV against a real Redis and a scripted day on the manual clock: every row,
// its local times with the tenant's own offset (WIB +07:00, WITA +08:00), CSV quoting, and what
// stays out (the citizen's name, the officer's notes, other tenants, other days).
import { PassThrough } from 'node:stream';
import { type Catalogue, catalogueSchema } from '@vp/contract';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { testCatalogue } from '../../../test/support/test-catalogue';
import { fastDispatch, testStartsAt, usePlazaPerTest } from '../../../test/support/test-plaza';
import { waitFor } from '../../../test/support/wait-for';
import type { ManualClock } from './clock';
import { dayExportColumns, formatLocalTime, localDayRange, streamDayExport } from './day-export';
import { acceptOffer, endOfficerCall, type OfficerIdentity, setOfficerStatus } from './officers';
import type { Plaza } from './plaza';
import { cancelTicket, createTicket, getTicketView } from './tickets';
import { recordWrapUp } from './wrap-up';

const text = (id: string) => ({ id, en: id });
/** A Jakarta tenant (WIB) beside the test catalogue's Makassar ones (WITA). */
const catalogue: Catalogue = catalogueSchema.parse({
  tenants: [
    ...testCatalogue.tenants,
    {
      code: 'JKT',
      name: text('Jakarta'),
      description: text('Jakarta'),
      timeZone: 'Asia/Jakarta',
      services: [
        { id: 'izin', name: text('Izin "usaha", baru'), requirements: [text('NIB')], averageMinutes: 10 },
      ],
    },
  ],
});

const jktOfficer: OfficerIdentity = { id: 'jkt-1', name: 'Petugas', tenantCodes: ['JKT'] };
const dkcOfficer: OfficerIdentity = { id: 'dkc-1', name: 'Petugas', tenantCodes: ['DKC'] };

describe('local times', () => {
  it.each([
    ['Asia/Jakarta', '2026-11-23T09:00:00+07:00'],
    ['Asia/Makassar', '2026-11-23T10:00:00+08:00'],
    ['Asia/Jayapura', '2026-11-23T11:00:00+09:00'],
  ] as const)('formats an instant in %s with its offset', (timeZone, expected) => {
    expect(formatLocalTime({ at: testStartsAt, timeZone })).toBe(expected);
  });

  it("bounds a local day by the zone's midnights", () => {
    expect(localDayRange({ date: '2026-11-23', timeZone: 'Asia/Makassar' })).toEqual({
      start: Date.parse('2026-11-22T16:00:00Z'),
      end: Date.parse('2026-11-23T16:00:00Z'),
    });
    expect(() => localDayRange({ date: '2026-02-30', timeZone: 'Asia/Jakarta' })).toThrow(
      expect.objectContaining({ code: 'bad_request', field: 'date' }),
    );
  });
});

describe('a day exported as CSV', () => {
  let plaza: Plaza;
  let clock: ManualClock;
  usePlazaPerTest(
    (opened) => {
      ({ plaza, clock } = opened);
    },
    { catalogue, dispatch: fastDispatch },
  );

  const exportDay = async (tenantCode: string, date: string) => {
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk));
    const { rows } = await streamDayExport(plaza.context, { tenantCode, date, output });
    const csv = Buffer.concat(chunks).toString('utf8');
    return { rows, csv, records: parse(csv, { columns: true }) as Record<string, string>[] };
  };

  /** Takes a ticket, lets it be offered to the officer and accepted after `acceptAfterMs`. */
  const serve = async (officer: OfficerIdentity, request: { tenantCode: string; serviceId: string }) => {
    await setOfficerStatus(plaza.context, { officer, status: 'ready' });
    const { ticket } = await createTicket(plaza.context, { ...request, name: 'Ani, "Rahasia"' });
    await waitFor(() => getTicketView(plaza.context, ticket.id), {
      until: (view) => view?.status === 'offered',
      what: 'an offer',
    });
    return ticket;
  };

  it('writes every ticket of the day with its timestamps in the local zone, then its officer changes', async () => {
    // 09:00 WIB: a ticket served for five minutes, its wrap-up recorded.
    const served = await serve(jktOfficer, { tenantCode: 'JKT', serviceId: 'izin' });
    clock.advance(15_000);
    await acceptOffer(plaza.context, { officer: jktOfficer, ticketId: served.id });
    clock.advance(300_000);
    await endOfficerCall(plaza.context, { officer: jktOfficer, ticketId: served.id });
    await recordWrapUp(plaza.context, {
      officer: jktOfficer,
      ticketId: served.id,
      outcome: 'follow_up',
      notes: 'NIK 3171010101900001',
    });
    await setOfficerStatus(plaza.context, { officer: jktOfficer, status: 'away' });
    // 09:06 WIB: a ticket cancelled by its citizen while waiting.
    clock.advance(45_000);
    const { ticket: cancelled } = await createTicket(plaza.context, {
      tenantCode: 'JKT',
      serviceId: 'izin',
      name: 'Budi',
    });
    await cancelTicket(plaza.context, cancelled.id);
    // Another tenant's ticket stays out.
    await createTicket(plaza.context, { tenantCode: 'SAM', serviceId: 'pkb', name: 'Citra' });

    const { rows, csv, records } = await exportDay('JKT', '2026-11-23');
    expect(csv.split('\n')[0]).toBe(dayExportColumns.join(','));
    // The service's name holds a comma and quotes: quoted, its quotes doubled.
    expect(csv).toContain('"Izin ""usaha"", baru"');
    expect(csv).not.toContain('Ani');
    expect(csv).not.toContain('Budi');
    expect(csv).not.toContain('3171010101900001');
    const tickets = records.filter((record) => record.record === 'ticket');
    expect(tickets).toEqual([
      expect.objectContaining({
        ticket_number: 'JKT-001',
        ticket_id: served.id,
        service: 'izin',
        service_name: 'Izin "usaha", baru',
        class: 'regular',
        status: 'completed',
        ended_by: 'officer',
        officer: 'jkt-1',
        created_at: '2026-11-23T09:00:00+07:00',
        offered_at: '2026-11-23T09:00:00+07:00',
        accepted_at: '2026-11-23T09:00:15+07:00',
        ended_at: '2026-11-23T09:05:15+07:00',
        outcome: 'follow_up',
      }),
      expect.objectContaining({
        ticket_number: 'JKT-002',
        ticket_id: cancelled.id,
        status: 'cancelled',
        ended_by: 'citizen',
        created_at: '2026-11-23T09:06:00+07:00',
        offered_at: '',
        accepted_at: '',
        ended_at: '2026-11-23T09:06:00+07:00',
        outcome: '',
      }),
    ]);
    const officerRows = records
      .filter((record) => record.record === 'officer_status')
      .map((record) => [record.at, record.officer, record.from_status, record.status]);
    expect(officerRows).toEqual([
      ['2026-11-23T09:00:00+07:00', 'jkt-1', 'offline', 'ready'],
      ['2026-11-23T09:00:00+07:00', 'jkt-1', 'ready', 'offered'],
      ['2026-11-23T09:00:15+07:00', 'jkt-1', 'offered', 'in_call'],
      ['2026-11-23T09:05:15+07:00', 'jkt-1', 'in_call', 'wrap_up'],
      ['2026-11-23T09:05:15+07:00', 'jkt-1', 'wrap_up', 'away'],
    ]);
    expect(rows).toBe(records.length);
  });

  it("keeps to the tenant's local day: a WITA day starts at 16:00 UTC the day before", async () => {
    // 23:30 WITA on the 23rd (15:30 UTC) and 00:30 WITA on the 24th (16:30 UTC).
    clock.advance(Date.parse('2026-11-23T15:30:00Z') - clock.now());
    await setOfficerStatus(plaza.context, { officer: dkcOfficer, status: 'away' });
    const { ticket: late } = await createTicket(plaza.context, {
      tenantCode: 'DKC',
      serviceId: 'ktp-el',
      name: 'Dewi',
      vulnerableGroup: 'lansia',
    });
    clock.advance(3600_000);
    const { ticket: next } = await createTicket(plaza.context, {
      tenantCode: 'DKC',
      serviceId: 'kk',
      name: 'Eko',
    });

    const day23 = await exportDay('DKC', '2026-11-23');
    expect(
      day23.records.map((record) => [record.record, record.ticket_id || record.officer, record.at]),
    ).toEqual([
      ['officer_status', 'dkc-1', '2026-11-23T23:30:00+08:00'],
      ['ticket', late.id, '2026-11-23T23:30:00+08:00'],
    ]);
    expect(day23.records[1]).toMatchObject({
      class: 'priority',
      status: 'waiting',
      ticket_number: 'DKC-001',
    });
    const day24 = await exportDay('DKC', '2026-11-24');
    expect(day24.records.map((record) => [record.ticket_id, record.created_at])).toEqual([
      [next.id, '2026-11-24T00:30:00+08:00'],
    ]);
  });
});
