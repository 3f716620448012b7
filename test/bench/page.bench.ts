// npm run bench:page — a citizen's first visit on a slow phone link: the citizen page loaded in
// headless chromium at 400 kbit/s down, 150 kbit/s up and 300 ms latency with an empty cache,
// from the API as it serves the web app (precompressed files, the catalogue inlined in the page)
// and, in the same run, from a baseline serving the same build as main did (uncompressed,
// express.static with a one-hour cache, the catalogue fetched by the page after its script ran).
// Prints the bytes transferred and the seconds until the tenant list shows, for each.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Catalogue } from '@vp/contract';
import { silentLogger } from '@vp/engine';
import express from 'express';
import { type Browser, chromium } from 'playwright-core';
import { startApiServer } from '../../apps/api/src/server';
import { startRedis } from '../../infra/scripts/redis-server';
import { buildWebApp, webDist } from '../../infra/scripts/web-build';
import { chromiumPath } from '../support/browser';
import { benchApiConfig } from './bench-api';
import { percentile, round } from './bench-stats';

/** A phone on a poor mobile link, as the issue measured it. */
const network = { downKbps: 400, upKbps: 150, latencyMs: 300 };
/** Loads of each server, alternating; the medians are reported. */
const rounds = 3;
/** A tenant of the demo catalogue: its button shows once the tenant list is on screen. */
const tenantTestId = 'tenant-DKC';

interface Served {
  url: string;
  close(): Promise<void>;
}

interface PageLoad {
  bytes: number;
  tenantListSeconds: number;
  requests: { path: string; bytes: number; encoding: string }[];
}

/** The web app served as main served it: plain files, an hour's cache, the page without data. */
async function startBaseline(catalogue: Catalogue): Promise<Served> {
  const app = express();
  app.get('/api/catalogue', (_request, response) => {
    response.set('Cache-Control', 'public, max-age=60').json(catalogue);
  });
  app.use(express.static(webDist, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!api\/).*/, (_request, response) => {
    response.set('Cache-Control', 'no-cache').sendFile(join(webDist, 'index.html'));
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One first visit of the citizen page, in a fresh context (empty cache) on the slow link. */
async function loadCitizenPage(browser: Browser, url: string): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latencyMs,
      downloadThroughput: (network.downKbps * 1000) / 8,
      uploadThroughput: (network.upKbps * 1000) / 8,
    });
    const paths = new Map<string, string>();
    const encodings = new Map<string, string>();
    const finished = new Map<string, number>();
    cdp.on('Network.requestWillBeSent', (event) =>
      paths.set(event.requestId, new URL(event.request.url).pathname),
    );
    cdp.on('Network.responseReceived', (event) => {
      const headers = Object.fromEntries(
        Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), value]),
      );
      encodings.set(event.requestId, headers['content-encoding'] ?? 'identity');
    });
    // Bytes on the wire for each response, headers included.
    cdp.on('Network.loadingFinished', (event) => finished.set(event.requestId, event.encodedDataLength));

    // Said when the tenant list never shows (a build replaced under the server, a broken page).
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });

    const started = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page
      .getByTestId(tenantTestId)
      .waitFor({ state: 'visible', timeout: 60_000 })
      .catch((error: unknown) => {
        throw new Error(`no tenant list at ${url}: ${problems.join('; ') || 'no error seen'}`, {
          cause: error,
        });
      });
    const tenantListSeconds = (performance.now() - started) / 1000;
    // Whatever else the page fetches on its first visit counts too.
    await page.waitForLoadState('networkidle', { timeout: 60_000 });

    const requests = [...finished].map(([id, bytes]) => ({
      path: paths.get(id) ?? '?',
      bytes,
      encoding: encodings.get(id) ?? '?',
    }));
    return { bytes: requests.reduce((sum, request) => sum + request.bytes, 0), tenantListSeconds, requests };
  } finally {
    await context.close();
  }
}

const pad = (value: string | number, width: number) => String(value).padStart(width);

async function measure(apiUrl: string, baselineUrl: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    const servers = [
      { name: 'plaza', url: apiUrl, loads: [] as PageLoad[] },
      { name: 'baseline', url: baselineUrl, loads: [] as PageLoad[] },
    ];
    console.log(
      `citizen page, first visit: ${network.downKbps} kbit/s down, ${network.upKbps} kbit/s up, ` +
        `${network.latencyMs} ms latency, empty cache`,
    );
    console.log(
      `${'run'.padEnd(5)}${'server'.padEnd(10)}${pad('bytes', 10)}${pad('tenant list', 14)}  requests`,
    );
    for (let run = 1; run <= rounds; run++) {
      for (const server of servers) {
        const load = await loadCitizenPage(browser, server.url);
        server.loads.push(load);
        const requests = load.requests.map(
          (request) => `${request.path} ${request.bytes} ${request.encoding}`,
        );
        console.log(
          `${String(run).padEnd(5)}${server.name.padEnd(10)}${pad(load.bytes, 10)}${pad(`${round(load.tenantListSeconds)} s`, 14)}  ${requests.join(', ')}`,
        );
      }
    }

    const median = (values: number[]) => percentile(values, 0.5);
    const [plaza, baseline] = servers.map((server) => ({
      bytes: median(server.loads.map((load) => load.bytes)),
      seconds: round(median(server.loads.map((load) => load.tenantListSeconds))),
      livekit: server.loads.some((load) => load.requests.some((request) => request.path.includes('livekit'))),
    }));
    if (!plaza || !baseline) throw new Error('no loads measured');
    console.log(
      `median of ${rounds}: plaza ${plaza.bytes} bytes, tenant list at ${plaza.seconds} s; ` +
        `baseline ${baseline.bytes} bytes, tenant list at ${baseline.seconds} s`,
    );
    if (plaza.livekit) {
      // The citizen page must not fetch the call library before the call is near.
      console.error('the citizen page loaded the LiveKit chunk on its first visit');
      process.exitCode = 1;
    }
    console.log(
      `page_bytes=${plaza.bytes} tenant_list_s=${plaza.seconds} base_bytes=${baseline.bytes} base_tenant_list_s=${baseline.seconds}`,
    );
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vp-bench-page-'));
  const redis = await startRedis({ dir: join(dir, 'redis') });
  try {
    await buildWebApp({ logFile: join(dir, 'web-build.log') });
    const api = await startApiServer(
      benchApiConfig({ redisUrl: redis.url, prefix: 'bench-page', env: { WEB_DIST: webDist } }),
      { logger: silentLogger },
    );
    const baseline = await startBaseline(api.plaza.context.catalogue);
    try {
      await measure(api.url, baseline.url);
    } finally {
      await baseline.close();
      await api.close();
    }
  } finally {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
