import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAccountDirectory, loadCatalogue } from './load-catalogue';

const dir = mkdtempSync(join(tmpdir(), 'vp-catalogue-'));
function writeTemp(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const text = { id: 'x', en: 'x' };
const service = { id: 'svc', name: text, requirements: [text], averageMinutes: 5 };
const tenant = { code: 'AAA', name: text, description: text, timeZone: 'Asia/Makassar', services: [service] };
const officer = {
  id: 'a-1',
  username: 'ua1',
  name: 'A',
  role: 'officer',
  tenantCodes: ['AAA'],
  passwordHash: 'scrypt$x$y',
};

describe('the shipped demo data', () => {
  const catalogue = loadCatalogue();
  const accounts = loadAccountDirectory({ catalogue });
  const officers = accounts.filter((account) => account.role === 'officer');

  it('has at least five tenants with two or more services, each with requirements', () => {
    expect(catalogue.tenants.length).toBeGreaterThanOrEqual(5);
    for (const { services } of catalogue.tenants) {
      expect(services.length).toBeGreaterThanOrEqual(2);
      for (const { requirements } of services) expect(requirements.length).toBeGreaterThan(0);
    }
  });

  it('has a demo supervisor of DKC and SAM and a demo admin', () => {
    expect(accounts.find((account) => account.username === 'spv1')).toMatchObject({
      role: 'supervisor',
      tenantCodes: ['DKC', 'SAM'],
    });
    expect(accounts.find((account) => account.username === 'admin1')).toMatchObject({ role: 'admin' });
  });

  it('has two or more officers for every tenant', () => {
    for (const { code } of catalogue.tenants) {
      expect(officers.filter((o) => o.tenantCodes.includes(code)).length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('loadCatalogue', () => {
  it.each([
    [
      'a bad service id',
      { tenants: [{ ...tenant, services: [{ ...service, id: 'Bad Id' }] }] },
      'tenants.0.services.0.id',
    ],
    ['a tenant without services', { tenants: [{ ...tenant, services: [] }] }, 'tenants.0.services'],
    ['an unknown time zone', { tenants: [{ ...tenant, timeZone: 'Europe/Paris' }] }, 'tenants.0.timeZone'],
    ['a duplicate tenant', { tenants: [tenant, tenant] }, 'tenants.1.code'],
  ])('refuses %s, naming the file and path', (_case, content, path) => {
    const file = writeTemp('catalogue.json', content);
    expect(() => loadCatalogue(file)).toThrow(
      new RegExp(`^catalogue\\.json: .*${path.replaceAll('.', '\\.')}`),
    );
  });

  it('refuses a file that is not JSON', () => {
    expect(() => loadCatalogue(writeTemp('broken.json', '{ tenants'))).toThrow(
      /^broken\.json: cannot read JSON/,
    );
  });
});

describe('loadAccountDirectory', () => {
  const catalogue = { tenants: [tenant] } as Parameters<typeof loadAccountDirectory>[0]['catalogue'];

  it.each([
    [
      'an unknown tenant',
      [{ ...officer, tenantCodes: ['ZZZ'] }],
      'accounts.0.tenantCodes: unknown tenant ZZZ',
    ],
    ['a duplicate id', [officer, { ...officer, username: 'ua2' }], 'accounts.1.id: duplicate a-1'],
    ['a duplicate username', [officer, { ...officer, id: 'a-2' }], 'accounts.1.username: duplicate ua1'],
    ['a plain-text password', [{ ...officer, passwordHash: 'secret' }], 'accounts.0.passwordHash'],
    ['an unknown role', [{ ...officer, role: 'root' }], 'accounts.0.role'],
    [
      'a supervisor of no tenant',
      [{ ...officer, role: 'supervisor', tenantCodes: [] }],
      'accounts.0.tenantCodes',
    ],
  ])('refuses %s', (_case, accounts, message) => {
    const path = writeTemp('accounts.json', { accounts });
    expect(() => loadAccountDirectory({ path, catalogue })).toThrow(message);
  });
});
