// The day's series for the supervisor's charts against a real Redis, kept by the scripts that change
// state: a scripted morning on the manual clock, then the exact hashes and the drill-down's series.
import type { Catalogue } from '@vp/contract';
import { describe, expect, it } from 'vitest';
import { testCatalogueWith } from '../../../test/support/test-catalogue';
import { fastDispatch, testStartsAt, usePlazaPerTest } from '../../../test/support/test-plaza';
import { waitFor } from '../../../test/support/wait-for';
import { readTenantDetail } from './board';
import type { ManualClock } from './clock';
import { dayFiguresTtlSeconds, localDayPointOf, toDaySeries } from './day-figures';
import { sweepDeadlines } from './deadline-sweeper';
import {
  acceptOffer,
  endOfficerCall,
  getOfficerView,
  type OfficerIdentity,
  setOfficerStatus,
} from './officers';
import type { Plaza } from './plaza';
import { cancelTicket, createTicket } from './tickets';
import { transferTicket } from './transfer';

const officer: OfficerIdentity = { id: 'dkc-a', name: 'A', tenantCodes: ['DKC'] };

/** DKC in WITA (UTC+8) without wrap-up; SAM in WIT (UTC+9), an hour ahead. */
const catalogue = testCatalogueWith({ DKC: { wrapUpSeconds: 0 }, SAM: { timeZone: 'Asia/Jayapura' } });

describe('the day series', () => {
  let plaza: Plaza;
  let clock: ManualClock;
  usePlazaPerTest(
    (opened) => {
      ({ plaza, clock } = opened);
    },
    { dispatch: fastDispatch, catalogue },
  );

  /** Moves the clock to a WITA time of the test day (10:00 WITA is where it starts). */
  const at = (wita: string) => {
    const target = Date.parse(`2026-11-23T${wita}+08:00`);
    clock.advance(target - clock.now());
  };
  const take = async (name: string) =>
    (await createTicket(plaza.context, { tenantCode: 'DKC', serviceId: 'ktp-el', name })).ticket.id;
  const offeredNow = async (ticketId: string) => {
    await setOfficerStatus(plaza.context, { officer, status: 'ready' });
    await waitFor(() => getOfficerView(plaza.context, officer), {
      until: (view) => view.status === 'offered' && view.ticket?.id === ticketId,
      what: `an offer of ${ticketId}`,
    });
  };

  it('samples the waiting count per minute and counts offers and served per hour, in local time', async () => {
    const { context } = plaza;
    expect(clock.now()).toBe(testStartsAt);
    // 10:00 two tickets (the minute keeps its last count); 10:01:30 the first is offered after 90 s.
    const first = await take('T1');
    at('10:00:30');
    const second = await take('T2');
    at('10:01:30');
    await offeredNow(first);
    // 10:02:30 the offer has timed out: T1 is back, the officer away. 10:03:30 T2 cancels.
    at('10:02:30');
    await sweepDeadlines(context);
    expect((await getOfficerView(context, officer)).status).toBe('away');
    at('10:03:30');
    await cancelTicket(context, second);
    // 10:04:30 T1 offered again (not a new first offer), served until 11:10.
    at('10:04:30');
    await offeredNow(first);
    await acceptOffer(context, { officer, ticketId: first });
    at('11:10:00');
    await endOfficerCall(context, { officer, ticketId: first });
    // 11:10 T3 offered at once, transferred to SAM at 11:12 WITA, 12:12 in SAM's WIT.
    const third = await take('T3');
    await waitFor(() => getOfficerView(context, officer), {
      until: (view) => view.ticket?.id === third,
      what: 'an offer of T3',
    });
    await acceptOffer(context, { officer, ticketId: third });
    at('11:12:00');
    await transferTicket(context, { officer, ticketId: third, tenantCode: 'SAM' });
    // 11:20 T4 arrives with the officer away; offered at 11:35, past the 10-minute target.
    await setOfficerStatus(context, { officer, status: 'away' });
    at('11:20:00');
    const fourth = await take('T4');
    at('11:35:00');
    await offeredNow(fourth);

    const { keys, redis } = context;
    expect(await redis.hGetAll(keys.dayWaiting('DKC', '2026-11-23'))).toEqual({
      '600': '2',
      '601': '1',
      '602': '2',
      '603': '1',
      '604': '0',
      '670': '0',
      '680': '1',
      '695': '0',
    });
    expect(await redis.hGetAll(keys.dayHours('DKC', '2026-11-23'))).toEqual({
      '10:offered': '1',
      '10:offeredWithinTarget': '1',
      '11:offered': '2',
      '11:offeredWithinTarget': '1',
      '11:served': '1',
    });
    expect(await redis.hGetAll(keys.dayWaiting('SAM', '2026-11-23'))).toEqual({ '732': '1' });
    for (const key of [keys.dayWaiting('DKC', '2026-11-23'), keys.dayHours('DKC', '2026-11-23')]) {
      expect(await redis.ttl(key)).toBe(dayFiguresTtlSeconds);
    }

    const dkc = await readTenantDetail(context, {
      tenant: catalogue.tenants[0] as Catalogue['tenants'][number],
      officers: [],
      withCitizenNames: false,
    });
    expect(dkc.series).toEqual({
      date: '2026-11-23',
      nowMinute: 695,
      hours: [
        { hour: 10, offered: 1, offeredWithinTarget: 1, served: 0 },
        { hour: 11, offered: 2, offeredWithinTarget: 1, served: 1 },
      ],
      waiting: [
        { minute: 600, waiting: 2 },
        { minute: 601, waiting: 1 },
        { minute: 602, waiting: 2 },
        { minute: 603, waiting: 1 },
        { minute: 604, waiting: 0 },
        { minute: 670, waiting: 0 },
        { minute: 680, waiting: 1 },
        { minute: 695, waiting: 0 },
      ],
    });
    const sam = await readTenantDetail(context, {
      tenant: catalogue.tenants[1] as Catalogue['tenants'][number],
      officers: [],
      withCitizenNames: false,
    });
    expect(sam.series).toEqual({
      date: '2026-11-23',
      nowMinute: 755,
      hours: [],
      waiting: [{ minute: 732, waiting: 1 }],
    });
  });
});

