// The ticket flow against a real Redis: line, dispatch, offer, call, end.
import { Worker } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RedisTestContext } from '../../../test/support/redis-test-context';
import { testCatalogue } from '../../../test/support/test-catalogue';
import { fastDispatch, startTestPlaza, usePlazaPerTest } from '../../../test/support/test-plaza';
import { waitFor } from '../../../test/support/wait-for';
import type { ManualClock } from './clock';
import { defaultPlazaSettings } from './context';
import { sweepDeadlines, sweepRequeue } from './deadline-sweeper';
import {
  acceptOffer,
  declineOffer,
  endOfficerCall,
  getOfficerView,
  type OfficerIdentity,
  setOfficerPreferences,
  setOfficerStatus,
} from './officers';
import type { Plaza } from './plaza';
import { markCitizenConnected, markCitizenDisconnected, markCitizenJoined, sweepPresence } from './presence';
import { runScript } from './scripts';
import {
  cancelTicket,
  createTicket,
  endTicket,
  getTicketView,
  readTicketWithKey,
  requeueReturnedTicket,
} from './tickets';
import { transferTicket } from './transfer';

const citizen = (name: string) => ({ tenantCode: 'DKC', serviceId: 'ktp-el', name });
const officerA: OfficerIdentity = { id: 'dkc-a', name: 'A', tenantCodes: ['DKC'] };
const officerB: OfficerIdentity = { id: 'dkc-b', name: 'B', tenantCodes: ['DKC'] };
const officerBoth: OfficerIdentity = { id: 'mpp-c', name: 'C', tenantCodes: ['DKC', 'SAM'] };

