// The web app as the API serves it, against a real Redis and a real build: precompressed files by
// the client's Accept-Encoding, caching, the page with its catalogue, icons, 404s for unknown
// files, JSON compressed on the fly and event streams that still arrive at once.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { CreatedTicket } from '@vp/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebApp, webDist } from '../../../infra/scripts/web-build';
import { type ApiTestServer, startApiTestServer } from '../../../test/support/api-test-server';
import { pageCatalogueId, readPageCatalogue } from '../../web/src/api/page-catalogue';
import { toScriptJson } from './static-web';

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent, still compressed. */
  body: Buffer;
}

/** A GET with exactly the headers given (fetch would add and undo its own Accept-Encoding). */
function get(url: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

function decode(answer: RawAnswer): string {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(answer.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(answer.body).toString('utf8');
  return answer.body.toString('utf8');
}

/** The page's elements as the web app reads them, found in the served HTML. */
const elementsOf = (html: string) => ({
  getElementById: (id: string) => {
    const text = new RegExp(`<script type="application/json" id="${id}">([^<]*)</script>`).exec(html)?.[1];
    return text === undefined ? null : { textContent: text };
  },
});

describe('the web app as the API serves it', () => {
  let api: ApiTestServer;
  let entryScript: string;

  beforeAll(async () => {
    const logDir = mkdtempSync(join(tmpdir(), 'vp-static-web-'));
    await buildWebApp({ logFile: join(logDir, 'web-build.log') });
    const script = readdirSync(join(webDist, 'assets')).find((name) => /^index-.+\.js$/.test(name));
    if (!script) throw new Error(`no entry script in ${webDist}/assets`);
    entryScript = script;
    api = await startApiTestServer({ webDist });
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  it.each([
    { accept: 'br', encoding: 'br' },
    { accept: 'gzip, deflate, br', encoding: 'br' },
    { accept: 'gzip', encoding: 'gzip' },
    { accept: 'identity', encoding: undefined },
    { accept: '', encoding: undefined },
  ])(
    'sends a hashed asset asked with "$accept" as $encoding, cached for good',
    async ({ accept, encoding }) => {
      const answer = await get(
        `${api.url}/assets/${entryScript}`,
        accept ? { 'Accept-Encoding': accept } : {},
      );
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe(encoding);
      expect(answer.headers['content-type']).toMatch(/^text\/javascript/);
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
      expect(decode(answer)).toBe(readFileSync(join(webDist, 'assets', entryScript), 'utf8'));
      // The build's own file, sent as it is (not compressed again on the fly).
      const extension = { br: '.br', gzip: '.gz' }[encoding ?? ''] ?? '';
      expect(answer.body.equals(readFileSync(join(webDist, 'assets', `${entryScript}${extension}`)))).toBe(
        true,
      );
      expect(answer.headers['content-length']).toBe(String(answer.body.length));
    },
  );

  it.each(['/', '/officer', '/ticket/3f0c2a9e-1d7b-4c55-9a51-6a1f0e2b7c44', '/index.html'])(
    'answers %s with the page, not cached, compressed, carrying the live catalogue',
    async (path) => {
      const answer = await get(`${api.url}${path}`, { 'Accept-Encoding': 'br, gzip' });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toMatch(/^text\/html/);
      expect(answer.headers['cache-control']).toBe('no-cache');
      expect(answer.headers['content-encoding']).toBe('br');
      const html = decode(answer);
      expect(html).toContain('<div id="root"></div>');
      const block = elementsOf(html).getElementById(pageCatalogueId)?.textContent;
      expect(block, 'the catalogue data block').toBeDefined();
      const expected = JSON.parse(JSON.stringify(api.plaza.context.catalogue));
      expect(JSON.parse(block ?? 'null')).toEqual(expected);
      // What the web app takes from it: the same catalogue, through its own shape check.
      expect(readPageCatalogue(elementsOf(html))).toEqual(expected);
    },
  );

  it('writes the catalogue so that nothing in it can end the block', () => {
    const hostile = { name: '</script><script>alert(1)</script><!-- & \u2028' };
    const json = toScriptJson(hostile);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('serves the icons and the web app manifest', async () => {
    const manifest = await get(`${api.url}/manifest.webmanifest`);
    expect(manifest.status).toBe(200);
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
    const parsed = JSON.parse(decode(manifest)) as {
      name: string;
      start_url: string;
      display: string;
      icons: { src: string; type: string }[];
    };
    expect(parsed).toMatchObject({ start_url: '/', display: 'standalone' });
    const icons = ['/favicon.ico', ...parsed.icons.map((icon) => icon.src)];
    expect(icons).toEqual(expect.arrayContaining(['/favicon.ico', '/icon-192.png', '/icon-512.png']));
    for (const icon of icons) {
      const answer = await get(`${api.url}${icon}`);
      expect(answer.status, icon).toBe(200);
      expect(answer.headers['content-type'], icon).toMatch(/^image\//);
      expect(answer.body.length, icon).toBeGreaterThan(100);
    }
  });

  it.each(['/nope.js', '/manifest.json', '/assets/missing-0a1b2c3d.css', '/ticket/x/photo.png'])(
    'answers %s, a file that does not exist, with a 404 instead of the page',
    async (path) => {
      const answer = await get(`${api.url}${path}`);
      expect(answer.status).toBe(404);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(decode(answer))).toMatchObject({ error: { code: 'not_found' } });
    },
  );

  it('compresses JSON answers large enough to gain from it', async () => {
    const expected = JSON.parse(JSON.stringify(api.plaza.context.catalogue));
    for (const [accept, encoding] of [
      ['br', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const answer = await get(`${api.url}/api/catalogue`, { 'Accept-Encoding': accept });
      expect(answer.headers['content-encoding']).toBe(encoding);
      expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
      expect(answer.body.length).toBeLessThan(JSON.stringify(expected).length / 2);
      expect(JSON.parse(decode(answer))).toEqual(expected);
    }
    const small = await get(`${api.url}/api/health`, { 'Accept-Encoding': 'br' });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('delivers the first message of an event stream at once, uncompressed', async () => {
    const response = await fetch(`${api.url}/api/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...api.service, name: 'Ani' }),
    });
    const created = (await response.json()) as CreatedTicket;
    const url = `${api.url}/api/tickets/${created.ticket.id}/events?key=${encodeURIComponent(created.accessKey)}`;
    const promptlyMs = 3000;
    const started = Date.now();
    const { headers, firstMessage } = await new Promise<{
      headers: IncomingHttpHeaders;
      firstMessage: string;
    }>((resolve, reject) => {
      const stream = httpRequest(url, { headers: { 'Accept-Encoding': 'br, gzip' } }, (answer) => {
        let text = '';
        answer.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          const message = /^data: (.+)$/m.exec(text)?.[1];
          if (message === undefined) return;
          clearTimeout(timer);
          stream.destroy();
          resolve({ headers: answer.headers, firstMessage: message });
        });
      });
      // The hub's first push takes a few hundred ms; a compressor would hold it back until the
      // stream ends (nothing flushes it), so it would never come within this.
      const timer = setTimeout(() => {
        stream.destroy();
        reject(new Error(`no event stream message within ${promptlyMs} ms`));
      }, promptlyMs);
      stream.on('error', reject).end();
    });
    expect(Date.now() - started).toBeLessThan(promptlyMs);
    expect(headers['content-type']).toMatch(/^text\/event-stream/);
    expect(headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(firstMessage)).toMatchObject({ ticket: { id: created.ticket.id } });
  });
});
