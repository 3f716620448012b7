import { useEffect, useRef, useState } from 'react';
import { useCallToolsT } from '../chat/useCallToolsT';
import { sizeText } from './document-problem-text';
import { maxDocumentBytes } from './document-rules';
import type { IncomingDocument } from './useDocumentInbox';

type Received = Extract<IncomingDocument, { state: 'received' }>;

/** The officer's view of the citizen's documents: thumbnails, a viewer, downloads, refusals. */
export function DocumentInbox({ documents }: { documents: IncomingDocument[] }) {
  const { tt } = useCallToolsT();
  const [viewing, setViewing] = useState<Received | null>(null);

  if (documents.length === 0) return <p className="doc-none">{tt('docs.received.none')}</p>;

  return (
    <div className="docs" data-testid="doc-inbox">
      <ul className="doc-grid">
        {documents.map((doc) => (
          <li
            key={doc.id}
            className="doc-card"
            data-testid="doc-received"
            data-state={doc.state}
            data-name={doc.name}
          >
            {doc.state === 'receiving' && (
              <p className="doc-card-status">
                {tt('docs.received.receiving', { name: doc.name, percent: Math.round(doc.progress * 100) })}
              </p>
            )}
            {doc.state === 'refused' && (
              <p className="notice notice-error doc-card-status" role="alert" data-testid="doc-refused">
                {doc.reason === 'type'
                  ? tt('docs.refused.type', { name: doc.name })
                  : doc.reason === 'size'
                    ? tt('docs.refused.size', { name: doc.name, max: sizeText(tt, maxDocumentBytes) })
                    : tt('docs.refused.broken', { name: doc.name })}
              </p>
            )}
            {doc.state === 'received' && (
              <>
                {doc.type === 'application/pdf' ? (
                  <span className="doc-thumb doc-thumb-pdf" aria-hidden="true">
                    {tt('docs.pdf')}
                  </span>
                ) : (
                  <img className="doc-thumb" src={doc.url} alt="" />
                )}
                <span className="doc-name">{doc.name}</span>
                <span className="doc-size">{sizeText(tt, doc.size)}</span>
                <span className="doc-card-actions">
                  {doc.type === 'application/pdf' ? (
                    // The browser's own PDF viewer, in a tab of its own.
                    <a
                      className="button button-secondary doc-small"
                      href={doc.url}
                      target="_blank"
                      rel="noopener"
                      data-testid="doc-open"
                    >
                      {tt('docs.open')}
                    </a>
                  ) : (
                    <button
                      type="button"
                      className="button button-secondary doc-small"
                      onClick={() => setViewing(doc)}
                      data-testid="doc-open"
                    >
                      {tt('docs.open')}
                    </button>
                  )}
                  <a
                    className="button button-secondary doc-small"
                    href={doc.url}
                    download={doc.name}
                    data-testid="doc-download"
                  >
                    {tt('docs.download')}
                  </a>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      {viewing && <DocumentViewer document={viewing} onClose={() => setViewing(null)} />}
    </div>
  );
}

/** A photo at full size in a modal dialog (Escape or the button closes it). */
function DocumentViewer({ document, onClose }: { document: Received; onClose(): void }) {
  const { tt } = useCallToolsT();
  const dialogRef = useRef<HTMLDialogElement | null>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={dialogRef}
      className="doc-viewer"
      aria-label={tt('docs.viewer', { name: document.name })}
      onClose={onClose}
      data-testid="doc-viewer"
    >
      <img
        className="doc-viewer-image"
        src={document.url}
        alt={document.name}
        data-testid="doc-viewer-image"
      />
      <form method="dialog">
        <button type="submit" className="button doc-viewer-close" data-testid="doc-viewer-close">
          {tt('docs.close')}
        </button>
      </form>
    </dialog>
  );
}
