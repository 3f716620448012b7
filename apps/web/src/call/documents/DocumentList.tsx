import type { CallToolsMessageKey } from '../chat/call-tools-messages';
import { useCallToolsT } from '../chat/useCallToolsT';
import { sizeText } from './document-problem-text';

/** One of the citizen's documents as the list shows it. */
export interface ListedDocument {
  key: string;
  name: string;
  size: number;
  state: 'prepared' | 'waiting' | 'sending' | 'sent' | 'failed';
  progress?: number;
}

interface DocumentListProps {
  documents: ListedDocument[];
  onRemove?(key: string): void;
  onResend?(key: string): void;
}

const stateKeys: Record<Exclude<ListedDocument['state'], 'prepared' | 'sending'>, CallToolsMessageKey> = {
  waiting: 'docs.state.waiting',
  sent: 'docs.state.sent',
  failed: 'docs.state.failed',
};

/** The citizen's documents: name, size, and where each is (kept, waiting, sending, sent). */
export function DocumentList({ documents, onRemove, onResend }: DocumentListProps) {
  const { tt } = useCallToolsT();
  if (documents.length === 0) return <p className="doc-none">{tt('docs.none')}</p>;
  return (
    <ul className="doc-list" data-testid="doc-list">
      {documents.map((doc) => (
        <li key={doc.key} className="doc-item" data-testid="doc-item" data-state={doc.state}>
          <span className="doc-text">
            <span className="doc-name">{doc.name}</span>
            <span className="doc-meta">
              <span className="doc-size">{sizeText(tt, doc.size)}</span>
              {doc.state === 'sending' ? (
                <progress
                  className="doc-progress"
                  max={1}
                  value={doc.progress ?? 0}
                  aria-label={tt('docs.state.sending', { percent: Math.round((doc.progress ?? 0) * 100) })}
                />
              ) : (
                doc.state !== 'prepared' && (
                  <span className={`doc-state doc-state-${doc.state}`}>{tt(stateKeys[doc.state])}</span>
                )
              )}
            </span>
          </span>
          {onResend && (doc.state === 'sent' || doc.state === 'failed') && (
            <button
              type="button"
              className="button button-secondary doc-small"
              onClick={() => onResend(doc.key)}
            >
              {tt('docs.resend')}
            </button>
          )}
          {onRemove && (
            <button
              type="button"
              className="button button-danger-outline doc-small"
              onClick={() => onRemove(doc.key)}
              aria-label={tt('docs.remove', { name: doc.name })}
            >
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
