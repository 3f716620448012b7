// The officer's answer to a priority claim against a real Redis: counted per tenant and local day.
import { describe, expect, it } from 'vitest';
import { fastDispatch, usePlazaPerTest } from '../../../test/support/test-plaza';
import { waitFor } from '../../../test/support/wait-for';
import type { ManualClock } from './clock';
import { acceptOffer, getOfficerView, type OfficerIdentity, setOfficerStatus } from './officers';
import type { Plaza } from './plaza';
import {
  answerPriorityClaim,
  priorityClaimCountsTtlSeconds,
  readPriorityClaimCounts,
} from './priority-claim';
import { createTicket } from './tickets';

const officer: OfficerIdentity = { id: 'dkc-a', name: 'A', tenantCodes: ['DKC'] };

describe('priority claims', () => {
  let plaza: Plaza;
  let clock: ManualClock;
  usePlazaPerTest(
    (opened) => {
      ({ plaza, clock } = opened);
    },
    { dispatch: fastDispatch },
  );

  it("counts a confirmed claim for the tenant's local day, which expires", async () => {
    const { context } = plaza;
    const { ticket } = await createTicket(context, {
      tenantCode: 'DKC',
      serviceId: 'ktp-el',
      name: 'Dewi',
      vulnerableGroup: 'ibu_hamil',
    });
    await setOfficerStatus(context, { officer, status: 'ready' });
    await waitFor(() => getOfficerView(context, officer), {
      until: (view) => view.status === 'offered',
      what: 'an offer',
    });
    await acceptOffer(context, { officer, ticketId: ticket.id });

    await expect(
      answerPriorityClaim(context, { officer, ticketId: ticket.id, confirmed: true }),
    ).resolves.toBe('confirmed');
    expect((await getOfficerView(context, officer)).ticket?.priorityClaim).toBe('confirmed');
    const today = { tenantCode: 'DKC', at: clock.now() };
    expect(await readPriorityClaimCounts(context, today)).toEqual({ confirmed: 1, rejected: 0 });
    // Counted on the tenant's local day (Makassar), kept for a bounded time only.
    const key = context.keys.priorityClaims('DKC', '2026-11-23');
    expect(await context.redis.ttl(key)).toBeGreaterThan(priorityClaimCountsTtlSeconds - 10);
    expect(
      await readPriorityClaimCounts(context, { tenantCode: 'DKC', at: clock.now() + 86_400_000 }),
    ).toEqual({
      confirmed: 0,
      rejected: 0,
    });
  });
});
