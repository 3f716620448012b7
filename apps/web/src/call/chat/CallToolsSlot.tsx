// Where the call's tools and the prepare-documents panel sit in the pages. Only this small file
// is in the citizen's first chunk: the tools themselves (chat, documents, their messages and
// styles) are fetched when the call opens, the panel once the waiting room shows.
import type { Service } from '@vp/contract';
import type { Room } from 'livekit-client';
import { Component, lazy, type ReactNode, Suspense } from 'react';

const CallTools = lazy(() => import('./CallTools').then((module) => ({ default: module.CallTools })));
const PreparedDocumentsPanel = lazy(() =>
  import('../documents/PreparedDocumentsPanel').then((module) => ({
    default: module.PreparedDocumentsPanel,
  })),
);

/** A chunk that failed to load (the link dropped) leaves the page as it was: the call goes on. */
class QuietBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** The call's chat and documents, for CallStage's `tools`. */
export function CallToolsSlot(props: { room: Room; ticketId?: string; service?: Service }) {
  return (
    <QuietBoundary>
      <Suspense fallback={null}>
        <CallTools {...props} />
      </Suspense>
    </QuietBoundary>
  );
}

/** The waiting room's panel for documents to send as the call opens. */
export function PreparedDocumentsSlot(props: { ticketId: string }) {
  return (
    <QuietBoundary>
      <Suspense fallback={null}>
        <PreparedDocumentsPanel {...props} />
      </Suspense>
    </QuietBoundary>
  );
}
