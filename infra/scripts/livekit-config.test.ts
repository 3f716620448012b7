import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from './livekit-config';
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
};

describe('renderTemplate', () => {
  it('fills every placeholder of infra/livekit.yaml', () => {
    const template = readFileSync(join(repoRoot, 'infra/livekit.yaml'), 'utf8');
    const config = renderTemplate({ template, values });
    expect(config).not.toContain('${');
    expect(config).toContain(`  vpkey: ${'a'.repeat(48)}\n`);
    expect(config).toContain('    - http://127.0.0.1:8080/api/livekit/webhook\n');
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
