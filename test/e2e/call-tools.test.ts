// The call's tools end to end: the whole plaza (Redis, LiveKit, the API serving the built web
// app) and two people in headless chromium with fake devices. The citizen prepares a PDF and a
// PNG while waiting (a too-large file and a wrong-type one are refused), the call opens and both
// go to the officer through LiveKit byte streams, byte for byte; chat goes both ways with times;
// the officer's one-click requirements arrive in the citizen's language; nothing of a document
// reaches our API.

import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../infra/scripts/stack';
import { findAxeViolations } from '../support/axe';
import { launchPersonBrowser } from '../support/browser';
import { takeDemoTicket } from '../support/demo-ticket';
import { roomyRateLimits } from '../support/roomy-rate-limits';
import { signInOnPage } from '../support/sign-in';
import { waitForRemoteFrame } from '../support/video';

const shots = '/tmp/shots/call-tools';
const phone = { width: 360, height: 740 };
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** Frames may take a while on a loaded two-core machine. */
const frameTimeoutMs = 60_000;

/** Files handed to the page by path (a local browser reads them itself; no 10 MB over the wire). */
function writeFiles(files: Record<string, Buffer>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'vp-call-tools-'));
  return Object.entries(files).map(([name, bytes]) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  });
}

/** A small valid PDF with a marker of its own, padded past several stream chunks (15 KB each). */
function samplePdf(marker: string): Buffer {
  const body = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    'trailer << /Root 1 0 R >>',
    `% ${marker}`,
    '%%EOF',
    '',
  ].join('\n');
  return Buffer.concat([Buffer.from(body), Buffer.from(`%${randomBytes(60_000).toString('base64')}\n`)]);
}

