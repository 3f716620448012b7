import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressValues, renderTemplate, restrictMediaToHost } from './livekit-config';
import { repoRoot } from './repo-root';

/** `${NAME}` spelled without a string literal that looks like a forgotten template. */
const slot = (name: string): string => ['$', '{', name, '}'].join('');

const values = {
  LIVEKIT_PORT: '7880',
  RTC_TCP_PORT: '7881',
  RTC_UDP_PORT: '7882',
  API_KEY: 'vpkey',
  API_SECRET: 'a'.repeat(48),
  WEBHOOK_URL: 'http://127.0.0.1:8080/api/livekit/webhook',
  ...addressValues(),
};

describe('renderTemplate', () => {
  it('fills every placeholder of infra/livekit.yaml', () => {
    const template = readFileSync(join(repoRoot, 'infra/livekit.yaml'), 'utf8');
    const config = renderTemplate({ template, values });
    expect(config).not.toContain('${');
    expect(config).toContain(`  vpkey: ${'a'.repeat(48)}\n`);
    expect(config).toContain('    - http://127.0.0.1:8080/api/livekit/webhook\n');
    // Loopback unless asked otherwise.
    expect(config).toContain('bind_addresses:\n  - 127.0.0.1\n');
    expect(config).toContain('  node_ip: 127.0.0.1\n');
  });

  it('binds and advertises the address a test gives (the host side of a veth pair)', () => {
    const template = readFileSync(join(repoRoot, 'infra/livekit.yaml'), 'utf8');
    const config = renderTemplate({ template, values: { ...values, ...addressValues('10.213.7.1') } });
    expect(config).toContain('bind_addresses:\n  - 10.213.7.1\n');
    expect(config).toContain('  node_ip: 10.213.7.1\n');
    expect(config).not.toContain('127.0.0.1\n');
  });

  it('limits media candidates to the veth address when asked, and only then', () => {
    const template = readFileSync(join(repoRoot, 'infra/livekit.yaml'), 'utf8');
    const config = renderTemplate({ template, values: { ...values, ...addressValues('10.213.7.1') } });
    expect(restrictMediaToHost(config, '10.213.7.1')).toContain(
      '  node_ip: 10.213.7.1\n  ips:\n    includes:\n      - 10.213.7.1/32\n',
    );
    expect(renderTemplate({ template, values })).not.toContain('ips:');
    expect(() => restrictMediaToHost(config, '10.213.7.5')).toThrow(/node_ip/);
  });

  it('refuses a host that is not an IPv4 address', () => {
    expect(() => addressValues('10.213.7.256')).toThrow(/IPv4/);
    expect(() => addressValues('localhost')).toThrow(/IPv4/);
  });

  it('refuses a placeholder without a value', () => {
    expect(() => renderTemplate({ template: `port: ${slot('NOPE')}`, values })).toThrow(/NOPE/);
  });

  it('refuses a value that YAML could misread', () => {
    expect(() => renderTemplate({ template: `x: ${slot('API_KEY')}`, values: { API_KEY: 'a: b' } })).toThrow(
      /unsafe/,
    );
  });
});
