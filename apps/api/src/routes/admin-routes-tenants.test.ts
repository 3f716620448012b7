// The admin's tenant routes over HTTP against a real Redis: read every tenant at a version, change a
// tenant's settings and services; each refusal (bad input naming the field, unknown tenant, stale
// version, a service a live ticket names) changes nothing; each change counts at once and is audited.
import type { AdminTenants, Catalogue, Service, Tenant, TenantSettings } from '@vp/contract';
import { acceptOffer, endTicket, getOfficerView, type OfficerIdentity, setOfficerStatus } from '@vp/engine';
import { describe, expect, it } from 'vitest';
import { expectError, useSignedInAdmin } from '../../../../test/support/admin-api';
import { startCallWith } from '../../../../test/support/call-in-progress';
import { waitFor } from '../../../../test/support/wait-for';

const dkcOfficer: OfficerIdentity = { id: 'dkc-1', name: 'Sri Wahyuni', tenantCodes: ['DKC'] };

/** What an admin page sends back for a tenant: its settings, unchanged. */
function settingsOf(tenant: Tenant): TenantSettings {
  const { code: _code, timeZone: _timeZone, services: _services, ...settings } = tenant;
  return settings;
}

const text = (id: string) => ({ id, en: `${id} (en)` });
const newService: Service = {
  id: 'legalisir',
  name: { id: 'Legalisir dokumen', en: 'Document legalisation' },
  requirements: [text('Dokumen asli'), text('Fotokopi dokumen')],
  averageMinutes: 5,
};

