// Views carry the revision they were read at, counted up by every change, so that a browser
// getting an answer and a push in either order keeps the newer (issue 6, defect 1).
import { describe, expect, it } from 'vitest';
import { fastDispatch, usePlazaPerTest } from '../../../test/support/test-plaza';
import { waitFor } from '../../../test/support/wait-for';
import {
  acceptOffer,
  getOfficerView,
  type OfficerIdentity,
  setOfficerPreferences,
  setOfficerStatus,
} from './officers';
import type { Plaza } from './plaza';
import { markCitizenConnected, markCitizenDisconnected } from './presence';
import { cancelTicket, createTicket, getTicketView } from './tickets';

const officer: OfficerIdentity = { id: 'dkc-a', name: 'A', tenantCodes: ['DKC'] };

describe('view revisions', () => {
  let plaza: Plaza;

  usePlazaPerTest(
    (opened) => {
      ({ plaza } = opened);
    },
    { dispatch: fastDispatch },
  );

  it('counts up the officer revision on every change, settings included', async () => {
    const revisions: number[] = [(await getOfficerView(plaza.context, officer)).revision];
    const note = async () => revisions.push((await getOfficerView(plaza.context, officer)).revision);
    await setOfficerStatus(plaza.context, { officer, status: 'away' });
    await note();
    await setOfficerPreferences(plaza.context, { officer, autoAccept: false });
    await note();
    // Ready with a citizen waiting: the match that follows is a newer view than "ready".
    await createTicket(plaza.context, { tenantCode: 'DKC', serviceId: 'ktp-el', name: 'Ani' });
    await setOfficerStatus(plaza.context, { officer, status: 'ready' });
    const ready = revisions.at(-1) ?? 0;
    await waitFor(() => getOfficerView(plaza.context, officer), {
      until: (view) => view.status === 'offered',
      what: 'the offer',
    });
    await note();
    expect(revisions.at(-1)).toBeGreaterThanOrEqual(ready + 2);
    await acceptOffer(plaza.context, { officer });
    await note();
    for (let i = 1; i < revisions.length; i++) expect(revisions[i]).toBeGreaterThan(revisions[i - 1] ?? 0);
  });

  it('counts up the ticket revision on every change, and tells the officer whether the citizen is there', async () => {
    const created = await createTicket(plaza.context, {
      tenantCode: 'DKC',
      serviceId: 'ktp-el',
      name: 'Budi',
    });
    const id = created.ticket.id;
    const first = created.ticket.revision;
    expect(first).toBeGreaterThan(0);
    await markCitizenConnected(plaza.context, id);
    await setOfficerStatus(plaza.context, { officer, status: 'ready' });
    await waitFor(() => getTicketView(plaza.context, id), {
      until: (view) => view?.status === 'offered',
      what: 'the offer',
    });
    const offered = await getTicketView(plaza.context, id);
    expect(offered?.revision).toBeGreaterThan(first);
    const present = await getOfficerView(plaza.context, officer);
    expect(present.ticket?.citizenConnected).toBe(true);

    // The citizen's page closes while the offer is open: the officer gets a newer view, pushed.
    const pushed: string[] = [];
    const stop = plaza.onEvent((event) => {
      if (event.type === 'officer' && event.id === officer.id) pushed.push(event.status);
    });
    await markCitizenDisconnected(plaza.context, id);
    const away = await getOfficerView(plaza.context, officer);
    expect(away.ticket?.citizenConnected).toBe(false);
    expect(away.revision).toBeGreaterThan(present.revision);
    await markCitizenConnected(plaza.context, id);
    const back = await getOfficerView(plaza.context, officer);
    expect(back.ticket?.citizenConnected).toBe(true);
    expect(back.revision).toBeGreaterThan(away.revision);
    await waitFor(() => pushed, { until: (statuses) => statuses.length >= 2, what: 'two officer pushes' });
    stop();
    expect(pushed).toEqual(['offered', 'offered']);

    await cancelTicket(plaza.context, id);
    expect((await getTicketView(plaza.context, id))?.revision).toBeGreaterThan(offered?.revision ?? 0);
  });
});
