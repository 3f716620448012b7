// The supervisor's board and drill-down against a scripted day: known tickets at known times
// (the injected clock), every figure asserted exactly; and who may see which tenant.
import type {
  AccountSession,
  Board,
  ErrorBody,
  StreamTicket,
  SupervisorStreamEvent,
  TenantDetail,
} from '@vp/contract';
import {
  acceptOffer,
  answerPriorityClaim,
  cancelTicket,
  createTicket,
  endOfficerCall,
  getOfficerView,
  ManualClock,
  markCitizenConnected,
  markCitizenDisconnected,
  markCitizenJoined,
  type OfficerIdentity,
  readTicket,
  setOfficerStatus,
  transferTicket,
} from '@vp/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiTestServer,
  demoPassword,
  signInOfficer,
  startApiTestServer,
} from '../../../../test/support/api-test-server';
import { openEventStreamReader } from '../../../../test/support/event-stream-reader';
import { waitFor } from '../../../../test/support/wait-for';

/** 09:00 WITA (UTC+8) on 23 November 2026: DKC's and SAM's local day is 2026-11-23. */
const dayStart = Date.parse('2026-11-23T09:00:00+08:00');
const officerA: OfficerIdentity = { id: 'dkc-1', name: 'A', tenantCodes: ['DKC'] };
const officerB: OfficerIdentity = { id: 'dkc-2', name: 'B', tenantCodes: ['DKC'] };

