import type { Tenant } from '@vp/contract';
import { describe, expect, it } from 'vitest';
import { transferRequest, transferServices, transferTenants } from './transfer-targets';

const tenant = (code: string, serviceIds: string[]): Tenant => ({
  code,
  name: { id: code, en: code },
  description: { id: code, en: code },
  timeZone: 'Asia/Jakarta',
  services: serviceIds.map((id) => ({
    id,
    name: { id, en: id },
    requirements: [{ id: 'KTP', en: 'ID card' }],
    averageMinutes: 10,
  })),
  offerTimeoutSeconds: 20,
  wrapUpSeconds: 30,
  atClosing: 'serve',
});

const tenants = [tenant('DKC', ['ktp', 'kk']), tenant('IMI', ['paspor']), tenant('BPJS', ['kartu', 'ktp'])];

describe('transferTenants', () => {
  it('offers every tenant but the current one, in catalogue order', () => {
    expect(transferTenants(tenants, 'IMI').map((item) => item.code)).toEqual(['DKC', 'BPJS']);
  });

  it('offers them all when the current tenant is not in the catalogue', () => {
    expect(transferTenants(tenants, 'XYZ')).toHaveLength(3);
  });
});

describe('transferServices', () => {
  it("lists the chosen tenant's services", () => {
    expect(transferServices(tenants, 'BPJS').map((item) => item.id)).toEqual(['kartu', 'ktp']);
  });

  it.each(['', 'XYZ'])('lists none for %j', (code) => {
    expect(transferServices(tenants, code)).toEqual([]);
  });
});

describe('transferRequest', () => {
  it('needs a tenant', () => {
    expect(transferRequest('', 'ktp')).toBeNull();
  });

  it('leaves an unchosen service to the API', () => {
    expect(transferRequest('BPJS', '')).toEqual({ tenantCode: 'BPJS' });
  });

  it('sends a chosen service', () => {
    expect(transferRequest('BPJS', 'kartu')).toEqual({ tenantCode: 'BPJS', serviceId: 'kartu' });
  });
});
