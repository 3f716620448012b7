// Grace and no-show periods are the tenant's own settings, falling back on the plaza's defaults:
// each ticket ends at its own tenant's time, against a real Redis and a moved clock.
import { describe, expect, it } from 'vitest';
import type { RedisTestContext } from '../../../test/support/redis-test-context';
import { testCatalogueWith } from '../../../test/support/test-catalogue';
import { fastDispatch, startTestPlaza, usePlazaPerTest } from '../../../test/support/test-plaza';
import { waitFor } from '../../../test/support/wait-for';
import type { ManualClock } from './clock';
import { defaultPlazaSettings } from './context';
import { sweepDeadlines } from './deadline-sweeper';
import {
  acceptOffer,
  getOfficerView,
  type OfficerIdentity,
  setOfficerPreferences,
  setOfficerStatus,
} from './officers';
import type { Plaza } from './plaza';
import { markCitizenConnected, markCitizenDisconnected, sweepPresence } from './presence';
import { createTicket, getTicketView } from './tickets';

// Samsat holds a dropped citizen's place for 5 s and waits 10 s for them to join a call;
// Disdukcapil keeps the plaza's defaults (120 s and 60 s).
const samsatGraceMs = 5_000;
const samsatNoShowMs = 10_000;
const catalogue = testCatalogueWith({
  SAM: { graceSeconds: samsatGraceMs / 1000, noShowSeconds: samsatNoShowMs / 1000 },
});
const { graceMs, noShowMs } = defaultPlazaSettings;

const dukcapil = (name: string) => ({ tenantCode: 'DKC', serviceId: 'ktp-el', name });
const samsat = (name: string) => ({ tenantCode: 'SAM', serviceId: 'pkb', name });
const dukcapilOfficer: OfficerIdentity = { id: 'dkc-a', name: 'A', tenantCodes: ['DKC'] };
const samsatOfficer: OfficerIdentity = { id: 'sam-a', name: 'S', tenantCodes: ['SAM'] };

describe("a tenant's grace and no-show periods", () => {
  let redisContext: RedisTestContext;
  let plaza: Plaza;
  let clock: ManualClock;

  usePlazaPerTest(
    (opened) => {
      ({ redisContext, plaza, clock } = opened);
    },
    { catalogue, dispatch: fastDispatch },
  );

  const statusOf = async (ticketId: string) => (await getTicketView(plaza.context, ticketId))?.status;
  const statusesAfter = async (ms: number, ticketIds: string[]) => {
    clock.advance(ms);
    await sweepDeadlines(plaza.context);
    return Promise.all(ticketIds.map(statusOf));
  };

  it("abandons a dropped citizen's ticket after its own tenant's grace", async () => {
    const own = (await createTicket(plaza.context, samsat('Ani'))).ticket.id;
    const plazaDefault = (await createTicket(plaza.context, dukcapil('Budi'))).ticket.id;
    for (const ticketId of [own, plazaDefault]) {
      await markCitizenConnected(plaza.context, ticketId);
      await markCitizenDisconnected(plaza.context, ticketId);
    }

    expect(await statusesAfter(samsatGraceMs - 1, [own, plazaDefault])).toEqual(['waiting', 'waiting']);
    expect(await statusesAfter(1, [own, plazaDefault])).toEqual(['abandoned', 'waiting']);
    expect(await statusesAfter(graceMs - samsatGraceMs - 1, [plazaDefault])).toEqual(['waiting']);
    expect(await statusesAfter(1, [plazaDefault])).toEqual(['abandoned']);
  });

  it('starts the same grace when the process holding the page dies', async () => {
    const other = await startTestPlaza(redisContext, { catalogue, clock });
    try {
      const own = (await createTicket(plaza.context, samsat('Ani'))).ticket.id;
      const plazaDefault = (await createTicket(plaza.context, dukcapil('Budi'))).ticket.id;
      await markCitizenConnected(other.context, own);
      await markCitizenConnected(other.context, plazaDefault);
      // The other process never beats again: it is reaped, and its pages with it.
      clock.advance(defaultPlazaSettings.processTimeoutMs + 1);
      expect(await sweepPresence(plaza.context)).toBe(1);

      expect(await statusesAfter(samsatGraceMs, [own, plazaDefault])).toEqual(['abandoned', 'waiting']);
      expect(await statusesAfter(graceMs - samsatGraceMs, [plazaDefault])).toEqual(['abandoned']);
    } finally {
      await other.close();
    }
  });

  it("ends an accepted call the citizen never joins after its own tenant's no-show time", async () => {
    const own = (await createTicket(plaza.context, samsat('Ani'))).ticket.id;
    const plazaDefault = (await createTicket(plaza.context, dukcapil('Budi'))).ticket.id;
    for (const officer of [samsatOfficer, dukcapilOfficer]) {
      await setOfficerStatus(plaza.context, { officer, status: 'ready' });
      await waitFor(() => getOfficerView(plaza.context, officer), {
        until: (view) => view.status === 'offered',
        what: `an offer to ${officer.id}`,
      });
      await acceptOffer(plaza.context, { officer });
    }

    expect(await statusesAfter(samsatNoShowMs - 1, [own, plazaDefault])).toEqual(['in_call', 'in_call']);
    expect(await statusesAfter(1, [own, plazaDefault])).toEqual(['no_show', 'in_call']);
    expect(await statusesAfter(noShowMs - samsatNoShowMs - 1, [plazaDefault])).toEqual(['in_call']);
    expect(await statusesAfter(1, [plazaDefault])).toEqual(['no_show']);
  });

  it("gives a call auto-accepted at the match its own tenant's no-show time", async () => {
    for (const officer of [samsatOfficer, dukcapilOfficer]) {
      await setOfficerPreferences(plaza.context, { officer, autoAccept: true });
      await setOfficerStatus(plaza.context, { officer, status: 'ready' });
    }
    const own = (await createTicket(plaza.context, samsat('Ani'))).ticket.id;
    const plazaDefault = (await createTicket(plaza.context, dukcapil('Budi'))).ticket.id;
    for (const ticketId of [own, plazaDefault]) {
      await waitFor(() => statusOf(ticketId), { until: (status) => status === 'in_call', what: 'the call' });
    }

    expect(await statusesAfter(samsatNoShowMs, [own, plazaDefault])).toEqual(['no_show', 'in_call']);
    expect(await statusesAfter(noShowMs - samsatNoShowMs, [plazaDefault])).toEqual(['no_show']);
  });
});
