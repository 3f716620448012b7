import { describe, expect, it } from 'vitest';
import {
  checkDocument,
  checkDocumentFile,
  describeSize,
  LimitedCollector,
  maxDocumentBytes,
  sniffDocumentType,
} from './document-rules';

const bytes = (...values: Array<number | string>) =>
  new Uint8Array(
    values.flatMap((value) => (typeof value === 'string' ? [...value].map((c) => c.charCodeAt(0)) : [value])),
  );

const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'JFIF');
const png = bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
const webp = bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 ');
const pdf = bytes('%PDF-1.7\n%');

describe('sniffDocumentType', () => {
  it.each([
    ['a JPEG', jpeg, 'image/jpeg'],
    ['a PNG', png, 'image/png'],
    ['a WebP', webp, 'image/webp'],
    ['a PDF', pdf, 'application/pdf'],
  ])('knows %s by its first bytes', (_, head, type) => {
    expect(sniffDocumentType(head)).toBe(type);
  });

  it.each([
    ['text named .pdf', bytes('hello, this is not a PDF')],
    ['a GIF', bytes('GIF89a', 0, 0, 0, 0)],
    ['an HTML page', bytes('<!doctype html>')],
    ['a RIFF that is a WAV', bytes('RIFF', 0x24, 0, 0, 0, 'WAVEfmt ')],
    ['a PNG cut short', png.subarray(0, 5)],
    ['nothing', new Uint8Array()],
    ['a PDF signature not at the start', bytes(' %PDF-1.7')],
  ])('refuses %s', (_, head) => {
    expect(sniffDocumentType(head)).toBeNull();
  });
});

describe('checkDocument', () => {
  it('passes an accepted type at the limit', () => {
    expect(checkDocument({ size: maxDocumentBytes, head: pdf })).toBeNull();
  });

  it('refuses one byte over the limit, before looking at its type', () => {
    expect(checkDocument({ size: maxDocumentBytes + 1, head: bytes('nope') })).toEqual({
      kind: 'tooLarge',
      size: maxDocumentBytes + 1,
    });
  });

  it('refuses an empty file and a wrong type', () => {
    expect(checkDocument({ size: 0, head: new Uint8Array() })).toEqual({ kind: 'empty' });
    expect(checkDocument({ size: 100, head: bytes('plain text') })).toEqual({ kind: 'wrongType' });
  });
});

describe('checkDocumentFile', () => {
  it("gives a passing file the type its bytes show, whatever the name's or the claimed type", async () => {
    const file = new Blob([png, new Uint8Array(100)], { type: 'application/pdf' });
    expect(await checkDocumentFile(file)).toEqual({ ok: true, type: 'image/png' });
  });

  it('refuses a file that is not what it claims', async () => {
    const file = new Blob(['not a pdf at all'], { type: 'application/pdf' });
    expect(await checkDocumentFile(file)).toEqual({ ok: false, problem: { kind: 'wrongType' } });
  });

  it('refuses a file over the limit without reading it', async () => {
    const file = new Blob([pdf, new Uint8Array(maxDocumentBytes)]);
    expect(await checkDocumentFile(file)).toEqual({
      ok: false,
      problem: { kind: 'tooLarge', size: maxDocumentBytes + pdf.length },
    });
  });
});

describe('LimitedCollector', () => {
  it('keeps chunks up to the limit and reads their first bytes across chunks', () => {
    const collector = new LimitedCollector(10);
    expect(collector.add(bytes('%PD'))).toBe(true);
    expect(collector.add(bytes('F-1.7'))).toBe(true);
    expect(collector.received).toBe(8);
    expect(sniffDocumentType(collector.head())).toBe('application/pdf');
  });

  it('drops everything once the limit is passed', () => {
    const collector = new LimitedCollector(10);
    expect(collector.add(new Uint8Array(6))).toBe(true);
    expect(collector.add(new Uint8Array(5))).toBe(false);
    expect(collector.chunks).toEqual([]);
  });
});

describe('describeSize', () => {
  it.each([
    [200, { unit: 'kb', value: '1' }],
    [300 * 1024, { unit: 'kb', value: '300' }],
    [maxDocumentBytes, { unit: 'mb', value: '10' }],
    [2.45 * 1024 * 1024, { unit: 'mb', value: '2.5' }],
  ])('%d bytes read as %o', (size, expected) => {
    expect(describeSize(size)).toEqual(expected);
  });
});
