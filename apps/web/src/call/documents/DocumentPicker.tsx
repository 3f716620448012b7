import { type ChangeEvent, useId, useState } from 'react';
import { useCallToolsT } from '../chat/useCallToolsT';
import { DocumentCamera } from './DocumentCamera';
import { problemText, sizeText } from './document-problem-text';
import { checkDocumentFile, type DocumentType, documentAccept, maxDocumentBytes } from './document-rules';
import { photoFileName } from './photo-capture';
import { scrollIntoView } from './scroll-into-view';

/** A file that passed the checks, with the type its bytes show. */
export interface CheckedFile {
  name: string;
  type: DocumentType;
  blob: Blob;
}

interface DocumentPickerProps {
  /** Called with the files that passed; the refused ones are explained here. */
  onAdd(files: CheckedFile[]): void;
  /** How many more documents may be added. */
  room: number;
}

/** Choose photos or PDFs, or photograph a document with the rear camera; each checked first. */
export function DocumentPicker({ onAdd, room }: DocumentPickerProps) {
  const { tt } = useCallToolsT();
  const inputId = useId();
  const [errors, setErrors] = useState<string[]>([]);
  const [camera, setCamera] = useState(false);

  const accept = async (files: Array<{ name: string; blob: Blob }>) => {
    const passed: CheckedFile[] = [];
    const refused: string[] = [];
    for (const file of files) {
      const checked = await checkDocumentFile(file.blob);
      if (!checked.ok) refused.push(problemText(tt, file.name, checked.problem));
      else if (passed.length >= room) refused.push(tt('docs.tooMany', { max: room }));
      else passed.push({ name: file.name, type: checked.type, blob: file.blob });
    }
    setErrors([...new Set(refused)]);
    if (passed.length > 0) onAdd(passed);
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])].map((file) => ({ name: file.name, blob: file }));
    // The same file may be chosen again after a removal.
    event.target.value = '';
    void accept(files);
  };

  return (
    <div className="doc-picker">
      <div className="doc-actions">
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept={documentAccept}
          multiple
          aria-describedby={`${inputId}-rules`}
          onChange={onChange}
          data-testid="doc-input"
          disabled={room <= 0}
        />
        {/* After the input, so that its keyboard focus shows on the label (styles: `+ .doc-choose`). */}
        <label className="button button-secondary doc-choose" htmlFor={inputId}>
          {tt('docs.choose')}
        </label>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setCamera(true)}
          disabled={camera || room <= 0}
          data-testid="doc-photo"
        >
          {tt('docs.photo')}
        </button>
      </div>
      {camera && (
        <DocumentCamera
          onClose={() => setCamera(false)}
          onPhoto={(blob) => {
            setCamera(false);
            void accept([{ name: photoFileName(blob.type), blob }]);
          }}
        />
      )}
      {errors.length > 0 && (
        <div className="notice notice-error" role="alert" data-testid="doc-errors" ref={scrollIntoView}>
          <ul className="doc-errors">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="doc-rules" id={`${inputId}-rules`}>
        {tt('docs.rules', { max: sizeText(tt, maxDocumentBytes) })}
      </p>
    </div>
  );
}
