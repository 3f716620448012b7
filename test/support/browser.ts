// Debian's chromium driven by playwright-core, with a fake camera and microphone, set up for a
// machine whose only network is loopback.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
  // Plain host candidates: the LiveKit server cannot resolve mDNS `.local` names.
  '--disable-features=WebRtcHideLocalIpsWithMdns',
  '--autoplay-policy=no-user-gesture-required',
];

/**
 * A browser with its own empty profile; each call is one person's browser. `fakeCameras`: how
 * many fake cameras it has (Chromium's default is one).
 */
export async function launchPersonBrowser(options: { fakeCameras?: number } = {}): Promise<BrowserContext> {
  const args = options.fakeCameras
    ? [...chromiumArgs, `--use-fake-device-for-media-stream=device-count=${options.fakeCameras}`]
    : chromiumArgs;
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'vp-chromium-')), {
    executablePath: chromiumPath,
    args,
    permissions: ['camera', 'microphone'],
    viewport: { width: 1000, height: 800 },
  });
}

export interface NetnsBrowserOptions {
  /** The command prefix that enters the namespace, e.g. `ip netns exec <name>` (netns.ts). */
  execPrefix: readonly string[];
  /**
   * Origins served over plain http from a non-loopback address (the host side of the veth pair).
   * Such an origin is no secure context, so the page would have no camera, microphone or
   * WebCrypto (the ticket's proof of work); production serves https. The test tells chromium to
   * treat these test origins as secure, which changes nothing else about the page.
   */
  secureOrigins: readonly string[];
  viewport?: { width: number; height: number };
}

/**
 * A person's browser like launchPersonBrowser's, run inside a network namespace: playwright starts
 * a small wrapper script that enters the namespace and then execs chromium with the same
 * arguments, so that playwright's pipe to the browser is kept while all of chromium's traffic
 * goes through the namespace's link.
 */
export async function launchPersonBrowserInNetns(options: NetnsBrowserOptions): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'vp-chromium-netns-'));
  const wrapper = join(dir, 'chromium-in-netns.sh');
  const quote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec ${[...options.execPrefix, chromiumPath].map(quote).join(' ')} "$@"\n`,
  );
  chmodSync(wrapper, 0o700);
  return chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: wrapper,
    args: [...chromiumArgs, `--unsafely-treat-insecure-origin-as-secure=${options.secureOrigins.join(',')}`],
    permissions: ['camera', 'microphone'],
    viewport: options.viewport ?? { width: 1000, height: 800 },
  });
}
