import type { CallToolsMessageKey } from '../chat/call-tools-messages';
import { type DocumentProblem, describeSize, maxDocumentBytes } from './document-rules';

type Translate = (key: CallToolsMessageKey, params?: Record<string, string | number>) => string;

/** A size in the page's words: "850 KB", "2.4 MB". */
export function sizeText(tt: Translate, bytes: number): string {
  const { unit, value } = describeSize(bytes);
  return tt(unit === 'kb' ? 'docs.sizeKb' : 'docs.sizeMb', { size: value });
}

/** Why a file was refused, naming the file and the limit. */
export function problemText(tt: Translate, name: string, problem: DocumentProblem): string {
  switch (problem.kind) {
    case 'empty':
      return tt('docs.empty', { name });
    case 'tooLarge':
      return tt('docs.tooLarge', {
        name,
        size: sizeText(tt, problem.size),
        max: sizeText(tt, maxDocumentBytes),
      });
    case 'wrongType':
      return tt('docs.wrongType', { name });
  }
}
