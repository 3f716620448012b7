import { useCallToolsT } from '../chat/useCallToolsT';
import { DocumentList } from './DocumentList';
import { DocumentPicker } from './DocumentPicker';
import type { DocumentSender } from './useDocumentSender';

/** The citizen's documents in the call: add more, see each go to the officer. */
export function DocumentOutbox({ sender }: { sender: DocumentSender }) {
  const { tt } = useCallToolsT();
  return (
    <div className="docs" data-testid="doc-outbox">
      <DocumentPicker onAdd={sender.add} room={sender.room} />
      <DocumentList documents={sender.documents} onResend={sender.resend} />
      <p className="doc-privacy">{tt('docs.privacy')}</p>
    </div>
  );
}