describe('ticket flow', () => {
  let redisContext: RedisTestContext;
  let plaza: Plaza;
  // Deadlines follow this clock; tests move it and sweep instead of sleeping.
  let clock: ManualClock;

  usePlazaPerTest(
    (opened) => {
      ({ redisContext, plaza, clock } = opened);
    },
    { dispatch: fastDispatch },
  );

  /** What createTicket's first step leaves when its process dies before adding the job. */
  const createTicketWithoutJob = async (options: { id: string; vulnerableGroup: '' | 'lansia' }) => {
    const { keys } = plaza.context;
    const band = options.vulnerableGroup ? 0 : 2 ** 20;
    await runScript(
      plaza.context.redis,
      'create-ticket',
      [
        keys.ticket(options.id),
        keys.ticketSequence('DKC', 'x'),
        keys.arrivalSequence('x'),
        keys.requeue,
        keys.line('DKC'),
        keys.history,
        keys.intakePause('DKC'),
        keys.dayWaiting('DKC', 'x'),
      ],
      [
        options.id,
        'DKC',
        'ktp-el',
        'Ani',
        options.vulnerableGroup,
        band,
        clock.now(),
        'hash',
        60,
        2 ** 20 - 1,
        keys.channel,
        keys.prefix,
        0,
        0,
        defaultPlazaSettings.graceMs,
        defaultPlazaSettings.noShowMs,
        0,
        60,
      ],
    );
  };

  const statusOf = async (ticketId: string) => (await getTicketView(plaza.context, ticketId))?.status;
  const officerStatus = async (officer: OfficerIdentity) =>
    (await getOfficerView(plaza.context, officer)).status;

  it('numbers tickets per tenant and shows their place in line', async () => {
    const first = await createTicket(plaza.context, citizen('Ani'));
    const second = await createTicket(plaza.context, citizen('Budi'));
    const other = await createTicket(plaza.context, { tenantCode: 'SAM', serviceId: 'pkb', name: 'Citra' });

    expect([first.ticket.number, second.ticket.number, other.ticket.number]).toEqual([
      'DKC-001',
      'DKC-002',
      'SAM-001',
    ]);
    expect(first.ticket).toMatchObject({ status: 'waiting', position: 1, estimatedWaitMinutes: 0 });
    expect(second.ticket).toMatchObject({ status: 'waiting', position: 2, estimatedWaitMinutes: 10 });
    expect(other.ticket.position).toBe(1);
  });

  it('refuses an unknown tenant or service and queues nothing', async () => {
    await expect(createTicket(plaza.context, { ...citizen('Ani'), tenantCode: 'XYZ' })).rejects.toMatchObject(
      {
        code: 'tenant_not_found',
        field: 'tenantCode',
      },
    );
    await expect(createTicket(plaza.context, { ...citizen('Ani'), serviceId: 'pkb' })).rejects.toMatchObject({
      code: 'service_not_found',
      field: 'serviceId',
    });
    expect(await plaza.context.queues.queue('DKC').count()).toBe(0);
  });

  it('checks the access key of a ticket', async () => {
    const { ticket, accessKey } = await createTicket(plaza.context, citizen('Ani'));
    await expect(readTicketWithKey(plaza.context, { ticketId: ticket.id, accessKey })).resolves.toMatchObject(
      {
        id: ticket.id,
      },
    );
    await expect(
      readTicketWithKey(plaza.context, { ticketId: ticket.id, accessKey: `${accessKey}x` }),
    ).rejects.toMatchObject({ code: 'ticket_not_found' });
  });

  it('offers the head of the line to a ready officer, then calls and completes', async () => {
    const first = await createTicket(plaza.context, citizen('Ani'));
    const second = await createTicket(plaza.context, citizen('Budi'));
    await setOfficerStatus(plaza.context, { officer: officerA, status: 'ready' });

    await waitFor(() => statusOf(first.ticket.id), { until: (s) => s === 'offered', what: 'first offered' });
    const offered = await getOfficerView(plaza.context, officerA);
    expect(offered).toMatchObject({ status: 'offered', ticket: { id: first.ticket.id, citizenName: 'Ani' } });
    expect(await getTicketView(plaza.context, second.ticket.id)).toMatchObject({
      status: 'waiting',
      position: 1,
    });

    await acceptOffer(plaza.context, { officer: officerA });
    expect(await statusOf(first.ticket.id)).toBe('in_call');
    expect(await officerStatus(officerA)).toBe('in_call');

    await endOfficerCall(plaza.context, { officer: officerA, ticketId: first.ticket.id });
    expect(await statusOf(first.ticket.id)).toBe('completed');
    expect(await officerStatus(officerA)).toBe('wrap_up');
    // No offer during wrap-up; once it is over, the officer gets the next ticket.
    clock.advance(29_000);
    await sweepDeadlines(plaza.context);
    expect(await officerStatus(officerA)).toBe('wrap_up');
    clock.advance(1_000);
    await sweepDeadlines(plaza.context);
    await waitFor(() => statusOf(second.ticket.id), {
      until: (s) => s === 'offered',
      what: 'second offered',
    });
  });

  it('gives the next ticket to the officer idle longest, across tenants', async () => {
    await setOfficerStatus(plaza.context, { officer: officerBoth, status: 'ready' });
    clock.advance(1000);
    await setOfficerStatus(plaza.context, { officer: officerA, status: 'ready' });
    const { ticket } = await createTicket(plaza.context, citizen('Ani'));

    await waitFor(() => statusOf(ticket.id), { until: (s) => s === 'offered', what: 'offer' });
    expect(await officerStatus(officerBoth)).toBe('offered');
    expect(await officerStatus(officerA)).toBe('ready');
    // Busy with a DKC offer, the two-tenant officer is not offered a SAM ticket meanwhile.
    const samsat = await createTicket(plaza.context, { tenantCode: 'SAM', serviceId: 'pkb', name: 'Citra' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await statusOf(samsat.ticket.id)).toBe('waiting');
  });

  it('lets the citizen cancel while waiting, moving those behind forward', async () => {
    const first = await createTicket(plaza.context, citizen('Ani'));
    const second = await createTicket(plaza.context, citizen('Budi'));

    expect(await cancelTicket(plaza.context, first.ticket.id)).toBe('waiting');
    expect(await getTicketView(plaza.context, first.ticket.id)).toMatchObject({
      status: 'cancelled',
      position: null,
    });
    expect(await getTicketView(plaza.context, second.ticket.id)).toMatchObject({ position: 1 });
    await expect(cancelTicket(plaza.context, first.ticket.id)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('frees the officer, with their idle time kept, when an offered ticket is cancelled', async () => {
    await setOfficerStatus(plaza.context, { officer: officerA, status: 'ready' });
    await setOfficerStatus(plaza.context, { officer: officerB, status: 'ready' });
    const { ticket } = await createTicket(plaza.context, citizen('Ani'));
    await waitFor(() => officerStatus(officerA), { until: (s) => s === 'offered', what: 'offer to A' });

    await cancelTicket(plaza.context, ticket.id);
    expect(await officerStatus(officerA)).toBe('ready');
    // A still waited longer than B, so A gets the next one.
    const next = await createTicket(plaza.context, citizen('Budi'));
    await waitFor(() => statusOf(next.ticket.id), { until: (s) => s === 'offered', what: 'next offer' });
    expect(await officerStatus(officerA)).toBe('offered');
    expect(await officerStatus(officerB)).toBe('ready');
  });

  it('refuses a status change or an end that does not fit the state', async () => {
    await setOfficerStatus(plaza.context, { officer: officerA, status: 'ready' });
    const { ticket } = await createTicket(plaza.context, citizen('Ani'));
    await waitFor(() => officerStatus(officerA), { until: (s) => s === 'offered', what: 'offer' });

    await expect(
      setOfficerStatus(plaza.context, { officer: officerA, status: 'away' }),
    ).rejects.toMatchObject({
      code: 'officer_busy',
    });
    await expect(
      endOfficerCall(plaza.context, { officer: officerB, ticketId: ticket.id }),
    ).rejects.toMatchObject({ code: 'call_not_current' });
    await expect(
      endTicket(plaza.context, {
        ticketId: ticket.id,
        status: 'completed',
        by: 'citizen',
        from: ['in_call'],
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      acceptOffer(plaza.context, { officer: officerB, ticketId: ticket.id }),
    ).rejects.toMatchObject({
      code: 'offer_not_found',
    });
  });

  it('serves tickets in arrival order', async () => {
    const tickets = [];
    for (const name of ['Ani', 'Budi', 'Citra', 'Dewi'])
      tickets.push(await createTicket(plaza.context, citizen(name)));
    await setOfficerStatus(plaza.context, { officer: officerA, status: 'ready' });
    const served: string[] = [];
    for (let i = 0; i < tickets.length; i++) {
      const view = await waitFor(() => getOfficerView(plaza.context, officerA), {
        until: (v) => v.status === 'offered',
        what: `offer ${i}`,
      });
      served.push(view.ticket?.number ?? '?');
      const ticketId = await acceptOffer(plaza.context, { officer: officerA });
      await endOfficerCall(plaza.context, { officer: officerA, ticketId });
      // The officer cuts the wrap-up short.
      await setOfficerStatus(plaza.context, { officer: officerA, status: 'ready' });
    }
    expect(served).toEqual(['DKC-001', 'DKC-002', 'DKC-003', 'DKC-004']);
  });

  it('serves vulnerable groups first, each class in arrival order', async () => {
    await createTicket(plaza.context, citizen('Ani'));
    await createTicket(plaza.context, { ...citizen('Budi'), vulnerableGroup: 'lansia' });
    await createTicket(plaza.context, citizen('Citra'));
    const pregnant = await createTicket(plaza.context, { ...citizen('Dewi'), vulnerableGroup: 'ibu_hamil' });
    expect(pregnant.ticket.position).toBe(2);

    await setOfficerStatus(plaza.context, { officer: officerA, status: 'ready' });
    const served: string[] = [];
    for (let i = 0; i < 4; i++) {
      const view = await waitFor(() => getOfficerView(plaza.context, officerA), {
        until: (v) => v.status === 'offered',
        what: `offer ${i}`,
      });
      served.push(`${view.ticket?.citizenName}:${view.ticket?.vulnerableGroup ?? '-'}`);
      const ticketId = await acceptOffer(plaza.context, { officer: officerA });
      await endOfficerCall(plaza.context, { officer: officerA, ticketId });
      await setOfficerStatus(plaza.context, { officer: officerA, status: 'ready' });
    }
    expect(served).toEqual(['Budi:lansia', 'Dewi:ibu_hamil', 'Ani:-', 'Citra:-']);
  });

  it('puts a timed-out offer back in its old place and sends the officer away', async () => {
    const tickets = [];
    for (const name of ['Ani', 'Budi', 'Citra'])
      tickets.push(await createTicket(plaza.context, citizen(name)));
    const [first, second, third] = tickets.map((created) => created.ticket.id) as [string, string, string];
    await setOfficerStatus(plaza.context, { officer: officerA, status: 'ready' });
    await waitFor(() => statusOf(first), { until: (s) => s === 'offered', what: 'offer' });

    clock.advance(19_999);
    await sweepDeadlines(plaza.context);
    expect(await statusOf(first)).toBe('offered');
    clock.advance(1);
    await sweepDeadlines(plaza.context);

    expect(await officerStatus(officerA)).toBe('away');
    const positions = await Promise.all([first, second, third].map((id) => getTicketView(plaza.context, id)));
    expect(positions.map((view) => [view?.status, view?.position])).toEqual([
      ['waiting', 1],
      ['waiting', 2],
      ['waiting', 3],
    ]);
    await setOfficerStatus(plaza.context, { officer: officerB, status: 'ready' });
    await waitFor(() => statusOf(first), { until: (s) => s === 'offered', what: 'offer to B' });
    expect((await getOfficerView(plaza.context, officerB)).ticket?.id).toBe(first);
  });

  it('leaves an offer made again with a later deadline alone, and sweeps the rest of the batch', async () => {
    const first = (await createTicket(plaza.context, citizen('Ani'))).ticket.id;
    await setOfficerStatus(plaza.context, { officer: officerA, status: 'ready' });
    await waitFor(() => statusOf(first), { until: (s) => s === 'offered', what: 'offer' });
    // What a sweeper reads just before the offer is returned and made again: an entry that is
    // due, for an offer whose own deadline is later. Beside it, a wrap-up that is due.
    const { keys } = plaza.context;
    await plaza.context.redis.zAdd(keys.deadlines, { score: clock.now() - 1, value: `offer:${first}` });
    await setOfficerStatus(plaza.context, { officer: officerB, status: 'away' });
    await plaza.context.redis.hSet(keys.officer(officerB.id), 'status', 'wrap_up');
    await plaza.context.redis.zAdd(keys.deadlines, {
      score: clock.now() - 1,
      value: `wrap-up:${officerB.id}`,
    });

    await expect(sweepDeadlines(plaza.context)).resolves.toBe(2);
    expect(await statusOf(first)).toBe('offered');
    expect(await officerStatus(officerA)).toBe('offered');
    expect(await officerStatus(officerB)).toBe('ready');
  });
  it('puts a declined ticket back ahead of those who came later', async () => {
    await setOfficerStatus(plaza.context, { officer: officerA, status: 'ready' });
    const first = await createTicket(plaza.context, citizen('Ani'));
    await waitFor(() => officerStatus(officerA), { until: (s) => s === 'offered', what: 'offer' });
    const second = await createTicket(plaza.context, citizen('Budi'));

    clock.advance(1000);
    await declineOffer(plaza.context, { officer: officerA });
    // The only ready officer is offered the declined ticket again, not the one behind it.
    await waitFor(() => officerStatus(officerA), { until: (s) => s === 'offered', what: 're-offer' });
    expect((await getOfficerView(plaza.context, officerA)).ticket?.id).toBe(first.ticket.id);
    expect(await getTicketView(plaza.context, second.ticket.id)).toMatchObject({
      status: 'waiting',
      position: 1,
    });
  });

  it('offers a declined ticket to the officer now idle longest', async () => {
    await setOfficerStatus(plaza.context, { officer: officerA, status: 'ready' });
    clock.advance(1000);
    await setOfficerStatus(plaza.context, { officer: officerB, status: 'ready' });
    const { ticket } = await createTicket(plaza.context, citizen('Ani'));
    await waitFor(() => officerStatus(officerA), { until: (s) => s === 'offered', what: 'offer to A' });

    clock.advance(1000);
    await declineOffer(plaza.context, { officer: officerA });
    await waitFor(() => officerStatus(officerB), { until: (s) => s === 'offered', what: 'offer to B' });
    expect((await getOfficerView(plaza.context, officerB)).ticket?.id).toBe(ticket.id);
    expect(await officerStatus(officerA)).toBe('ready');
  });

  it('offers again a ticket declined the moment it was offered', async () => {
    // The decline races the dispatcher finishing the job of the offer it just made.
    const declined = new Set<string>();
    plaza.onEvent((event) => {
      if (event.type === 'officer' && event.id === officerA.id && event.status === 'offered') {
        // A moment later, so A is then idle for less time than B.
        clock.advance(1);
        void declineOffer(plaza.context, { officer: officerA }).then((id) => declined.add(id));
      }
    });
    await setOfficerStatus(plaza.context, { officer: officerA, status: 'ready' });
    for (let round = 0; round < 20; round++) {
      // A is idle longest, so is offered first; after the decline B is.
      clock.advance(1000);
      await setOfficerStatus(plaza.context, { officer: officerB, status: 'ready' });
      const { ticket } = await createTicket(plaza.context, citizen(`Warga ${round}`));
      await waitFor(() => declined.has(ticket.id), { until: Boolean, what: `decline ${round}` });
      await waitFor(() => getOfficerView(plaza.context, officerB), {
        until: (view) => view.ticket?.id === ticket.id,
        what: `offer ${round} to B`,
      });
      await acceptOffer(plaza.context, { officer: officerB });
      await endOfficerCall(plaza.context, { officer: officerB, ticketId: ticket.id });
      await setOfficerStatus(plaza.context, { officer: officerB, status: 'away' });
    }
  });

  it('queues a returned ticket whose old job a dispatcher still holds, once it lets go', async () => {
    // No officer is ready, so the plaza's own dispatcher fetches nothing: this worker plays the
    // dispatcher that made the offer and has not completed its job yet.
    const { ticket } = await createTicket(plaza.context, citizen('Ani'));
    const { context } = plaza;
    const holder = new Worker('DKC', null, {
      connection: context.queues.connection,
      prefix: context.keys.queuePrefix,
      autorun: false,
    });
    try {
      const job = await holder.getNextJob('holder-token');
      expect(job?.id).toBe(ticket.id);
      const returned = requeueReturnedTicket(context, {
        tenantCode: 'DKC',
        ticketId: ticket.id,
        priority: 1,
      });
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(await context.queues.queue('DKC').getJobState(ticket.id)).toBe('active');
      await job?.moveToCompleted('offered', 'holder-token', false);
      await returned;
      expect(await context.queues.queue('DKC').getJobState(ticket.id)).toBe('prioritized');
      expect(await context.redis.zScore(context.keys.requeue, ticket.id)).toBeNull();
    } finally {
      await holder.close();
    }
  });

  it('puts an auto-accepting officer straight into the call', async () => {
    await setOfficerPreferences(plaza.context, { officer: officerA, autoAccept: true });
    await setOfficerStatus(plaza.context, { officer: officerA, status: 'ready' });
    const { ticket } = await createTicket(plaza.context, citizen('Ani'));
    await waitFor(() => statusOf(ticket.id), { until: (s) => s === 'in_call', what: 'call' });
    expect(await officerStatus(officerA)).toBe('in_call');
  });

  it('queues a ticket whose process died before adding its job', async () => {
    const id = 'orphan-ticket';
    await createTicketWithoutJob({ id, vulnerableGroup: '' });
    const queue = plaza.context.queues.queue('DKC');
    expect(await getTicketView(plaza.context, id)).toMatchObject({ status: 'waiting', position: 1 });
    expect(await sweepRequeue(plaza.context)).toBe(0);
    expect(await queue.count()).toBe(0);

    clock.advance(3000);
    expect(await sweepRequeue(plaza.context)).toBe(1);
    expect(await queue.getJobState(id)).toBe('prioritized');
    expect(await sweepRequeue(plaza.context)).toBe(0);
  });

  it('never serves a ticket ahead of a better one whose job is not queued yet', async () => {
    const id = 'head-without-job';
    await createTicketWithoutJob({ id, vulnerableGroup: 'lansia' });
    const behind = await createTicket(plaza.context, citizen('Budi'));
    await setOfficerStatus(plaza.context, { officer: officerA, status: 'ready' });

    await waitFor(() => officerStatus(officerA), { until: (s) => s === 'offered', what: 'offer' });
    expect((await getOfficerView(plaza.context, officerA)).ticket?.id).toBe(id);
    expect(await getTicketView(plaza.context, behind.ticket.id)).toMatchObject({
      status: 'waiting',
      position: 1,
    });
  });

  it("keeps a dropped citizen's place through the grace period, then abandons the ticket", async () => {
    const first = await createTicket(plaza.context, citizen('Ani'));
    const second = await createTicket(plaza.context, citizen('Budi'));
    await markCitizenConnected(plaza.context, first.ticket.id);
    await markCitizenDisconnected(plaza.context, first.ticket.id);

    clock.advance(119_000);
    await sweepDeadlines(plaza.context);
    // Back within the grace period: the place is kept.
    await markCitizenConnected(plaza.context, first.ticket.id);
    clock.advance(10_000);
    await sweepDeadlines(plaza.context);
    expect(await getTicketView(plaza.context, first.ticket.id)).toMatchObject({
      status: 'waiting',
      position: 1,
    });

    await markCitizenDisconnected(plaza.context, first.ticket.id);
    clock.advance(120_000);
    await sweepDeadlines(plaza.context);
    expect(await statusOf(first.ticket.id)).toBe('abandoned');
    expect(await getTicketView(plaza.context, second.ticket.id)).toMatchObject({ position: 1 });
  });

  it('keeps the place while another page of the citizen is still open', async () => {
    const { ticket } = await createTicket(plaza.context, citizen('Ani'));
    await markCitizenConnected(plaza.context, ticket.id);
    await markCitizenConnected(plaza.context, ticket.id);
    await markCitizenDisconnected(plaza.context, ticket.id);
    clock.advance(300_000);
    await sweepDeadlines(plaza.context);
    expect(await statusOf(ticket.id)).toBe('waiting');
  });

  it('frees the officer when the citizen does not join the call in time', async () => {
    await setOfficerStatus(plaza.context, { officer: officerA, status: 'ready' });
    const absent = await createTicket(plaza.context, citizen('Ani'));
    await waitFor(() => statusOf(absent.ticket.id), { until: (s) => s === 'offered', what: 'offer' });
    await acceptOffer(plaza.context, { officer: officerA });

    clock.advance(60_000);
    await sweepDeadlines(plaza.context);
    expect(await statusOf(absent.ticket.id)).toBe('no_show');
    // No wrap-up after a citizen who never came.
    expect(await officerStatus(officerA)).toBe('ready');

    const present = await createTicket(plaza.context, citizen('Budi'));
    await waitFor(() => statusOf(present.ticket.id), { until: (s) => s === 'offered', what: 'offer' });
    await acceptOffer(plaza.context, { officer: officerA });
    await markCitizenJoined(plaza.context, present.ticket.id);
    clock.advance(120_000);
    await sweepDeadlines(plaza.context);
    expect(await statusOf(present.ticket.id)).toBe('in_call');
  });

  describe("when the process holding a citizen's page dies", () => {
    // A second API process on the same plaza; it beats only when a test sweeps it.
    let other: Plaza;
    beforeEach(async () => {
      other = await startTestPlaza(redisContext, { catalogue: testCatalogue, clock });
    });
    afterEach(async () => {
      await other.close();
    });

    const connectionsOf = async (ticketId: string) =>
      Number(await plaza.context.redis.hGet(plaza.context.keys.ticket(ticketId), 'connections'));
    const timeout = defaultPlazaSettings.processTimeoutMs;

    it('takes its connections off after the timeout, so the grace period starts', async () => {
      const { ticket } = await createTicket(plaza.context, citizen('Ani'));
      await markCitizenConnected(other.context, ticket.id);
      expect(await connectionsOf(ticket.id)).toBe(1);

      // The other process is killed: it never beats again.
      clock.advance(timeout);
      expect(await sweepPresence(plaza.context)).toBe(0);
      clock.advance(1);
      expect(await sweepPresence(plaza.context)).toBe(1);
      expect(await connectionsOf(ticket.id)).toBe(0);

      clock.advance(defaultPlazaSettings.graceMs - 1);
      await sweepDeadlines(plaza.context);
      expect(await statusOf(ticket.id)).toBe('waiting');
      clock.advance(1);
      await sweepDeadlines(plaza.context);
      expect(await statusOf(ticket.id)).toBe('abandoned');
    });

    it('counts the connections of a process reaped while frozen again when it beats', async () => {
      const { ticket } = await createTicket(plaza.context, citizen('Ani'));
      await markCitizenConnected(other.context, ticket.id);
      clock.advance(timeout + 1);
      expect(await sweepPresence(plaza.context)).toBe(1);

      expect(await sweepPresence(other.context)).toBe(0);
      expect(await connectionsOf(ticket.id)).toBe(1);
      clock.advance(defaultPlazaSettings.graceMs * 2);
      await sweepDeadlines(plaza.context);
      expect(await statusOf(ticket.id)).toBe('waiting');

      // The page then drops as usual: the grace period starts from there.
      await markCitizenDisconnected(other.context, ticket.id);
      clock.advance(defaultPlazaSettings.graceMs);
      await sweepDeadlines(plaza.context);
      expect(await statusOf(ticket.id)).toBe('abandoned');
    });

    it('rejoins on the next connection of a reaped process, counting every page it holds', async () => {
      const first = await createTicket(plaza.context, citizen('Ani'));
      const second = await createTicket(plaza.context, citizen('Budi'));
      await markCitizenConnected(other.context, first.ticket.id);
      clock.advance(timeout + 1);
      await sweepPresence(plaza.context);

      await markCitizenConnected(other.context, second.ticket.id);
      expect([await connectionsOf(first.ticket.id), await connectionsOf(second.ticket.id)]).toEqual([1, 1]);
      clock.advance(defaultPlazaSettings.graceMs * 2);
      await sweepDeadlines(plaza.context);
      expect([await statusOf(first.ticket.id), await statusOf(second.ticket.id)]).toEqual([
        'waiting',
        'waiting',
      ]);
    });

    it("keeps counting the citizen's page on a live process when the dead one's drop comes late", async () => {
      const { ticket } = await createTicket(plaza.context, citizen('Ani'));
      await markCitizenConnected(other.context, ticket.id);
      await markCitizenConnected(plaza.context, ticket.id);
      clock.advance(timeout + 1);
      expect(await sweepPresence(plaza.context)).toBe(1);
      expect(await connectionsOf(ticket.id)).toBe(1);

      // A drop the frozen process reports after it was reaped takes nothing more off.
      await markCitizenDisconnected(other.context, ticket.id);
      expect(await connectionsOf(ticket.id)).toBe(1);
      clock.advance(defaultPlazaSettings.graceMs * 2);
      await sweepDeadlines(plaza.context);
      expect(await statusOf(ticket.id)).toBe('waiting');
    });
  });

  it('transfers a citizen to another tenant in the place their arrival gives them', async () => {
    const moved = await createTicket(plaza.context, citizen('Ani'));
    const samsatFirst = await createTicket(plaza.context, {
      tenantCode: 'SAM',
      serviceId: 'pkb',
      name: 'Budi',
    });
    await setOfficerStatus(plaza.context, { officer: officerA, status: 'ready' });
    await waitFor(() => statusOf(moved.ticket.id), { until: (s) => s === 'offered', what: 'offer' });
    await acceptOffer(plaza.context, { officer: officerA });

    await expect(
      transferTicket(plaza.context, { officer: officerA, ticketId: moved.ticket.id, tenantCode: 'DKC' }),
    ).rejects.toMatchObject({ field: 'tenantCode' });
    await expect(
      transferTicket(plaza.context, {
        officer: officerA,
        ticketId: moved.ticket.id,
        tenantCode: 'SAM',
        serviceId: 'nope',
      }),
    ).rejects.toMatchObject({ code: 'service_not_found' });
    const { newTicketId } = await transferTicket(plaza.context, {
      officer: officerA,
      ticketId: moved.ticket.id,
      tenantCode: 'SAM',
    });

    expect(await getTicketView(plaza.context, moved.ticket.id)).toMatchObject({
      status: 'transferred',
      transferredTo: newTicketId,
    });
    expect(await officerStatus(officerA)).toBe('wrap_up');
    // Same link key; earlier arrival than the Samsat ticket, so ahead of it.
    const followed = await readTicketWithKey(plaza.context, {
      ticketId: newTicketId,
      accessKey: moved.accessKey,
    });
    expect(followed).toMatchObject({
      tenant: 'SAM',
      service: 'pkb',
      name: 'Ani',
      createdAt: moved.ticket.createdAt,
    });
    expect(await getTicketView(plaza.context, newTicketId)).toMatchObject({ number: 'SAM-002', position: 1 });
    expect(await getTicketView(plaza.context, samsatFirst.ticket.id)).toMatchObject({ position: 2 });
    await expect(
      transferTicket(plaza.context, { officer: officerA, ticketId: moved.ticket.id, tenantCode: 'SAM' }),
    ).rejects.toMatchObject({
      code: 'call_not_current',
    });
  });

  it('records every transition in the ticket and officer histories', async () => {
    await setOfficerStatus(plaza.context, { officer: officerA, status: 'ready' });
    const { ticket } = await createTicket(plaza.context, citizen('Ani'));
    await waitFor(() => statusOf(ticket.id), { until: (s) => s === 'offered', what: 'offer' });
    await acceptOffer(plaza.context, { officer: officerA });
    await endOfficerCall(plaza.context, { officer: officerA, ticketId: ticket.id });

    const history = async (key: string) =>
      (await plaza.context.redis.xRange(key, '-', '+')).map((entry) => entry.message.status);
    expect(await history(plaza.context.keys.ticketHistory(ticket.id))).toEqual([
      'waiting',
      'offered',
      'in_call',
      'completed',
    ]);
    expect(await history(plaza.context.keys.officerHistory(officerA.id))).toEqual([
      'ready',
      'offered',
      'in_call',
      'wrap_up',
    ]);
  });
});
