// The security headers in-process: the policy table, LiveKit's origins, and HSTS only over TLS
// (believed from X-Forwarded-Proto only when a trusted proxy sent it).
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { livekitOrigins, permissionsPolicyOf, securityHeaders } from './security-headers';

const servers: { close(): void }[] = [];

async function serve(options: { trustProxy: boolean; hstsMaxAgeSeconds: number }): Promise<string> {
  const app = express();
  app.set('trust proxy', options.trustProxy);
  app.use(
    securityHeaders({ livekitUrl: 'wss://live.example.id', hstsMaxAgeSeconds: options.hstsMaxAgeSeconds }),
  );
  app.get('/{*path}', (_request, response) => {
    response.send('ok');
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

describe('permissionsPolicyOf', () => {
  it.each([
    ['/', true],
    ['/index.html', true],
    ['/ticket/3f0c2a9e-1d7b-4c55-9a51-6a1f0e2b7c44', true],
    ['/officer', true],
    ['/officer/', true],
    ['/api/tickets', false],
    ['/assets/index-abc.js', false],
    ['/ticket/x/y', false],
    ['/officers', false],
    ['/nowhere', false],
  ])('%s: camera and microphone %s', (path, allowed) => {
    const policy = permissionsPolicyOf(path);
    expect(policy).toContain(allowed ? 'camera=(self)' : 'camera=()');
    expect(policy).toContain(allowed ? 'microphone=(self)' : 'microphone=()');
    expect(policy).toContain('geolocation=()');
  });
});

describe('permissionsPolicyOf: screen capture', () => {
  it.each([
    ['/officer', true],
    ['/officer/', true],
    ['/', false],
    ['/ticket/3f0c2a9e-1d7b-4c55-9a51-6a1f0e2b7c44', false],
    ['/api/tickets', false],
  ])('%s: display-capture %s', (path, allowed) => {
    expect(permissionsPolicyOf(path)).toContain(allowed ? 'display-capture=(self)' : 'display-capture=()');
  });
});

describe('livekitOrigins', () => {
  it.each([
    ['wss://live.example.id', ['wss://live.example.id', 'https://live.example.id']],
    ['ws://127.0.0.1:7880/', ['ws://127.0.0.1:7880', 'http://127.0.0.1:7880']],
  ])('%s', (url, origins) => {
    expect(livekitOrigins(url)).toEqual(origins);
  });
});

describe('securityHeaders', () => {
  it('writes the policy with LiveKit in connect-src and no inline script', async () => {
    const url = await serve({ trustProxy: false, hstsMaxAgeSeconds: 600 });
    const response = await fetch(`${url}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    const directives = new Map(
      csp.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual([
      "'self'",
      'wss://live.example.id',
      'https://live.example.id',
    ]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(directives.get('media-src')).toEqual(["'self'", 'blob:']);
    expect(csp).not.toContain('unsafe');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('permissions-policy')).toContain('camera=(self)');
  });

  it.each([
    { trustProxy: false, forwarded: 'https', hstsMaxAgeSeconds: 600, expected: null },
    { trustProxy: true, forwarded: 'http', hstsMaxAgeSeconds: 600, expected: null },
    { trustProxy: true, forwarded: 'https', hstsMaxAgeSeconds: 600, expected: 'max-age=600' },
    { trustProxy: true, forwarded: 'https', hstsMaxAgeSeconds: 0, expected: null },
  ])(
    'HSTS with trust proxy $trustProxy, forwarded $forwarded, max-age $hstsMaxAgeSeconds: $expected',
    async ({ trustProxy, forwarded, hstsMaxAgeSeconds, expected }) => {
      const url = await serve({ trustProxy, hstsMaxAgeSeconds });
      const response = await fetch(`${url}/api/x`, { headers: { 'x-forwarded-proto': forwarded } });
      expect(response.headers.get('strict-transport-security')).toBe(expected);
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
    },
  );
});
