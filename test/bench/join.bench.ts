// npm run bench:join — how long a call takes to show each side the other's video: the time from
// the officer's accept click to the first remote video frame on the citizen's and on the officer's
// page, on the whole plaza (started as `npm start` starts it). Beside it, in the same run with the
// same two browsers and the same LiveKit server, a bare livekit-client join: a static page served by
// this script loads the same livekit-client bundle, joins a room with tokens made beforehand and
// publishes camera and microphone, timed from the join call to the first remote frame.
// Rounds alternate plaza and baseline; the last line holds the medians:
//   join_citizen_ms=<n> join_officer_ms=<n> base_citizen_ms=<n> base_officer_ms=<n>
// Options: --rounds N (default 11, at least 5; a join takes about 1 s or about 2 s, plaza and
// baseline alike, so a median of 5 lands on either). BENCH_DEBUG=1 prints each step of a plaza round.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AccessToken } from 'livekit-server-sdk';
import type { BrowserContext, Page } from 'playwright-core';
import { repoRoot } from '../../infra/scripts/repo-root';
import { type Stack, startStack } from '../../infra/scripts/stack';
import { launchPersonBrowser } from '../support/browser';
import { takeDemoTicket } from '../support/demo-ticket';
import { roomyRateLimits } from '../support/roomy-rate-limits';
import { signInOnPage } from '../support/sign-in';
import { percentile } from './bench-stats';

const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg >= 0 ? Number(process.argv[roundsArg + 1]) : 11;
if (!Number.isInteger(rounds) || rounds < 5) {
  console.error('--rounds must be a whole number of at least 5 (medians of at least 5 calls)');
  process.exit(2);
}

/** How long one join may take before the round counts as failed. */
const frameTimeoutMs = 30_000;

interface Sides {
  citizen: number;
  officer: number;
}

