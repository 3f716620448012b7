import type { ByteStreamReader, Room } from 'livekit-client';
import { useEffect, useState } from 'react';
import { documentTopic } from '../chat/call-peer';
import { sideOfIdentity } from '../chat/chat-message';
import {
  type DocumentType,
  LimitedCollector,
  maxDocumentBytes,
  maxDocuments,
  sniffDocumentType,
} from './document-rules';

export type IncomingDocument =
  | { id: string; name: string; state: 'receiving'; progress: number }
  | { id: string; name: string; state: 'received'; type: DocumentType; size: number; url: string; at: number }
  | { id: string; name: string; state: 'refused'; reason: 'type' | 'size' | 'broken' };

/** A name safe to show and to download as: no path, no control characters, not too long. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(-120);
  return clean.length > 0 ? clean : 'dokumen';
}

/**
 * Reads a refused stream to its end and drops every chunk: livekit-client 2.23 has no way to
 * cancel an incoming stream (its iterator's return() only releases the lock, and chunks would
 * queue up unread), so draining is what keeps nothing of it in memory.
 */
async function drain(reader: ByteStreamReader): Promise<void> {
  try {
    for await (const chunk of reader) void chunk;
  } catch {
    // A broken refused stream is no loss.
  }
}

type Outcome =
  | { state: 'received'; type: DocumentType; blob: Blob }
  | { state: 'refused'; reason: 'type' | 'size' | 'broken' };

/**
 * Reads one incoming document within the size limit (stopping as soon as it is passed) and
 * checks its first bytes: only what they show to be JPEG, PNG, WebP or PDF, and only what the
 * sender said it was, is kept.
 */
export async function readIncomingDocument(
  reader: ByteStreamReader,
  onProgress: (progress: number) => void,
): Promise<Outcome> {
  const declared = reader.info.size;
  const collector = new LimitedCollector(maxDocumentBytes);
  if (declared !== undefined && declared > maxDocumentBytes) {
    // Announced too large: nothing of it is kept (and the reader refuses more than announced).
    void drain(reader);
    return { state: 'refused', reason: 'size' };
  }
  let tooLarge = false;
  try {
    for await (const chunk of reader) {
      if (!collector.add(chunk)) {
        tooLarge = true;
        break;
      }
      if (declared) onProgress(Math.min(1, collector.received / declared));
    }
  } catch {
    return { state: 'refused', reason: 'broken' };
  }
  if (tooLarge) {
    // Out of the loop, the lock is released: the rest is read and dropped.
    void drain(reader);
    return { state: 'refused', reason: 'size' };
  }
  const type = sniffDocumentType(collector.head());
  if (type === null || type !== reader.info.mimeType) return { state: 'refused', reason: 'type' };
  if (collector.received === 0) return { state: 'refused', reason: 'broken' };
  return { state: 'received', type, blob: new Blob(collector.chunks as BlobPart[], { type }) };
}

/**
 * The officer's side: documents the citizen sends in this call, as object URLs held only in this
 * page's memory and revoked when the call's tools unmount.
 */
export function useDocumentInbox(room: Room): IncomingDocument[] {
  const [documents, setDocuments] = useState<IncomingDocument[]>([]);

  useEffect(() => {
    let live = true;
    const urls: string[] = [];
    let count = 0;
    const set = (id: string, next: IncomingDocument) =>
      live && setDocuments((current) => current.map((doc) => (doc.id === id ? next : doc)));
    room.registerByteStreamHandler(documentTopic, (reader, { identity }) => {
      const name = cleanFileName(reader.info.name);
      const id = reader.info.id;
      // Only the citizen sends documents, and only so many per call.
      if (sideOfIdentity(identity) !== 'citizen' || count >= maxDocuments * 3) {
        void drain(reader);
        return;
      }
      count += 1;
      setDocuments((current) => [...current, { id, name, state: 'receiving', progress: 0 }]);
      readIncomingDocument(reader, (progress) => set(id, { id, name, state: 'receiving', progress })).then(
        (outcome) => {
          if (outcome.state === 'refused') {
            set(id, { id, name, state: 'refused', reason: outcome.reason });
            return;
          }
          if (!live) return;
          const url = URL.createObjectURL(outcome.blob);
          urls.push(url);
          set(id, {
            id,
            name,
            state: 'received',
            type: outcome.type,
            size: outcome.blob.size,
            url,
            at: Date.now(),
          });
        },
        () => set(id, { id, name, state: 'refused', reason: 'broken' }),
      );
    });
    return () => {
      live = false;
      room.unregisterByteStreamHandler(documentTopic);
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [room]);

  return documents;
}