describe('the supervisor board over a scripted day', () => {
  let api: ApiTestServer;
  const clock = new ManualClock(dayStart);
  const seconds = (count: number) => clock.advance(count * 1000);
  const ids: Record<string, string> = {};
  let transferredId = '';
  let graceSeconds = 0;
  let noShowSeconds = 0;

  const take = async (name: string, vulnerableGroup?: 'lansia') => {
    const { ticket } = await createTicket(api.plaza.context, {
      tenantCode: 'DKC',
      serviceId: 'ktp-el',
      name,
      ...(vulnerableGroup ? { vulnerableGroup } : {}),
    });
    ids[name] = ticket.id;
    return ticket.id;
  };
  /** Waits until the dispatcher offered `ticketId` to the officer, then accepts it. */
  const acceptWhenOffered = async (officer: OfficerIdentity, ticketId: string) => {
    await waitFor(() => getOfficerView(api.plaza.context, officer), {
      until: (view) => view.status === 'offered' && view.ticket?.id === ticketId,
      what: `an offer of ${ticketId} to ${officer.id}`,
    });
    await acceptOffer(api.plaza.context, { officer, ticketId });
  };
  const statusOf = async (ticketId: string) => (await readTicket(api.plaza.context, ticketId))?.status;
  const waitForStatus = (ticketId: string, status: string) =>
    waitFor(() => statusOf(ticketId), { until: (found) => found === status, what: `${ticketId} ${status}` });
  const waitForOfficer = (officer: OfficerIdentity, status: string) =>
    waitFor(() => getOfficerView(api.plaza.context, officer), {
      until: (view) => view.status === status,
      what: `${officer.id} ${status}`,
    });

  const signIn = async (username: string): Promise<string> => {
    const response = await fetch(`${api.url}/api/session/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: demoPassword }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as AccountSession).sessionId;
  };
  const get = (path: string, token: string) =>
    fetch(`${api.url}/api${path}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    api = await startApiTestServer({ clock });
    graceSeconds = api.config.plaza.graceMs / 1000;
    noShowSeconds = api.config.plaza.noShowMs / 1000;
    const { context } = api.plaza;

    // 09:00 Ani takes a ticket; A starts two minutes later: offered after 120 s, a call of 300 s.
    const ani = await take('Ani');
    seconds(120);
    await setOfficerStatus(context, { officer: officerA, status: 'ready' });
    await acceptWhenOffered(officerA, ani);
    await markCitizenJoined(context, ani);
    seconds(300);
    await endOfficerCall(context, { officer: officerA, ticketId: ani });

    // Budi (regular) and Citra (priority) take tickets while A wraps up; A is back after 700 s
    // and gets Citra first (her class); her claim is rejected; A transfers her to SAM after 60 s.
    const budi = await take('Budi');
    const citra = await take('Citra', 'lansia');
    seconds(700);
    await acceptWhenOffered(officerA, citra);
    await markCitizenJoined(context, citra);
    await answerPriorityClaim(context, { officer: officerA, ticketId: citra, confirmed: false });
    seconds(60);
    transferredId = (await transferTicket(context, { officer: officerA, ticketId: citra, tenantCode: 'SAM' }))
      .newTicketId;

    // After the 30 s wrap-up A gets Budi (waited 790 s), who never joins: a no-show.
    seconds(30);
    await acceptWhenOffered(officerA, budi);
    seconds(noShowSeconds);
    await waitForStatus(budi, 'no_show');
    await waitForOfficer(officerA, 'ready');
    await setOfficerStatus(context, { officer: officerA, status: 'away' });
    // A quiet ten minutes in DKC; Citra still waits in SAM.
    seconds(600);

    // Dewi cancels while waiting; Eka's page drops and does not come back within the grace.
    await cancelTicket(context, await take('Dewi'));
    const eka = await take('Eka');
    await markCitizenConnected(context, eka);
    await markCitizenDisconnected(context, eka);
    seconds(graceSeconds);
    await waitForStatus(eka, 'abandoned');

    // Fajar is served by B after 200 s and is still in the call; Gita and Hadi wait (150 s, 100 s).
    const fajar = await take('Fajar');
    seconds(200);
    await setOfficerStatus(context, { officer: officerB, status: 'ready' });
    await acceptWhenOffered(officerB, fajar);
    await markCitizenJoined(context, fajar);
    await take('Gita');
    seconds(50);
    await take('Hadi', 'lansia');
    seconds(100);
  });

  afterAll(async () => {
    await api?.close();
  });

  it("gives a supervisor its tenants' tiles with every figure of the day", async () => {
    const response = await get('/supervisor/board', await signIn('spv1'));
    expect(response.status).toBe(200);
    const board = (await response.json()) as Board;
    expect(board.at).toBe(clock.now());
    expect(board.tenants.map((tenant) => tenant.tenantCode)).toEqual(['DKC', 'SAM']);
    const [dkc, sam] = board.tenants;
    expect(dkc).toEqual({
      tenantCode: 'DKC',
      waiting: { priority: 1, regular: 1 },
      longestWaitSeconds: 150,
      // 2 waiting × 11.25 min (the mean of DKC's services) over the 1 officer on duty (B).
      estimatedWaitMinutes: 23,
      officers: { ready: 0, offered: 0, in_call: 1, wrap_up: 0, away: 1, offline: 1 },
      callsInProgress: 1,
      intake: { paused: false, resumesAt: null },
      today: {
        date: '2026-11-23',
        served: 1,
        cancelled: 1,
        abandoned: 1,
        noShow: 1,
        transferred: 1,
        // First offers after 120, 700, 790 and 200 s.
        averageWaitSeconds: 452.5,
        p90WaitSeconds: 790,
        // Ani's call of 300 s and Citra's of 60 s until the transfer; Budi's no-show is no call.
        averageHandleSeconds: 180,
        // 2 of 4 offered within DKC's 600 s target (the default), below its 80% share.
        serviceLevel: 0.5,
        // Eka abandoned and Dewi cancelled while waiting, of the 5 tickets ended.
        abandonmentRate: 0.4,
        priorityClaimsRejected: 1,
      },
      warnings: ['service_level'],
    });
    // Citra's new ticket keeps her class and her arrival: SAM's line, waiting since 09:07.
    const citraWaited = (clock.now() - (dayStart + 420_000)) / 1000;
    expect(citraWaited).toBeGreaterThan(1800);
    expect(sam).toMatchObject({
      tenantCode: 'SAM',
      waiting: { priority: 1, regular: 0 },
      longestWaitSeconds: citraWaited,
      officers: { ready: 0, offered: 0, in_call: 0, wrap_up: 0, away: 0, offline: 3 },
      callsInProgress: 0,
      today: {
        date: '2026-11-23',
        served: 0,
        transferred: 0,
        averageWaitSeconds: null,
        p90WaitSeconds: null,
        averageHandleSeconds: null,
        serviceLevel: null,
        abandonmentRate: null,
        priorityClaimsRejected: 0,
      },
      // Past the default longest-wait threshold of 30 minutes.
      warnings: ['longest_wait'],
    });
  });

  it('gives an admin every tenant of the plaza', async () => {
    const response = await get('/supervisor/board', await signIn('admin1'));
    expect(response.status).toBe(200);
    const board = (await response.json()) as Board;
    expect(board.tenants.map((tenant) => tenant.tenantCode)).toEqual(
      api.plaza.context.catalogue.tenants.map((tenant) => tenant.code),
    );
    expect(board.tenants.find((tenant) => tenant.tenantCode === 'DKC')?.today.served).toBe(1);
  });

  it("drills into a tenant: its line in order without names, officers' time in status, its calls", async () => {
    const response = await get('/supervisor/tenants/DKC', await signIn('spv1'));
    expect(response.status).toBe(200);
    const detail = (await response.json()) as TenantDetail;
    expect(detail.line).toEqual([
      {
        ticketId: ids.Hadi,
        number: 'DKC-008',
        serviceId: 'ktp-el',
        vulnerableGroup: 'lansia',
        status: 'waiting',
        waitingSeconds: 100,
        citizenName: null,
      },
      {
        ticketId: ids.Gita,
        number: 'DKC-007',
        serviceId: 'ktp-el',
        vulnerableGroup: null,
        status: 'waiting',
        waitingSeconds: 150,
        citizenName: null,
      },
    ]);
    expect(detail.officers).toEqual([
      {
        officerId: 'dkc-1',
        name: expect.any(String),
        status: 'away',
        secondsInStatus: 600 + graceSeconds + 200 + 150,
        ticketId: null,
      },
      {
        officerId: 'dkc-2',
        name: expect.any(String),
        status: 'in_call',
        secondsInStatus: 150,
        ticketId: ids.Fajar,
      },
      {
        officerId: 'mpp-1',
        name: expect.any(String),
        status: 'offline',
        secondsInStatus: null,
        ticketId: null,
      },
    ]);
    expect(detail.calls).toEqual([
      { ticketId: ids.Fajar, number: 'DKC-006', officerId: 'dkc-2', seconds: 150 },
    ]);
  });

  it("gives the day's series with the drill-down: waiting per minute, offers and served per hour, in WITA", async () => {
    /** Minute of the WITA day (UTC+8) of a moment. */
    const minuteOf = (at: number) => Math.floor((at - Date.parse('2026-11-23T00:00:00+08:00')) / 60_000);
    const token = await signIn('spv1');
    const dkc = ((await (await get('/supervisor/tenants/DKC', token)).json()) as TenantDetail).series;
    expect(dkc).toEqual({
      date: '2026-11-23',
      nowMinute: 579, // 09:39:00
      // Every offer and the one call served fell in the 09:00 hour: 2 of 4 first offers in target.
      hours: [{ hour: 9, offered: 4, offeredWithinTarget: 2, served: 1 }],
      // The count after the last change of each minute that saw one.
      waiting: [
        { minute: 540, waiting: 1 }, // 09:00 Ani
        { minute: 542, waiting: 0 }, // 09:02 Ani offered
        { minute: 547, waiting: 2 }, // 09:07 Budi, then Citra
        { minute: 558, waiting: 1 }, // 09:18:40 Citra offered
        { minute: 560, waiting: 0 }, // 09:20:10 Budi offered
        { minute: 571, waiting: 1 }, // 09:31:10 Dewi in and out, then Eka
        { minute: 573, waiting: 1 }, // 09:33:10 Eka abandoned, then Fajar
        { minute: 576, waiting: 1 }, // 09:36:30 Fajar offered, then Gita
        { minute: 577, waiting: 2 }, // 09:37:20 Hadi
      ],
    });
    // Those last times follow from the plaza's default no-show (60 s) and grace (120 s).
    expect([noShowSeconds, graceSeconds]).toEqual([60, 120]);
    // Citra's transfer at 09:19:40 is SAM's only change: one waiting since.
    const sam = ((await (await get('/supervisor/tenants/SAM', token)).json()) as TenantDetail).series;
    expect(sam).toEqual({
      date: '2026-11-23',
      nowMinute: minuteOf(clock.now()),
      hours: [],
      waiting: [{ minute: 559, waiting: 1 }],
    });
  });

  it("shows an admin the citizens' names in the line", async () => {
    const detail = (await (
      await get('/supervisor/tenants/DKC', await signIn('admin1'))
    ).json()) as TenantDetail;
    expect(detail.line.map((entry) => entry.citizenName)).toEqual(['Hadi', 'Gita']);
    expect(transferredId).not.toBe('');
    const sam = (await (await get('/supervisor/tenants/SAM', await signIn('admin1'))).json()) as TenantDetail;
    expect(sam.line.map((entry) => [entry.ticketId, entry.citizenName])).toEqual([[transferredId, 'Citra']]);
  });

  it("refuses a supervisor another tenant's drill-down, and an officer the board, with 403", async () => {
    const outside = await get('/supervisor/tenants/BPJS', await signIn('spv1'));
    expect(outside.status).toBe(403);
    expect(((await outside.json()) as ErrorBody).error.code).toBe('forbidden');
    const officer = await signInOfficer(api, 'dkc1');
    for (const path of ['/supervisor/board', '/supervisor/tenants/DKC']) {
      const response = await get(path, officer.sessionId);
      expect(response.status, path).toBe(403);
    }
  });

  // Last: it takes one more ticket.
  it('pushes a fresh board on its event stream within a second of a change', async () => {
    const token = await signIn('spv1');
    const ticketResponse = await fetch(`${api.url}/api/supervisor/events/ticket`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(ticketResponse.status).toBe(200);
    const { streamTicket } = (await ticketResponse.json()) as StreamTicket;
    const stream = await openEventStreamReader<SupervisorStreamEvent>(
      `${api.url}/api/supervisor/events?ticket=${encodeURIComponent(streamTicket)}`,
    );
    try {
      const regularOf = (event: SupervisorStreamEvent) =>
        event.board.tenants.find((tenant) => tenant.tenantCode === 'DKC')?.waiting.regular;
      const first = await stream.next(() => true, 2000);
      expect(first.type).toBe('board');
      expect(first.board.tenants.map((tenant) => tenant.tenantCode)).toEqual(['DKC', 'SAM']);
      expect(regularOf(first)).toBe(1);
      await take('Indah');
      const pushed = await stream.next((event) => regularOf(event) === 2, 1000);
      expect(pushed.board.tenants[0]?.longestWaitSeconds).toBe(150);
    } finally {
      stream.close();
    }
  });

  it('answers an unknown tenant with 404 and a malformed code with 400, naming the field', async () => {
    const admin = await signIn('admin1');
    const unknown = await get('/supervisor/tenants/ZZZ', admin);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorBody).error).toMatchObject({
      code: 'tenant_not_found',
      field: 'tenantCode',
    });
    const malformed = await get('/supervisor/tenants/dkc', admin);
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorBody).error.field).toBe('tenantCode');
  });
});
