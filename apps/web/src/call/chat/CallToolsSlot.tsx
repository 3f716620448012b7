// Where the call's tools and the prepare-documents panel sit in the pages. Only this small file
// is in the citizen's first chunk: the tools themselves (chat, documents, their messages and
// styles) are fetched when the call opens, the panel once the waiting room shows. A chunk that
// failed to load (the link dropped) leaves the page as it was: the call goes on.
import type { Service } from '@vp/contract';
import type { Room } from 'livekit-client';
import { lazy } from 'react';
import { QuietSlot } from '../../ui/QuietSlot';

const CallTools = lazy(() => import('./CallTools').then((module) => ({ default: module.CallTools })));
const PreparedDocumentsPanel = lazy(() =>
  import('../documents/PreparedDocumentsPanel').then((module) => ({
    default: module.PreparedDocumentsPanel,
  })),
);

/** The call's chat and documents, for CallStage's `tools`. */
export function CallToolsSlot(props: { room: Room; ticketId?: string; service?: Service }) {
  return (
    <QuietSlot>
      <CallTools {...props} />
    </QuietSlot>
  );
}

/** The waiting room's panel for documents to send as the call opens. */
export function PreparedDocumentsSlot(props: { ticketId: string }) {
  return (
    <QuietSlot>
      <PreparedDocumentsPanel {...props} />
    </QuietSlot>
  );
}
