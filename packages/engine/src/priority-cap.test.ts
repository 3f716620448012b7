// The priority cap against a real Redis, through the dispatcher: after the tenant's cap of priority
// tickets in a row, the longest-waiting regular ticket is served, and the line keeps its order.
import type { Catalogue, VulnerableGroup } from '@vp/contract';
import { describe, expect, it } from 'vitest';
import { testCatalogueWith } from '../../../test/support/test-catalogue';
import { fastDispatch, usePlazaPerTest } from '../../../test/support/test-plaza';
import { waitFor } from '../../../test/support/wait-for';
import type { ManualClock } from './clock';
import { sweepDeadlines } from './deadline-sweeper';
import {
  acceptOffer,
  declineOffer,
  endOfficerCall,
  getOfficerView,
  type OfficerIdentity,
  setOfficerStatus,
} from './officers';
import type { Plaza } from './plaza';
import { createTicket } from './tickets';

const officer: OfficerIdentity = { id: 'dkc-a', name: 'A', tenantCodes: ['DKC'] };

const withCap = (priorityCap: number | undefined): Catalogue =>
  testCatalogueWith({ DKC: { priorityCap, wrapUpSeconds: 0 } });

describe.each([
  [2, 'P1 P2 R1 P3 P4 R2 P5'],
  [1, 'P1 R1 P2 R2 P3 P4 P5'],
  [0, 'P1 P2 P3 P4 P5 R1 R2'],
  // Absent: the plaza's default of 3.
  [undefined, 'P1 P2 P3 R1 P4 P5 R2'],
])('with a priority cap of %s', (cap, expected) => {
  let plaza: Plaza;
  usePlazaPerTest(
    (opened) => {
      ({ plaza } = opened);
    },
    { dispatch: fastDispatch, catalogue: withCap(cap) },
  );

  it(`serves five priority and two regular tickets as ${expected}`, async () => {
    for (const name of ['R1', 'P1', 'P2', 'R2', 'P3', 'P4', 'P5']) {
      const vulnerableGroup: VulnerableGroup | undefined = name.startsWith('P') ? 'lansia' : undefined;
      await createTicket(plaza.context, { tenantCode: 'DKC', serviceId: 'ktp-el', name, vulnerableGroup });
    }
    expect(await serveAll(plaza, 7)).toEqual(expected.split(' '));
    // A regular ticket matched past BullMQ's order leaves no job behind to be fetched later.
    expect(await plaza.context.queues.queue('DKC').count()).toBe(0);
  });
});

describe('the priority cap', () => {
  let plaza: Plaza;
  let clock: ManualClock;
  usePlazaPerTest(
    (opened) => {
      ({ plaza, clock } = opened);
    },
    { dispatch: fastDispatch, catalogue: withCap(2) },
  );
  const take = (name: string, vulnerableGroup?: VulnerableGroup) =>
    createTicket(plaza.context, { tenantCode: 'DKC', serviceId: 'ktp-el', name, vulnerableGroup });

  it('goes on serving priority while no regular ticket waits, then gives a new regular ticket its turn', async () => {
    for (const name of ['P1', 'P2', 'P3', 'P4']) await take(name, 'ibu_hamil');
    expect(await serveAll(plaza, 3)).toEqual(['P1', 'P2', 'P3']);
    await take('R1');
    await take('P5', 'disabilitas');
    expect(await serveAll(plaza, 3)).toEqual(['R1', 'P4', 'P5']);
  });

  it('keeps places and the count through a declined and a timed-out offer', async () => {
    for (const name of ['R1', 'P1', 'P2', 'P3', 'R2']) {
      await take(name, name.startsWith('P') ? 'lansia' : undefined);
    }
    expect(await serveAll(plaza, 1)).toEqual(['P1']);
    // P2 declined, then timed out: not served, so it keeps its place and counts once, when served.
    expect(await nextOffer(plaza)).toBe('P2');
    await declineOffer(plaza.context, { officer });
    expect(await nextOffer(plaza)).toBe('P2');
    clock.advance(20_000);
    await sweepDeadlines(plaza.context);
    expect((await getOfficerView(plaza.context, officer)).status).toBe('away');
    expect(await serveAll(plaza, 1)).toEqual(['P2']);
    // The cap is reached: the regular ticket's turn, declined, stays its turn.
    expect(await nextOffer(plaza)).toBe('R1');
    await declineOffer(plaza.context, { officer });
    expect(await serveAll(plaza, 3)).toEqual(['R1', 'P3', 'R2']);
  });
});

/**
 * The citizen named in the officer's next offer, once it comes. With no wrap-up, a call's end or a
 * decline leaves the officer ready; one offline or away (a timed-out offer) is made ready first.
 */
async function nextOffer(plaza: Plaza): Promise<string | undefined> {
  const { status } = await getOfficerView(plaza.context, officer);
  if (status === 'offline' || status === 'away') {
    await setOfficerStatus(plaza.context, { officer, status: 'ready' });
  }
  const view = await waitFor(() => getOfficerView(plaza.context, officer), {
    until: (v) => v.status === 'offered',
    what: 'an offer',
  });
  return view.ticket?.citizenName;
}

/** Serves `count` tickets with one officer, in the order they are offered; returns their names. */
async function serveAll(plaza: Plaza, count: number): Promise<string[]> {
  const served: string[] = [];
  for (let i = 0; i < count; i++) {
    served.push((await nextOffer(plaza)) ?? '?');
    const ticketId = await acceptOffer(plaza.context, { officer });
    await endOfficerCall(plaza.context, { officer, ticketId });
  }
  return served;
}
