import type { Room } from 'livekit-client';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  listPreparedDocuments,
  markPreparedDocumentSent,
  type PreparedDocument,
} from '../../storage/prepared-documents';
import { type CallPeer, documentTopic } from '../chat/call-peer';
import type { CheckedFile } from './DocumentPicker';
import { maxDocuments } from './document-rules';

export type OutgoingState = 'waiting' | 'sending' | 'sent' | 'failed';

/** A document of the citizen's in this call: prepared while waiting, or added in the call. */
export interface OutgoingDocument {
  key: string;
  name: string;
  type: string;
  size: number;
  blob: Blob;
  /** Its id in the browser's store when it was prepared while waiting. */
  preparedId: string | null;
  state: OutgoingState;
  /** 0..1 while sending. */
  progress: number;
  /** The officer page (session) it last went to. */
  sentTo: string | null;
}

export interface DocumentSender {
  documents: OutgoingDocument[];
  /** How many more may be added. */
  room: number;
  add(files: CheckedFile[]): void;
  resend(key: string): void;
}

const fromPrepared = (document: PreparedDocument): OutgoingDocument => ({
  key: document.id,
  name: document.name,
  type: document.type,
  size: document.size,
  blob: document.blob,
  preparedId: document.id,
  state: document.sentTo === null ? 'waiting' : 'sent',
  progress: document.sentTo === null ? 0 : 1,
  sentTo: document.sentTo,
});

/**
 * The citizen's documents in the call, sent one at a time through LiveKit byte streams (topic
 * `vp.document`) to the officer's page once it said hello. Those prepared while waiting are read
 * from the browser and go first; an officer page that reloads (a new session) gets them all again.
 */
export function useDocumentSender(options: {
  room: Room;
  /** The officer's page once it said hello; null before (and on the officer's own page). */
  officer: CallPeer | null;
  /** The ticket whose prepared documents are read; null for none. */
  ticketId: string | null;
}): DocumentSender {
  const { room, officer, ticketId } = options;
  const [documents, setDocuments] = useState<OutgoingDocument[]>([]);
  const sending = useRef(false);

  useEffect(() => {
    if (ticketId === null) return;
    let live = true;
    listPreparedDocuments(ticketId).then(
      (prepared) => {
        if (!live) return;
        setDocuments((current) => [
          ...prepared.filter((item) => !current.some((doc) => doc.key === item.id)).map(fromPrepared),
          ...current,
        ]);
      },
      // No store (private mode): nothing was prepared.
      () => {},
    );
    return () => {
      live = false;
    };
  }, [ticketId]);

  const update = useCallback((key: string, change: Partial<OutgoingDocument>) => {
    setDocuments((current) => current.map((doc) => (doc.key === key ? { ...doc, ...change } : doc)));
  }, []);

  useEffect(() => {
    if (officer === null || sending.current) return;
    const next = documents.find(
      (doc) => doc.state !== 'failed' && doc.state !== 'sending' && doc.sentTo !== officer.session,
    );
    if (next === undefined) return;
    sending.current = true;
    update(next.key, { state: 'sending', progress: 0 });
    const file = new File([next.blob], next.name, { type: next.type });
    room.localParticipant
      .sendFile(file, {
        topic: documentTopic,
        mimeType: next.type,
        destinationIdentities: [officer.identity],
        // Photos and PDFs are compressed already; deflating them again costs CPU for nothing.
        compress: false,
        onProgress: (progress) => update(next.key, { progress }),
      })
      .then(
        () => {
          update(next.key, { state: 'sent', progress: 1, sentTo: officer.session });
          if (next.preparedId !== null)
            void markPreparedDocumentSent({ id: next.preparedId, sentTo: officer.session }).catch(() => {});
        },
        () => update(next.key, { state: 'failed' }),
      )
      .finally(() => {
        sending.current = false;
        // A state change re-runs this effect for the next document.
        setDocuments((current) => [...current]);
      });
  }, [documents, officer, room, update]);

  const add = useCallback((files: CheckedFile[]) => {
    setDocuments((current) => [
      ...current,
      ...files.slice(0, Math.max(0, maxDocuments - current.length)).map((file) => ({
        key: crypto.randomUUID(),
        name: file.name,
        type: file.type,
        size: file.blob.size,
        blob: file.blob,
        preparedId: null,
        state: 'waiting' as const,
        progress: 0,
        sentTo: null,
      })),
    ]);
  }, []);

  const resend = useCallback(
    (key: string) => update(key, { state: 'waiting', progress: 0, sentTo: null }),
    [update],
  );

  return { documents, room: Math.max(0, maxDocuments - documents.length), add, resend };
}
