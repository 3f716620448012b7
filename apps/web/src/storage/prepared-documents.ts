// Documents a citizen prepares while waiting, kept in this browser only (IndexedDB: it holds
// Blobs of a few MB where localStorage holds neither), until the ticket ends. They go to the
// officer through the call, never to our API. A small wrapper of its own: four operations on
// one object store do not earn a library.

const databaseName = 'vp-prepared-documents';
const storeName = 'documents';
const byTicket = 'byTicket';

/** A document kept for a ticket. */
export interface PreparedDocument {
  id: string;
  ticketId: string;
  name: string;
  /** The sniffed type (see call/documents/document-rules.ts). */
  type: string;
  size: number;
  blob: Blob;
  addedAt: number;
  /** When it last went to an officer, or null. */
  sentAt: number | null;
  /** The officer's page (its session in the call) it went to: a reloaded citizen page does not
   * send it to that page again, a reloaded officer page gets it again. */
  sentTo: string | null;
}

let opening: Promise<IDBDatabase> | null = null;

function openDatabase(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available in this browser'));
      return;
    }
    const request = indexedDB.open(databaseName, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(storeName, { keyPath: 'id' });
      store.createIndex(byTicket, 'ticketId');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Runs one request in a transaction and resolves when the transaction completes. */
async function run<T>(
  mode: IDBTransactionMode,
  use: (store: IDBObjectStore) => IDBRequest<T> | undefined,
): Promise<T | undefined> {
  const database = await openDatabase();
  return new Promise<T | undefined>((resolve, reject) => {
    const transaction = database.transaction(storeName, mode);
    const request = use(transaction.objectStore(storeName));
    transaction.oncomplete = () => resolve(request?.result);
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** The documents kept for a ticket, oldest first. */
export async function listPreparedDocuments(ticketId: string): Promise<PreparedDocument[]> {
  const found = await run<PreparedDocument[]>('readonly', (store) =>
    store.index(byTicket).getAll(IDBKeyRange.only(ticketId)),
  );
  return (found ?? []).sort((a, b) => a.addedAt - b.addedAt);
}

/** Keeps a document for a ticket. */
export async function addPreparedDocument(options: {
  ticketId: string;
  name: string;
  type: string;
  blob: Blob;
  now?: number;
}): Promise<PreparedDocument> {
  const document: PreparedDocument = {
    id: crypto.randomUUID(),
    ticketId: options.ticketId,
    name: options.name,
    type: options.type,
    size: options.blob.size,
    blob: options.blob,
    addedAt: options.now ?? Date.now(),
    sentAt: null,
    sentTo: null,
  };
  await run('readwrite', (store) => store.put(document));
  return document;
}

/** Notes that a document went to an officer's page (`sentTo`, its session in the call). */
export async function markPreparedDocumentSent(options: {
  id: string;
  sentTo: string;
  at?: number;
}): Promise<void> {
  await run('readwrite', (store) => {
    const request = store.get(options.id);
    request.onsuccess = () => {
      const document = request.result as PreparedDocument | undefined;
      if (document) store.put({ ...document, sentAt: options.at ?? Date.now(), sentTo: options.sentTo });
    };
    return undefined;
  });
}

/** Forgets one document. */
export async function removePreparedDocument(id: string): Promise<void> {
  await run('readwrite', (store) => store.delete(id));
}

/**
 * Forgets every document of a ticket that ended, and any kept longer than `maxAgeMs` (a ticket
 * whose page was never opened again).
 */
export async function forgetPreparedDocuments(options: {
  ticketId?: string;
  maxAgeMs?: number;
  now?: number;
}): Promise<void> {
  const cutoff = (options.now ?? Date.now()) - (options.maxAgeMs ?? 24 * 60 * 60 * 1000);
  await run('readwrite', (store) => {
    const request = store.openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return;
      const document = cursor.value as PreparedDocument;
      if (document.ticketId === options.ticketId || document.addedAt < cutoff) cursor.delete();
      cursor.continue();
    };
    return undefined;
  });
}
