// What a document sent in a call may be: its type, told by its first bytes (never by its name or
// the type the sender claims), and its size. The citizen's page checks before sending; the
// officer's page checks again on receipt, so a tampered page cannot push anything else.

/** The types a document may have. */
export const documentTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type DocumentType = (typeof documentTypes)[number];

/** For `<input type=file accept=…>`. */
export const documentAccept = documentTypes.join(',');

/** The largest document, in bytes (10 MiB): a phone photo at full resolution fits easily. */
export const maxDocumentBytes = 10 * 1024 * 1024;

/** The most documents one ticket prepares or one call carries. */
export const maxDocuments = 20;

/** How many first bytes `sniffDocumentType` needs. */
export const sniffBytes = 12;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, index) => bytes[at + index] === byte);

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** The type the first bytes of a file show, or null when they are none of the accepted ones. */
export function sniffDocumentType(head: Uint8Array): DocumentType | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

export type DocumentProblem = { kind: 'empty' } | { kind: 'tooLarge'; size: number } | { kind: 'wrongType' };

/** Why a file may not be sent (size first: it needs no read), or null when it may. */
export function checkDocument(options: { size: number; head: Uint8Array }): DocumentProblem | null {
  if (options.size === 0) return { kind: 'empty' };
  if (options.size > maxDocumentBytes) return { kind: 'tooLarge', size: options.size };
  if (sniffDocumentType(options.head) === null) return { kind: 'wrongType' };
  return null;
}

export type CheckedDocument = { ok: true; type: DocumentType } | { ok: false; problem: DocumentProblem };

/** Reads a file's first bytes and checks it; a file that passes gets its sniffed type. */
export async function checkDocumentFile(file: Blob): Promise<CheckedDocument> {
  const readable = file.size > 0 && file.size <= maxDocumentBytes;
  const head = readable ? new Uint8Array(await file.slice(0, sniffBytes).arrayBuffer()) : new Uint8Array();
  const problem = checkDocument({ size: file.size, head });
  const type = sniffDocumentType(head);
  if (problem !== null) return { ok: false, problem };
  return type === null ? { ok: false, problem: { kind: 'wrongType' } } : { ok: true, type };
}

/** A size as people read it: `{ key: 'kb' | 'mb', value }`, one decimal for MB. */
export function describeSize(bytes: number): { unit: 'kb' | 'mb'; value: string } {
  if (bytes < 1024 * 1024) return { unit: 'kb', value: String(Math.max(1, Math.round(bytes / 1024))) };
  const mb = bytes / (1024 * 1024);
  return { unit: 'mb', value: Number.isInteger(mb) ? String(mb) : mb.toFixed(1) };
}

/**
 * Collects a received stream's chunks while they stay within the limit; stops (and says so) as
 * soon as they pass it, so an oversized stream is never held whole in memory.
 */
export class LimitedCollector {
  readonly chunks: Uint8Array[] = [];
  received = 0;

  constructor(private readonly limit: number = maxDocumentBytes) {}

  /** Adds a chunk; false once the total passed the limit (the chunk is then dropped). */
  add(chunk: Uint8Array): boolean {
    this.received += chunk.byteLength;
    if (this.received > this.limit) {
      this.chunks.length = 0;
      return false;
    }
    this.chunks.push(chunk);
    return true;
  }

  /** The first bytes collected so far, for sniffing. */
  head(length = sniffBytes): Uint8Array {
    const out = new Uint8Array(Math.min(length, this.received));
    let at = 0;
    for (const chunk of this.chunks) {
      if (at >= out.length) break;
      const part = chunk.subarray(0, out.length - at);
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}