describe('chat and documents in a call', () => {
  let stack: Stack;
  let citizenBrowser: BrowserContext;
  let officerBrowser: BrowserContext;
  let citizen: Page;
  let officer: Page;
  /** Every body the citizen's page sent to our API, with its path. */
  const citizenBodies: Array<{ path: string; body: Buffer }> = [];

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    stack = await startStack({ buildWeb: true, apiEnv: { TICKET_PROOF: 'off', ...roomyRateLimits } });
    [citizenBrowser, officerBrowser] = await Promise.all([launchPersonBrowser(), launchPersonBrowser()]);
    citizen = await citizenBrowser.newPage();
    officer = await officerBrowser.newPage();
    await citizen.setViewportSize(phone);
    await officer.setViewportSize({ width: 1366, height: 768 });
    citizen.on('request', (request) => {
      if (request.url().startsWith(stack.apiUrl))
        citizenBodies.push({
          path: new URL(request.url()).pathname,
          body: request.postDataBuffer() ?? Buffer.alloc(0),
        });
    });
  }, 240_000);

  afterAll(async () => {
    await Promise.all([citizenBrowser?.close(), officerBrowser?.close()]);
    await stack?.stop();
  }, 60_000);

  it('sends prepared documents as the call opens, and chats both ways', { timeout: 180_000 }, async () => {
    const marker = `vp-doc-${randomBytes(8).toString('hex')}`;
    const pdf = samplePdf(marker);
    // A real PNG: a picture of the page itself.
    await citizen.goto(stack.apiUrl);
    const png = await citizen.screenshot({ type: 'png' });

    await signInOnPage(officer, { url: `${stack.apiUrl}/officer`, username: 'dkc1' });
    await expect.poll(() => officer.getByTestId('officer-status').getAttribute('data-status')).not.toBeNull();

    const created = await takeDemoTicket({ apiUrl: stack.apiUrl, name: 'Siti Rahmawati' });
    await citizen.goto(`${stack.apiUrl}/ticket/${created.ticket.id}#${created.accessKey}`);
    const prepare = citizen.getByTestId('docs-prepare');
    await prepare.waitFor();

    // Refused while waiting, each with its name and the reason (Bahasa Indonesia first).
    const tooLarge = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]);
    await prepare
      .getByTestId('doc-input')
      .setInputFiles(
        writeFiles({ 'kk-besar.pdf': tooLarge, 'catatan.pdf': Buffer.from('bukan PDF, hanya teks') }),
      );
    const errors = prepare.getByTestId('doc-errors');
    await expect.poll(() => errors.textContent()).toContain('“kk-besar.pdf” terlalu besar');
    expect(await errors.textContent()).toContain('batasnya 10 MB');
    expect(await errors.textContent()).toContain('“catatan.pdf” bukan foto (JPEG, PNG, WebP) atau PDF');
    expect(await prepare.getByTestId('doc-item').count()).toBe(0);

    // Kept in the browser while waiting.
    await prepare
      .getByTestId('doc-input')
      .setInputFiles(writeFiles({ 'kartu-keluarga.pdf': pdf, 'foto-ktp.png': png }));
    await expect.poll(() => prepare.getByTestId('doc-item').count()).toBe(2);
    expect(await findAxeViolations(citizen, '[data-testid="docs-prepare"]')).toEqual([]);
    await citizen.screenshot({ path: `${shots}/citizen-waiting-documents-360.png`, fullPage: true });
    // Still there after a reload: they live in IndexedDB, not in the page.
    await citizen.reload();
    await expect.poll(() => citizen.getByTestId('docs-prepare').getByTestId('doc-item').count()).toBe(2);

    // The citizen reads English: the officer's prepared messages follow.
    await citizen.getByTestId('lang-en').click();

    await officer.getByTestId('go-ready').click();
    await officer.getByTestId('accept-offer').click({ timeout: 15_000 });
    await waitForRemoteFrame(citizen, frameTimeoutMs);
    await waitForRemoteFrame(officer, frameTimeoutMs);

    // Both prepared documents arrive at the officer without anyone touching them.
    await officer.getByTestId('tools-documents').click();
    const received = officer.getByTestId('doc-received');
    await expect
      .poll(() => received.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-state'))), {
        timeout: 30_000,
      })
      .toEqual(['received', 'received']);
    const pdfCard = officer.locator('[data-testid="doc-received"][data-name="kartu-keluarga.pdf"]');
    const pngCard = officer.locator('[data-testid="doc-received"][data-name="foto-ktp.png"]');

    // Opened: the photo shows in the viewer at its own size; the PDF opens as a blob of the page.
    await pngCard.getByTestId('doc-open').click();
    const viewerImage = officer.getByTestId('doc-viewer-image');
    await expect
      .poll(() => viewerImage.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBe(phone.width);
    await officer.screenshot({ path: `${shots}/officer-document-viewer-1366.png` });
    await officer.getByTestId('doc-viewer-close').click();
    expect(await pdfCard.getByTestId('doc-open').getAttribute('href')).toMatch(/^blob:/);

    // Downloaded: byte for byte what the citizen chose.
    for (const [card, bytes] of [
      [pdfCard, pdf],
      [pngCard, png],
    ] as const) {
      const [download] = await Promise.all([
        officer.waitForEvent('download'),
        card.getByTestId('doc-download').click(),
      ]);
      expect(sha256(readFileSync(await download.path()))).toBe(sha256(bytes));
    }
    await officer.screenshot({ path: `${shots}/officer-documents-1366.png` });
    expect(await findAxeViolations(officer, '[data-testid="call-tools"]')).toEqual([]);

    // The citizen sees them sent.
    await citizen.getByTestId('tools-documents').click();
    await expect
      .poll(() =>
        citizen
          .getByTestId('doc-outbox')
          .getByTestId('doc-item')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-state'))),
      )
      .toEqual(['sent', 'sent']);

    // In the call too, a too-large and a wrong-type file are refused with a clear error.
    await citizen
      .getByTestId('doc-outbox')
      .getByTestId('doc-input')
      .setInputFiles(writeFiles({ 'scan.pdf': tooLarge, 'virus.png': Buffer.from('MZ not a picture') }));
    const callErrors = citizen.getByTestId('doc-outbox').getByTestId('doc-errors');
    await expect.poll(() => callErrors.textContent()).toContain('“scan.pdf” is too large');
    expect(await callErrors.textContent()).toContain('the limit is 10 MB');
    expect(await callErrors.textContent()).toContain('“virus.png” is not a photo (JPEG, PNG, WebP) or a PDF');
    await citizen.screenshot({ path: `${shots}/citizen-call-documents-360.png` });
    expect(await findAxeViolations(citizen, '[data-testid="call-tools"]')).toEqual([]);

    // A photo of a document from the (fake) rear camera, at the camera's full size, not the call's.
    await citizen.getByTestId('doc-photo').click();
    await citizen.getByTestId('doc-camera').waitFor();
    await citizen.screenshot({ path: `${shots}/citizen-call-camera-360.png` });
    const cameraSize = await citizen.locator('.doc-camera-view').evaluate(async (video: HTMLVideoElement) => {
      while (video.videoWidth === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      return { width: video.videoWidth, height: video.videoHeight };
    });
    await citizen.getByTestId('doc-camera-take').click();
    const photoCard = officer.locator('[data-testid="doc-received"][data-name^="dokumen-"]');
    await expect.poll(() => photoCard.getAttribute('data-state'), { timeout: 30_000 }).toBe('received');
    const photoWidth = await photoCard.locator('img').evaluate(async (image: HTMLImageElement) => {
      await image.decode();
      return image.naturalWidth;
    });
    expect(photoWidth).toBeGreaterThanOrEqual(cameraSize.width);
    console.log(
      `document photo: ${photoWidth} px wide; camera stream ${cameraSize.width}x${cameraSize.height}`,
    );

    // Chat, citizen to officer: a badge on the officer's closed chat, then the message with its time.
    await citizen.getByTestId('tools-chat').click();
    await citizen.getByTestId('chat-input').fill('  Good morning, I need a new ID card.  ');
    await citizen.getByTestId('chat-send').click();
    await expect.poll(() => officer.getByTestId('tools-chat-badge').textContent()).toContain('1');
    await officer.getByTestId('tools-chat').click();
    const officerMessages = officer.getByTestId('chat-message');
    await expect.poll(() => officerMessages.count()).toBe(1);
    expect(await officerMessages.first().getByTestId('chat-text').textContent()).toBe(
      'Good morning, I need a new ID card.',
    );
    expect(await officerMessages.first().textContent()).toContain('Warga');
    expect(await officerMessages.first().getByTestId('chat-time').textContent()).toMatch(/^\d{2}:\d{2}$/);

    // Officer to citizen, typed (markup stays text), then the requirements in one click, in English.
    expect(await officer.getByTestId('chat-citizen-language').getAttribute('data-language')).toBe('en');
    await officer.getByTestId('chat-input').fill('Baik, <b>silakan</b> tunggu.');
    await officer.getByTestId('chat-input').press('Enter');
    await officer.getByTestId('chat-send-requirements').click();
    const citizenMessages = citizen.getByTestId('chat-message');
    await expect.poll(() => citizenMessages.count()).toBe(3);
    const texts = await citizenMessages.getByTestId('chat-text').allTextContents();
    expect(texts[0]).toBe('Good morning, I need a new ID card.');
    expect(texts[1]).toBe('Baik, <b>silakan</b> tunggu.');
    expect(texts[2]).toBe(
      'Requirements for Electronic ID card (KTP-el):\n1. Copy of the family card\n2. Aged 17 or older, or married\n3. Police report if the card was lost',
    );
    expect(await citizen.locator('.chat-text b').count()).toBe(0);
    const senders = await citizenMessages.evaluateAll((items) =>
      items.map((item) => item.querySelector('.chat-sender')?.textContent),
    );
    expect(senders).toEqual(['You', 'Officer', 'Officer']);
    for (const time of await citizenMessages.getByTestId('chat-time').allTextContents()) {
      expect(time).toMatch(/^\d{2}:\d{2}$/);
    }
    await citizen.screenshot({ path: `${shots}/citizen-call-chat-360.png` });
    expect(await findAxeViolations(citizen, '[data-testid="call-tools"]')).toEqual([]);
    expect(await findAxeViolations(officer, '[data-testid="call-tools"]')).toEqual([]);
    // The call still fits the phone: with either tool open, a good part of the video is in view
    // above it, and the tool is whole on screen.
    for (const tool of ['documents', 'chat']) {
      await citizen.getByTestId(`tools-${tool}`).click();
      const video = await citizen.getByTestId('remote-video').boundingBox();
      const sheet = await citizen.getByTestId('call-tools').boundingBox();
      if (!video || !sheet) throw new Error('the video or the tools are not on screen');
      expect(Math.min(video.y + video.height, sheet.y) - Math.max(video.y, 0)).toBeGreaterThanOrEqual(120);
      expect(sheet.y + sheet.height).toBeLessThanOrEqual(phone.height);
    }
    // A phone on its side: the tabs, the end button and the video all on screen, tools closed and open.
    await citizen.setViewportSize({ width: phone.height, height: phone.width });
    for (const state of ['open', 'closed']) {
      if (state === 'closed') await citizen.getByTestId('tools-chat').click();
      await citizen.screenshot({ path: `${shots}/citizen-call-landscape-${state}.png` });
      for (const testId of ['tools-chat', 'tools-documents', ...(state === 'closed' ? ['end-call'] : [])]) {
        const box = await citizen.getByTestId(testId).boundingBox();
        expect(box && box.y >= 0 && box.y + box.height <= phone.width, `${testId} on screen (${state})`).toBe(
          true,
        );
      }
    }
    await citizen.setViewportSize(phone);
    await officer.setViewportSize(phone);
    await officer.screenshot({ path: `${shots}/officer-chat-360.png` });
    await officer.getByTestId('tools-documents').click();
    await officer.getByTestId('doc-inbox').scrollIntoViewIfNeeded();
    await officer.screenshot({ path: `${shots}/officer-documents-360.png` });
    await officer.setViewportSize({ width: 1366, height: 768 });

    // Nothing of a document went to our API: no body carried a piece of one, the bodies are small
    // but for the device check's network probe (random bytes), and the log never names one.
    const pieces = [
      Buffer.from(marker),
      pdf.subarray(0, 64),
      png.subarray(png.length - 600, png.length - 536),
    ];
    expect(citizenBodies.filter(({ body }) => pieces.some((piece) => body.includes(piece)))).toEqual([]);
    const small = citizenBodies.filter(({ path }) => !path.endsWith('/network-probe'));
    expect(small.reduce((sum, { body }) => sum + body.length, 0)).toBeLessThan(16 * 1024);
    const apiLog = readFileSync(`${stack.runDir}/api.log`, 'utf8');
    expect(apiLog).not.toContain('kartu-keluarga');
    expect(apiLog).not.toContain('foto-ktp');
    expect(apiLog).not.toContain(marker);
  });

  // The other order of the hello: here the citizen's tools are in first and the officer's page
  // comes (back) later. A reloaded officer page gets the documents again; a reloaded citizen page
  // does not send them twice to the same officer page.
  it('sends the documents again to a reloaded officer page, never twice to the same', {
    timeout: 120_000,
  }, async () => {
    await officer.reload();
    await waitForRemoteFrame(officer, frameTimeoutMs);
    await officer.getByTestId('tools-documents').click();
    await expect
      .poll(
        () =>
          officer
            .getByTestId('doc-received')
            .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-state'))),
        {
          timeout: 30_000,
        },
      )
      .toEqual(['received', 'received', 'received']);

    await citizen.reload();
    await waitForRemoteFrame(citizen, frameTimeoutMs);
    await citizen.getByTestId('tools-documents').click();
    await expect
      .poll(() =>
        citizen
          .getByTestId('doc-outbox')
          .getByTestId('doc-item')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-state'))),
      )
      .toEqual(['sent', 'sent']);
    // Give a duplicate time to arrive, then count.
    await officer.waitForTimeout(3_000);
    // The prepared two and the photo taken in the call (the citizen's page kept it until its reload).
    expect(await officer.getByTestId('doc-received').count()).toBe(3);
  });
});