/** The baseline page and the livekit-client bundle the web app is built from, on loopback. */
async function serveBaseline(): Promise<{ url: string; server: Server }> {
  const files: Record<string, { type: string; body: Buffer }> = {
    '/': {
      type: 'text/html; charset=utf-8',
      body: readFileSync(join(repoRoot, 'test/bench/join-baseline/index.html')),
    },
    '/baseline.mjs': {
      type: 'text/javascript; charset=utf-8',
      body: readFileSync(join(repoRoot, 'test/bench/join-baseline/baseline.mjs')),
    },
    '/livekit-client.mjs': {
      type: 'text/javascript; charset=utf-8',
      body: readFileSync(join(repoRoot, 'node_modules/livekit-client/dist/livekit-client.esm.mjs')),
    },
  };
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://x').pathname];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'max-age=3600' }).end(file.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

/**
 * Starts watching `selector` in `page` for its first video frame (requestVideoFrameCallback; a
 * re-rendered element is watched anew); window.__firstFrame then resolves with Date.now() of it.
 */
async function watchFirstFrame(page: Page, selector: string): Promise<void> {
  // Page code in this file is given as source text: tsx (esbuild's keepNames) wraps functions in
  // a __name helper that the page does not have, and such an evaluation never settles.
  await page.evaluate(`
    window.__firstFrame = new Promise((resolve) => {
      let watched = null;
      let done = false;
      const look = () => {
        if (done) return;
        const video = document.querySelector(${JSON.stringify(selector)});
        if (video !== null && video !== watched) {
          watched = video;
          video.requestVideoFrameCallback(() => {
            done = true;
            resolve(Date.now());
          });
        }
        setTimeout(look, 5);
      };
      look();
    });
    // The evaluation's value: not the promise, which Playwright would wait for.
    undefined;
  `);
}

/**
 * Polls `expression` (page source text, evaluated as DevTools does: not subject to the page's CSP)
 * every 20 ms until it is true; throws after `timeoutMs` naming `what`.
 */
async function until(page: Page, expression: string, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate<boolean>(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function firstFrameAt(page: Page, what: string): Promise<number> {
  return Promise.race([
    page.evaluate<number>('window.__firstFrame'),
    new Promise<number>((_resolve, reject) =>
      setTimeout(() => reject(new Error(`no remote video frame on the ${what} within 30 s`)), frameTimeoutMs),
    ),
  ]);
}

async function officerStatus(officer: Page): Promise<string | null> {
  return officer.getByTestId('officer-status').getAttribute('data-status');
}

async function waitForOfficerStatus(officer: Page, status: string): Promise<void> {
  await until(
    officer,
    `document.querySelector('[data-testid="officer-status"]')?.getAttribute('data-status') === ${JSON.stringify(status)}`,
    `the officer's status ${status}`,
  );
}

/** One call through the plaza: ticket, offer, accept; the call is then ended and the officer ready again. */
async function plazaCall(stack: Stack, citizen: Page, officer: Page, round: number): Promise<Sides> {
  const step = (what: string) => process.env.BENCH_DEBUG && console.error(`round ${round}: ${what}`);
  // Each browser shows the page under test: a background tab gets no animation frames and no
  // video frame callbacks, and its timers are throttled.
  await Promise.all([citizen.bringToFront(), officer.bringToFront()]);
  step('taking a ticket');
  const created = await takeDemoTicket({
    apiUrl: stack.apiUrl,
    name: `Warga Uji ${String.fromCharCode(64 + round)}`,
  });
  step('opening the ticket page');
  await citizen.goto(`${stack.apiUrl}/ticket/${created.ticket.id}#${created.accessKey}`);
  step('waiting for the live stream and the offer');
  await until(
    citizen,
    `document.querySelector('[data-testid="connection-state"]')?.getAttribute('data-state') === 'open'`,
    "the citizen's live updates",
  );
  step('live; waiting for the offer');
  await until(
    officer,
    `document.querySelector('[data-testid="offer-number"]')?.textContent?.includes(${JSON.stringify(created.ticket.number)}) === true`,
    'the offer on the console',
  );
  await Promise.all([
    watchFirstFrame(citizen, '[data-testid="remote-video"]'),
    watchFirstFrame(officer, '[data-testid="remote-video"]'),
  ]);
  step('accepting');
  const acceptedAt = Date.now();
  await officer.getByTestId('accept-offer').click();
  const [citizenFrame, officerFrame] = await Promise.all([
    firstFrameAt(citizen, "citizen's page"),
    firstFrameAt(officer, "officer's console"),
  ]);

  step('ending the call');
  await citizen.getByTestId('end-call').click();
  await citizen.getByTestId('end-call-yes').click();
  await waitForOfficerStatus(officer, 'wrap_up');
  await officer.getByTestId('go-ready').click();
  await waitForOfficerStatus(officer, 'ready');
  return { citizen: citizenFrame - acceptedAt, officer: officerFrame - acceptedAt };
}

async function tokenFor(stack: Stack, room: string, identity: string): Promise<string> {
  const token = new AccessToken(stack.livekitApiKey, stack.livekitApiSecret, { identity, ttl: '10m' });
  token.addGrant({ room, roomJoin: true, canPublish: true, canSubscribe: true });
  return token.toJwt();
}

/** One bare join of the same two browsers to a fresh room, tokens made before the clock starts. */
async function baselineCall(
  stack: Stack,
  browsers: { citizen: BrowserContext; officer: BrowserContext },
  url: string,
  round: number,
): Promise<Sides> {
  // Pages of their own, closed after the round: each browser then shows one page at a time.
  const [citizen, officer] = await Promise.all([
    openBaselinePage(browsers.citizen, url),
    openBaselinePage(browsers.officer, url),
  ]);
  const room = `bench-baseline-${round}-${Date.now()}`;
  await Promise.all([citizen.bringToFront(), officer.bringToFront()]);
  const [citizenToken, officerToken] = await Promise.all([
    tokenFor(stack, room, 'citizen'),
    tokenFor(stack, room, 'officer'),
  ]);
  await Promise.all([watchFirstFrame(citizen, '#remote'), watchFirstFrame(officer, '#remote')]);
  const joinedAt = Date.now();
  const join = (token: string) =>
    `window.baselineJoin(${JSON.stringify(stack.livekitUrl)}, ${JSON.stringify(token)})`;
  await Promise.all([citizen.evaluate(join(citizenToken)), officer.evaluate(join(officerToken))]);
  const [citizenFrame, officerFrame] = await Promise.all([
    firstFrameAt(citizen, 'baseline citizen page'),
    firstFrameAt(officer, 'baseline officer page'),
  ]);
  await Promise.all([citizen, officer].map((page) => page.evaluate('window.baselineLeave()')));
  await Promise.all([citizen.close(), officer.close()]);
  return { citizen: citizenFrame - joinedAt, officer: officerFrame - joinedAt };
}

async function openBaselinePage(browser: BrowserContext, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await until(page, 'window.baselineReady === true', 'the baseline page');
  return page;
}

async function main(): Promise<void> {
  const stack = await startStack({ buildWeb: true, apiEnv: { TICKET_PROOF: 'off', ...roomyRateLimits } });
  const baseline = await serveBaseline();
  const browsers: BrowserContext[] = [];
  try {
    const [citizenBrowser, officerBrowser] = await Promise.all([
      launchPersonBrowser(),
      launchPersonBrowser(),
    ]);
    browsers.push(citizenBrowser, officerBrowser);
    const citizen = await citizenBrowser.newPage();
    const officer = await officerBrowser.newPage();
    await signInOnPage(officer, { url: `${stack.apiUrl}/officer`, username: 'dkc1' });
    await officer.getByTestId('go-ready').click();
    await waitForOfficerStatus(officer, 'ready');
    const both = { citizen: citizenBrowser, officer: officerBrowser };

    console.log(`accept (plaza) or join (baseline) to the first remote video frame, ${rounds} rounds`);
    console.log(
      `${'round'.padEnd(7)}${'plaza citizen'.padStart(15)}${'plaza officer'.padStart(15)}${'base citizen'.padStart(15)}${'base officer'.padStart(15)}`,
    );
    const plaza: Sides[] = [];
    const base: Sides[] = [];
    for (let round = 1; round <= rounds; round++) {
      // Alternating which goes first, so that neither always runs on a machine just warmed up.
      if (round % 2 === 1) {
        plaza.push(await plazaCall(stack, citizen, officer, round));
        base.push(await baselineCall(stack, both, baseline.url, round));
      } else {
        base.push(await baselineCall(stack, both, baseline.url, round));
        plaza.push(await plazaCall(stack, citizen, officer, round));
      }
      const p = plaza[plaza.length - 1] as Sides;
      const b = base[base.length - 1] as Sides;
      console.log(
        `${String(round).padEnd(7)}${`${p.citizen} ms`.padStart(15)}${`${p.officer} ms`.padStart(15)}${`${b.citizen} ms`.padStart(15)}${`${b.officer} ms`.padStart(15)}`,
      );
    }
    const median = (samples: Sides[], side: keyof Sides) =>
      Math.round(
        percentile(
          samples.map((s) => s[side]),
          0.5,
        ),
      );
    const result = {
      joinCitizen: median(plaza, 'citizen'),
      joinOfficer: median(plaza, 'officer'),
      baseCitizen: median(base, 'citizen'),
      baseOfficer: median(base, 'officer'),
    };
    console.log(
      `ratio plaza/baseline: citizen ${(result.joinCitizen / result.baseCitizen).toFixed(2)}x, ` +
        `officer ${(result.joinOfficer / result.baseOfficer).toFixed(2)}x (aim: at most 1.2x)`,
    );
    if ((await officerStatus(officer)) !== 'ready') throw new Error('the officer did not end ready');
    console.log(
      `join_citizen_ms=${result.joinCitizen} join_officer_ms=${result.joinOfficer} ` +
        `base_citizen_ms=${result.baseCitizen} base_officer_ms=${result.baseOfficer}`,
    );
  } finally {
    await Promise.all(browsers.map((browser) => browser.close()));
    await new Promise<void>((resolve) => baseline.server.close(() => resolve()));
    await stack.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
