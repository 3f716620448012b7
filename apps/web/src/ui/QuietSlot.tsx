// Where a lazily loaded part of a page sits: while its chunk loads nothing shows, and a chunk that
// failed to load (the link dropped) leaves the page as it was, without the part.
import { Component, type ReactNode, Suspense } from 'react';

class QuietBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** Renders lazy children quietly: nothing while loading, nothing if their chunk failed. */
export function QuietSlot({ children }: { children: ReactNode }) {
  return (
    <QuietBoundary>
      <Suspense fallback={null}>{children}</Suspense>
    </QuietBoundary>
  );
}