describe('the admin’s tenants', () => {
  const admin = useSignedInAdmin();
  const { call, audit } = admin;
  const tenants = async () => {
    const response = await call('GET', '/admin/tenants');
    expect(response.status).toBe(200);
    return (await response.json()) as AdminTenants;
  };
  const tenantOf = (answer: { tenants: readonly Tenant[] }, code: string) => {
    const tenant = answer.tenants.find((candidate) => candidate.code === code);
    if (!tenant) throw new Error(`no tenant ${code}`);
    return tenant;
  };
  const publicCatalogue = async () =>
    (await (await fetch(`${admin.api.url}/api/catalogue`)).json()) as Catalogue;
  const takeTicket = (serviceId: string) =>
    fetch(`${admin.api.url}/api/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantCode: 'DKC', serviceId, name: 'Ani' }),
    });
  const putSettings = (code: string, expectedVersion: number, settings: unknown) =>
    call('PUT', `/admin/tenants/${code}/settings`, { expectedVersion, settings });
  const putServices = (code: string, expectedVersion: number, services: unknown) =>
    call('PUT', `/admin/tenants/${code}/services`, { expectedVersion, services });

  it('reads every tenant, whole, at version 1 of a freshly seeded plaza', async () => {
    const answer = await tenants();
    expect(answer.version).toBe(1);
    expect(answer.tenants).toEqual(admin.api.plaza.context.catalogue.tenants);
    expect(answer.tenants.map((tenant) => tenant.code)).toContain('DKC');
  });

  it('changes a tenant’s settings: counted at once (a lowered quota refuses the next ticket), audited', async () => {
    const { version, tenants: all } = await tenants();
    const dkc = tenantOf({ tenants: all }, 'DKC');
    expect((await takeTicket('ktp-el')).status).toBe(201);
    const settings = {
      ...settingsOf(dkc),
      dailyQuota: 1,
      offerTimeoutSeconds: 45,
      serviceLevelTarget: { share: 0.9, withinSeconds: 300 },
      atClosing: 'close' as const,
    };
    const response = await putSettings('DKC', version, settings);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as AdminTenants;
    expect(answer.version).toBe(version + 1);
    expect(tenantOf(answer, 'DKC')).toEqual({ ...dkc, ...settings });
    // Others untouched.
    expect(tenantOf(answer, 'SAM')).toEqual(tenantOf({ tenants: all }, 'SAM'));
    expect(tenantOf(await publicCatalogue(), 'DKC')).toMatchObject({
      dailyQuota: 1,
      offerTimeoutSeconds: 45,
    });
    await expectError(await takeTicket('ktp-el'), 409, { code: 'quota_reached' });
    const [entry] = await audit();
    expect(entry).toMatchObject({
      accountId: 'admin-1',
      action: 'tenant.settings',
      tenantCode: 'DKC',
      target: 'DKC',
    });
  });

  it('applies a new offer timeout from the next offer', async () => {
    const { version, tenants: all } = await tenants();
    const settings = { ...settingsOf(tenantOf({ tenants: all }, 'DKC')), offerTimeoutSeconds: 240 };
    expect((await putSettings('DKC', version, settings)).status).toBe(200);
    expect((await takeTicket('ktp-el')).status).toBe(201);
    await setOfficerStatus(admin.api.plaza.context, { officer: dkcOfficer, status: 'ready' });
    const offered = await waitFor(() => getOfficerView(admin.api.plaza.context, dkcOfficer), {
      until: (view) => view.status === 'offered',
      what: 'the offer',
    });
    // 240 s from the match, not the demo's 20 (the match happened within the last few seconds).
    expect((offered.offerExpiresAt ?? 0) - Date.now()).toBeGreaterThan(200_000);
  });

  it('drops an optional setting left out (back to the plaza default)', async () => {
    const { version, tenants: all } = await tenants();
    const dkc = tenantOf({ tenants: all }, 'DKC');
    const first = await putSettings('DKC', version, { ...settingsOf(dkc), priorityCap: 5 });
    expect(tenantOf((await first.json()) as AdminTenants, 'DKC').priorityCap).toBe(5);
    const { priorityCap: _cap, ...withoutCap } = { ...settingsOf(dkc), priorityCap: 5 };
    const second = await putSettings('DKC', version + 1, withoutCap);
    expect(second.status).toBe(200);
    expect(tenantOf((await second.json()) as AdminTenants, 'DKC')).not.toHaveProperty('priorityCap');
  });

  it('refuses a stale version with 409 and the current version, changing nothing and auditing nothing', async () => {
    const { version, tenants: all } = await tenants();
    const dkc = tenantOf({ tenants: all }, 'DKC');
    expect((await putSettings('DKC', version, { ...settingsOf(dkc), dailyQuota: 50 })).status).toBe(200);
    await expectError(await putSettings('DKC', version, { ...settingsOf(dkc), dailyQuota: 7 }), 409, {
      code: 'conflict',
      field: 'expectedVersion',
      details: { version: version + 1 },
    });
    await expectError(await putServices('DKC', version, dkc.services), 409, {
      code: 'conflict',
      details: { version: version + 1 },
    });
    expect(tenantOf(await tenants(), 'DKC').dailyQuota).toBe(50);
    expect((await audit()).map((entry) => entry.action)).toEqual(['tenant.settings']);
  });

  it.each([
    ['an offer timeout of 0', { offerTimeoutSeconds: 0 }, 'settings.offerTimeoutSeconds'],
    ['a negative quota', { dailyQuota: -1 }, 'settings.dailyQuota'],
    [
      'closing before opening',
      { serviceHours: { days: [1], opens: '16:00', closes: '08:00' } },
      'settings.serviceHours.closes',
    ],
    [
      'a day 8',
      { serviceHours: { days: [8], opens: '08:00', closes: '16:00' } },
      'settings.serviceHours.days.0',
    ],
    ['an unknown closing rule', { atClosing: 'drop' }, 'settings.atClosing'],
    [
      'a service-level share above 1',
      { serviceLevelTarget: { share: 2, withinSeconds: 60 } },
      'settings.serviceLevelTarget.share',
    ],
    ['a name without English', { name: { id: 'Dukcapil' } }, 'settings.name.en'],
    ['its code', { code: 'XYZ' }, 'code'],
  ])('refuses settings with %s (422 naming the field), changing nothing', async (_case, change, field) => {
    const before = await tenants();
    const settings = { ...settingsOf(tenantOf(before, 'DKC')), ...change };
    await expectError(await putSettings('DKC', before.version, settings), 422, {
      code: 'validation_failed',
      field,
    });
    expect(await tenants()).toEqual(before);
  });

  it('answers 404 for an unknown tenant, 400 for a malformed code, 422 without a version', async () => {
    const { version, tenants: all } = await tenants();
    const settings = settingsOf(tenantOf({ tenants: all }, 'DKC'));
    await expectError(await putSettings('ZZZ', version, settings), 404, { code: 'tenant_not_found' });
    await expectError(await putServices('ZZZ', version, [newService]), 404, { code: 'tenant_not_found' });
    await expectError(await putSettings('dkc1', version, settings), 400, { field: 'tenantCode' });
    await expectError(await call('PUT', '/admin/tenants/DKC/settings', { settings }), 422, {
      field: 'expectedVersion',
    });
  });

  it('replaces a tenant’s services: a new one takes tickets at once, a dropped one none, audited', async () => {
    const { version, tenants: all } = await tenants();
    const dkc = tenantOf({ tenants: all }, 'DKC');
    expect((await takeTicket('legalisir')).status).toBe(404);
    const [first, ...rest] = dkc.services;
    if (!first) throw new Error('DKC has no service');
    const services = [newService, ...rest.map((service) => ({ ...service, averageMinutes: 20 }))];
    const response = await putServices('DKC', version, services);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as AdminTenants;
    expect(tenantOf(answer, 'DKC').services).toEqual(services);
    expect(tenantOf(await publicCatalogue(), 'DKC').services.map((service) => service.id)).toEqual(
      services.map((service) => service.id),
    );
    expect((await takeTicket('legalisir')).status).toBe(201);
    await expectError(await takeTicket(first.id), 404, { code: 'service_not_found' });
    const [entry] = await audit();
    expect(entry).toMatchObject({ action: 'tenant.services', tenantCode: 'DKC', target: 'DKC' });
  });

  it.each([
    ['no service', [], 'services'],
    ['a service twice', [newService, newService], 'services.1.id'],
    ['a service without requirements', [{ ...newService, requirements: [] }], 'services.0.requirements'],
    [
      'a requirement without English',
      [{ ...newService, requirements: [{ id: 'KTP' }] }],
      'services.0.requirements.0.en',
    ],
    ['a malformed id', [{ ...newService, id: 'Legal Isir' }], 'services.0.id'],
  ])('refuses services with %s (422 naming the field), changing nothing', async (_case, services, field) => {
    const before = await tenants();
    await expectError(await putServices('DKC', before.version, services), 422, {
      code: 'validation_failed',
      field,
    });
    expect(await tenants()).toEqual(before);
  });

  it('refuses to drop a service a waiting, offered or in-call ticket names (409 naming it), then lets it go', async () => {
    const { version, tenants: all } = await tenants();
    const dkc = tenantOf({ tenants: all }, 'DKC');
    const keep = dkc.services.filter((service) => service.id !== 'ktp-el');
    const inUse = { code: 'conflict', field: 'services', details: { serviceId: 'ktp-el' } } as const;
    // Waiting.
    const taken = await takeTicket('ktp-el');
    expect(taken.status).toBe(201);
    await expectError(await putServices('DKC', version, keep), 409, inUse);
    // Offered: dispatch offers it to the officer who goes ready.
    await setOfficerStatus(admin.api.plaza.context, { officer: dkcOfficer, status: 'ready' });
    await waitFor(() => getOfficerView(admin.api.plaza.context, dkcOfficer), {
      until: (view) => view.status === 'offered',
      what: 'the offer',
    });
    await expectError(await putServices('DKC', version, keep), 409, inUse);
    // In a call.
    const officerView = await getOfficerView(admin.api.plaza.context, dkcOfficer);
    await acceptOffer(admin.api.plaza.context, {
      officer: dkcOfficer,
      ticketId: officerView.ticket?.id ?? '',
    });
    await expectError(await putServices('DKC', version, keep), 409, inUse);
    expect(tenantOf(await tenants(), 'DKC').services).toEqual(dkc.services);
    expect(await audit()).toEqual([]);
    // Once served, the service may go.
    await endTicket(admin.api.plaza.context, {
      ticketId: officerView.ticket?.id ?? '',
      status: 'completed',
      by: 'officer',
      from: ['in_call'],
    });
    expect((await putServices('DKC', version, keep)).status).toBe(200);
  });

  it('lets a service go that only another tenant’s ticket names by the same id', async () => {
    const { version, tenants: all } = await tenants();
    const sam = tenantOf({ tenants: all }, 'SAM');
    const samKtp = { ...newService, id: 'ktp-el' };
    expect((await putServices('SAM', version, [...sam.services, samKtp])).status).toBe(200);
    await startCallWith(admin.api.plaza.context, {
      officer: dkcOfficer,
      ticket: { tenantCode: 'DKC', serviceId: 'ktp-el', name: 'Ani' },
    });
    // DKC's call names DKC's ktp-el, not SAM's.
    const response = await putServices('SAM', version + 1, sam.services);
    expect(response.status).toBe(200);
    expect(tenantOf((await response.json()) as AdminTenants, 'SAM').services).toEqual(sam.services);
  });
});
