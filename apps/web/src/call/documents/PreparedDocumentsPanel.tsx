import { useCallback, useEffect, useId, useState } from 'react';
import {
  addPreparedDocument,
  listPreparedDocuments,
  type PreparedDocument,
  removePreparedDocument,
} from '../../storage/prepared-documents';
import { useCallToolsT } from '../chat/useCallToolsT';
import { DocumentList } from './DocumentList';
import { type CheckedFile, DocumentPicker } from './DocumentPicker';
import { maxDocuments } from './document-rules';
import './documents.css';

/**
 * While waiting: documents the citizen gets ready (photos, PDFs), kept in this browser and sent to
 * the officer as the call opens. Nothing of them goes to our API.
 */
export function PreparedDocumentsPanel({ ticketId }: { ticketId: string }) {
  const { tt } = useCallToolsT();
  const headingId = useId();
  const [documents, setDocuments] = useState<PreparedDocument[]>([]);
  const [storageFailed, setStorageFailed] = useState(false);

  const reload = useCallback(
    () =>
      listPreparedDocuments(ticketId).then(
        (found) => setDocuments(found),
        () => setStorageFailed(true),
      ),
    [ticketId],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  const add = (files: CheckedFile[]) => {
    void (async () => {
      try {
        for (const file of files)
          await addPreparedDocument({ ticketId, name: file.name, type: file.type, blob: file.blob });
      } catch {
        setStorageFailed(true);
      }
      await reload();
    })();
  };

  const remove = (id: string) => {
    void removePreparedDocument(id).then(reload, () => setStorageFailed(true));
  };

  return (
    <section className="panel docs-prepare" aria-labelledby={headingId} data-testid="docs-prepare">
      <h2 id={headingId} className="docs-prepare-heading">
        {tt('docs.prepare.heading')}
      </h2>
      <p className="doc-privacy">{tt('docs.prepare.hint')}</p>
      {storageFailed ? (
        <p className="notice notice-warning" role="alert">
          {tt('docs.prepare.storageFailed')}
        </p>
      ) : (
        <>
          <DocumentList
            documents={documents.map((doc) => ({
              key: doc.id,
              name: doc.name,
              size: doc.size,
              state: doc.sentAt === null ? 'prepared' : 'sent',
            }))}
            onRemove={remove}
          />
          <DocumentPicker onAdd={add} room={Math.max(0, maxDocuments - documents.length)} />
        </>
      )}
    </section>
  );
}
