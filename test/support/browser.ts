// Debian's chromium driven by playwright-core, with a fake camera and microphone, set up for a
// machine whose only network is loopback.
import { mkdtempSync } from 'node:fs';
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

/** A browser with its own empty profile; each call is one person's browser. */
export async function launchPersonBrowser(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'vp-chromium-')), {
    executablePath: chromiumPath,
    args: chromiumArgs,
    permissions: ['camera', 'microphone'],
    viewport: { width: 1000, height: 800 },
  });
}