describe('the local day of an instant', () => {
  it.each([
    ['2026-11-23T16:00:00Z', 'Asia/Jakarta', '2026-11-23', 23, 1380],
    ['2026-11-23T16:00:00Z', 'Asia/Makassar', '2026-11-24', 0, 0],
    ['2026-11-23T16:59:59Z', 'Asia/Jayapura', '2026-11-24', 1, 119],
    ['2026-11-23T01:30:00Z', 'Asia/Makassar', '2026-11-23', 9, 570],
  ] as const)('puts %s in %s on %s, hour %i, minute %i', (instant, timeZone, date, hour, minute) => {
    expect(localDayPointOf(Date.parse(instant), timeZone)).toEqual({ date, hour, minute });
  });

  it('reads a series from its hashes in time order, leaving malformed fields out', () => {
    expect(
      toDaySeries({
        point: { date: '2026-11-23', hour: 13, minute: 800 },
        hours: {
          '13:served': '2',
          '9:offered': '3',
          '9:offeredWithinTarget': '2',
          '24:served': '1',
          'x:served': '1',
          '9:lost': '4',
          '13:offered': '-1',
        },
        waiting: { '700': '3', '65': '1', '1440': '2', abc: '1', '66': 'x' },
      }),
    ).toEqual({
      date: '2026-11-23',
      nowMinute: 800,
      hours: [
        { hour: 9, offered: 3, offeredWithinTarget: 2, served: 0 },
        { hour: 13, offered: 0, offeredWithinTarget: 0, served: 2 },
      ],
      waiting: [
        { minute: 65, waiting: 1 },
        { minute: 66, waiting: 0 },
        { minute: 700, waiting: 3 },
      ],
    });
  });
});
