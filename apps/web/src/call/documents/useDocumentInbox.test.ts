// The officer's check of what arrives, with a stand-in for livekit-client's ByteStreamReader
// (the real one is driven by the e2e test, test/e2e/call-tools.test.ts).
import type { ByteStreamReader } from 'livekit-client';
import { describe, expect, it } from 'vitest';
import { maxDocumentBytes } from './document-rules';
import { cleanFileName, readIncomingDocument } from './useDocumentInbox';

function fakeReader(options: { chunks: Uint8Array[]; mimeType: string; size?: number; failAfter?: number }) {
  let read = 0;
  const reader = {
    info: { id: 's1', name: 'x', mimeType: options.mimeType, size: options.size, topic: 'vp.document' },
    async *[Symbol.asyncIterator]() {
      for (const chunk of options.chunks) {
        if (options.failAfter !== undefined && read >= options.failAfter) throw new Error('stream aborted');
        read += 1;
        yield chunk;
      }
    },
  };
  return { reader: reader as unknown as ByteStreamReader, chunksRead: () => read };
}

const pdfHead = new TextEncoder().encode('%PDF-1.7\n');
const mb = new Uint8Array(1024 * 1024);

describe('readIncomingDocument', () => {
  it('keeps a PDF whose bytes say PDF, whole and in order', async () => {
    const { reader } = fakeReader({
      chunks: [pdfHead, new Uint8Array([1, 2, 3])],
      mimeType: 'application/pdf',
    });
    const outcome = await readIncomingDocument(reader, () => {});
    expect(outcome.state).toBe('received');
    if (outcome.state !== 'received') return;
    expect(outcome.type).toBe('application/pdf');
    expect(new Uint8Array(await outcome.blob.arrayBuffer())).toEqual(new Uint8Array([...pdfHead, 1, 2, 3]));
  });

  it('refuses a ".pdf" that is not a PDF', async () => {
    const { reader } = fakeReader({
      chunks: [new TextEncoder().encode('hello')],
      mimeType: 'application/pdf',
    });
    expect(await readIncomingDocument(reader, () => {})).toEqual({ state: 'refused', reason: 'type' });
  });

  it('refuses a PNG sent as a PDF (the claim and the bytes disagree)', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const { reader } = fakeReader({ chunks: [png], mimeType: 'application/pdf' });
    expect(await readIncomingDocument(reader, () => {})).toEqual({ state: 'refused', reason: 'type' });
  });

  it('refuses an announced oversize stream without keeping any of it', async () => {
    const { reader } = fakeReader({
      chunks: [pdfHead],
      mimeType: 'application/pdf',
      size: maxDocumentBytes + 1,
    });
    expect(await readIncomingDocument(reader, () => {})).toEqual({ state: 'refused', reason: 'size' });
  });

  it('stops keeping a stream that passes the limit without announcing it', async () => {
    const chunks = [pdfHead, ...Array.from({ length: 11 }, () => mb)];
    const { reader } = fakeReader({ chunks, mimeType: 'application/pdf' });
    expect(await readIncomingDocument(reader, () => {})).toEqual({ state: 'refused', reason: 'size' });
  });

  it('reports a stream cut in the middle as broken', async () => {
    const { reader } = fakeReader({ chunks: [pdfHead, mb, mb], mimeType: 'application/pdf', failAfter: 1 });
    expect(await readIncomingDocument(reader, () => {})).toEqual({ state: 'refused', reason: 'broken' });
  });

  it('reports progress against the announced size', async () => {
    const seen: number[] = [];
    const { reader } = fakeReader({
      chunks: [pdfHead, new Uint8Array(9)],
      mimeType: 'application/pdf',
      size: 18,
    });
    await readIncomingDocument(reader, (progress) => seen.push(progress));
    expect(seen).toEqual([0.5, 1]);
  });
});

describe('cleanFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\a\\ktp.jpg', 'ktp.jpg'],
    ['ktp\u0000\u001b.pdf', 'ktp.pdf'],
    ['   ', 'dokumen'],
  ])('%s becomes %s', (name, clean) => {
    expect(cleanFileName(name)).toBe(clean);
  });
});
