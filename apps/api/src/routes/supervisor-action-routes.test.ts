// The supervisor's actions over HTTP against a real Redis, on the manual clock: pause and resume
// of intake, the monitor token, an officer set away, a stuck call ended, the day's CSV streamed;
// each in the supervisor's scope only, each in the audit log the admin reads, and a refused
// action leaving no entry.
import { randomUUID } from 'node:crypto';
import type { AuditEntry, CallJoin, ErrorBody, IntakeState, TicketView } from '@vp/contract';
import { createTicket, getOfficerView, ManualClock, type OfficerIdentity, readTicket } from '@vp/engine';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiTestServer,
  demoPassword,
  startApiTestServer,
} from '../../../../test/support/api-test-server';
import { startCallWith } from '../../../../test/support/call-in-progress';
import { lifetimeOf, monitorGrantOf, verifyCallToken } from '../../../../test/support/call-token-claims';
import { testStartsAt } from '../../../../test/support/test-plaza';

const dkcOfficer: OfficerIdentity = { id: 'dkc-1', name: 'Petugas DKC', tenantCodes: ['DKC'] };
const bpjsOfficer: OfficerIdentity = { id: 'bpjs-1', name: 'Petugas BPJS', tenantCodes: ['BPJS'] };

describe('supervisor actions', () => {
  let api: ApiTestServer;
  const clock = new ManualClock(testStartsAt);
  let supervisor: string;
  let admin: string;
  let dkcCall: string;
  let bpjsCall: string;

  const signIn = async (username: string) => {
    const response = await fetch(`${api.url}/api/session/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: demoPassword }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { sessionId: string }).sessionId;
  };
  const call = (session: string, method: string, path: string, body?: unknown) =>
    fetch(`${api.url}/api${path}`, {
      method,
      headers: {
        authorization: `Bearer ${session}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const takeTicket = (tenantCode: string, serviceId: string) =>
    fetch(`${api.url}/api/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantCode, serviceId, name: 'Ani' }),
    });
  const audit = async () => {
    const response = await call(admin, 'GET', '/admin/audit?limit=500');
    expect(response.status).toBe(200);
    return (await response.json()) as AuditEntry[];
  };
  /** Brings a new ticket of the officer's tenant into a call with the officer. */
  const startCall = (officer: OfficerIdentity, serviceId: string) =>
    startCallWith(api.plaza.context, {
      officer,
      ticket: { tenantCode: officer.tenantCodes[0] ?? '', serviceId, name: 'Ani' },
    });
  /** The refused request's error, and that the audit log did not grow. */
  const expectRefused = async (request: Promise<Response>, status: number, code: string) => {
    const before = (await audit()).length;
    const response = await request;
    expect(response.status).toBe(status);
    expect(((await response.json()) as ErrorBody).error.code).toBe(code);
    expect((await audit()).length).toBe(before);
  };

  beforeAll(async () => {
    api = await startApiTestServer({ clock });
    supervisor = await signIn('spv1');
    admin = await signIn('admin1');
    dkcCall = await startCall(dkcOfficer, 'ktp-el');
    bpjsCall = await startCall(bpjsOfficer, 'pendaftaran-peserta');
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('pausing intake', () => {
    it('refuses new tickets of the tenant with the time it resumes, keeps the waiting ones, and resumes', async () => {
      const waiting = (await (await takeTicket('DKC', 'kartu-keluarga')).json()) as { ticket: TicketView };
      const resumesAt = clock.now() + 30 * 60_000;
      const paused = await call(supervisor, 'POST', '/supervisor/tenants/DKC/intake/pause', {
        resumesAt,
        reason: 'Gangguan jaringan',
      });
      expect(paused.status).toBe(200);
      expect((await paused.json()) as IntakeState).toEqual({ tenantCode: 'DKC', paused: true, resumesAt });

      const refused = await takeTicket('DKC', 'ktp-el');
      expect(refused.status).toBe(409);
      const { error } = (await refused.json()) as ErrorBody;
      expect(error).toMatchObject({ code: 'intake_paused', field: 'tenantCode', details: { resumesAt } });
      expect(error.message).toContain(new Date(resumesAt).toISOString());
      // Another tenant takes tickets; the waiting ticket is still waiting, in its place.
      expect((await takeTicket('SAM', 'pajak-tahunan')).status).toBe(201);
      expect(await readTicket(api.plaza.context, waiting.ticket.id)).toMatchObject({ status: 'waiting' });

      const resumed = await call(supervisor, 'POST', '/supervisor/tenants/DKC/intake/resume');
      expect((await resumed.json()) as IntakeState).toEqual({
        tenantCode: 'DKC',
        paused: false,
        resumesAt: null,
      });
      expect((await takeTicket('DKC', 'ktp-el')).status).toBe(201);
    });

    it('ends by itself when its resumption time has passed', async () => {
      // Ten seconds: well within the no-show time of the calls this file keeps open.
      const resumesAt = clock.now() + 10_000;
      await call(supervisor, 'POST', '/supervisor/tenants/SAM/intake/pause', { resumesAt });
      expect((await takeTicket('SAM', 'pajak-tahunan')).status).toBe(409);
      clock.advance(10_000);
      expect((await takeTicket('SAM', 'pajak-tahunan')).status).toBe(201);
    });

    it.each([
      ['a time already past', { resumesAt: testStartsAt - 1 }, 'resumesAt'],
      ['a time past any date', { resumesAt: 9e15 }, 'resumesAt'],
      ['no resumption time', { reason: 'x' }, 'resumesAt'],
      ['an unknown field', { resumesAt: null, until: 'later' }, 'until'],
    ])('refuses %s naming the field, writing nothing', async (_case, body, field) => {
      const before = (await audit()).length;
      const response = await call(supervisor, 'POST', '/supervisor/tenants/DKC/intake/pause', body);
      expect(response.status).toBe(422);
      expect(((await response.json()) as ErrorBody).error.field).toBe(field);
      expect(await api.plaza.context.redis.exists(api.plaza.context.keys.intakePause('DKC'))).toBe(0);
      expect((await audit()).length).toBe(before);
    });

    it("refuses another tenant's intake (403)", async () => {
      await expectRefused(
        call(supervisor, 'POST', '/supervisor/tenants/BPJS/intake/pause', { resumesAt: null }),
        403,
        'forbidden',
      );
      expect((await takeTicket('BPJS', 'pendaftaran-peserta')).status).toBe(201);
    });
  });

  describe('silent monitoring', () => {
    it('answers a hidden, subscribe-only token for that call room alone, short-lived', async () => {
      const response = await call(supervisor, 'POST', `/supervisor/calls/${dkcCall}/monitor`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const join = (await response.json()) as CallJoin;
      expect(join.roomName).toBe(`call-${dkcCall}`);
      expect(join.identity).toMatch(/^monitor-spv-1-[0-9a-f]{12}$/);
      const claims = await verifyCallToken(join.token, api.config.livekit.credentials);
      expect(claims.sub).toBe(join.identity);
      expect(claims.video).toEqual(monitorGrantOf(join.roomName));
      expect(lifetimeOf(claims)).toBe(300);
    });

    it("refuses another tenant's call (403) and a ticket not in a call (409)", async () => {
      await expectRefused(
        call(supervisor, 'POST', `/supervisor/calls/${bpjsCall}/monitor`),
        403,
        'forbidden',
      );
      const { ticket } = await createTicket(api.plaza.context, {
        tenantCode: 'SAM',
        serviceId: 'balik-nama',
        name: 'B',
      });
      await expectRefused(
        call(supervisor, 'POST', `/supervisor/calls/${ticket.id}/monitor`),
        409,
        'ticket_not_in_call',
      );
      await expectRefused(
        call(supervisor, 'POST', `/supervisor/calls/${randomUUID()}/monitor`),
        404,
        'ticket_not_found',
      );
    });
  });

  describe("an officer's status", () => {
    it('sets an officer of a supervised tenant away; its console sees it', async () => {
      // dkc-2 never signed in (offline): set away, it is offered nothing.
      const response = await call(supervisor, 'POST', '/supervisor/officers/dkc-2/status', {
        status: 'away',
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ officerId: 'dkc-2', status: 'away' });
      const view = await getOfficerView(api.plaza.context, { id: 'dkc-2', name: 'B', tenantCodes: ['DKC'] });
      expect(view.status).toBe('away');
    });

    it('refuses an officer in a call (409), of another tenant (403), unknown (404), a bad status (422)', async () => {
      const to = (officerId: string, status: string) =>
        call(supervisor, 'POST', `/supervisor/officers/${officerId}/status`, { status });
      await expectRefused(to('dkc-1', 'offline'), 409, 'officer_busy');
      await expectRefused(to('bpjs-2', 'offline'), 403, 'forbidden');
      // A supervisor's account is no officer.
      await expectRefused(to('spv-1', 'away'), 404, 'officer_not_found');
      await expectRefused(to('dkc-2', 'ready'), 422, 'validation_failed');
      expect((await getOfficerView(api.plaza.context, dkcOfficer)).status).toBe('in_call');
    });
  });

  describe('a stuck call', () => {
    it("is refused on another tenant's call, then ended as completed by the supervisor", async () => {
      await expectRefused(call(supervisor, 'POST', `/supervisor/calls/${bpjsCall}/end`), 403, 'forbidden');
      const response = await call(supervisor, 'POST', `/supervisor/calls/${dkcCall}/end`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as TicketView).status).toBe('completed');
      expect(await readTicket(api.plaza.context, dkcCall)).toMatchObject({
        status: 'completed',
        endedBy: 'supervisor',
      });
      await expectRefused(
        call(supervisor, 'POST', `/supervisor/calls/${dkcCall}/end`),
        409,
        'ticket_not_in_call',
      );
    });
  });

  describe("the day's CSV", () => {
    it('streams the tickets of the local day with WITA times, as an attachment', async () => {
      const response = await call(supervisor, 'GET', '/supervisor/tenants/DKC/export?date=2026-11-23');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="DKC-2026-11-23.csv"');
      // Streamed: chunked, no length known beforehand.
      expect(response.headers.get('transfer-encoding')).toBe('chunked');
      expect(response.headers.get('content-length')).toBeNull();
      const records = parse(await response.text(), { columns: true }) as Record<string, string>[];
      const stuck = records.find((record) => record.ticket_id === dkcCall);
      expect(stuck).toMatchObject({
        record: 'ticket',
        status: 'completed',
        ended_by: 'supervisor',
        officer: 'dkc-1',
        created_at: '2026-11-23T10:00:00+08:00',
        accepted_at: '2026-11-23T10:00:00+08:00',
        ended_at: '2026-11-23T10:00:10+08:00',
      });
      expect(records.filter((record) => record.record === 'ticket')).toHaveLength(3);
      expect(records.every((record) => record.at?.endsWith('+08:00'))).toBe(true);
      expect(records.some((record) => record.record === 'officer_status' && record.officer === 'dkc-2')).toBe(
        true,
      );
      expect(records.some((record) => record.officer === 'bpjs-1')).toBe(false);
    });

    it("refuses another tenant's day (403) and a malformed date (422, or 400 for no such calendar day), naming it", async () => {
      await expectRefused(
        call(supervisor, 'GET', '/supervisor/tenants/BPJS/export?date=2026-11-23'),
        403,
        'forbidden',
      );
      for (const [query, status] of [
        ['', 422],
        ['?date=23-11-2026', 422],
        ['?date=2026-02-30', 400],
        ['?date=2026-11-23&x=1', 422],
      ] as const) {
        const response = await call(supervisor, 'GET', `/supervisor/tenants/DKC/export${query}`);
        expect(response.status, query).toBe(status);
        expect(response.headers.get('content-type'), query).toContain('application/json');
      }
    });
  });

  describe('the audit log', () => {
    it('lists every action done, newest first, with who, what, which tenant and target', async () => {
      const entries = await audit();
      expect(
        entries.map(({ accountId, action, tenantCode, target }) => [accountId, action, tenantCode, target]),
      ).toEqual([
        ['spv-1', 'day.export', 'DKC', '2026-11-23'],
        ['spv-1', 'call.end', 'DKC', dkcCall],
        ['spv-1', 'officer.away', 'DKC', 'dkc-2'],
        ['spv-1', 'call.monitor', 'DKC', dkcCall],
        ['spv-1', 'intake.pause', 'SAM', 'SAM'],
        ['spv-1', 'intake.resume', 'DKC', 'DKC'],
        ['spv-1', 'intake.pause', 'DKC', 'DKC'],
      ]);
      expect(entries[0]?.at).toBe(clock.now());
    });

    it('pages on with ?before= and ?limit=', async () => {
      const all = await audit();
      const first = (await (await call(admin, 'GET', '/admin/audit?limit=2')).json()) as AuditEntry[];
      expect(first).toEqual(all.slice(0, 2));
      const next = await call(admin, 'GET', `/admin/audit?limit=2&before=${first[1]?.id}`);
      expect((await next.json()) as AuditEntry[]).toEqual(all.slice(2, 4));
    });

    it('is refused to a supervisor (403) and refuses a bad page (422)', async () => {
      expect((await call(supervisor, 'GET', '/admin/audit')).status).toBe(403);
      for (const query of ['?limit=0', '?limit=501', '?before=abc', '?page=2']) {
        expect((await call(admin, 'GET', `/admin/audit${query}`)).status, query).toBe(422);
      }
    });
  });
});
