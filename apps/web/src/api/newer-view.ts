// An answer to a request and a push over the event stream can arrive in either order; each view
// carries the revision it was read at, so the page keeps the newer one whatever the order.

interface Revised {
  id: string;
  revision: number;
}

/**
 * The view to show after `next` arrives: `next`, unless the one shown is of the same thing and
 * was read at a later revision. At equal revisions the later arrival wins: it was read later.
 */
export function keepNewer<T extends Revised>(shown: T | null, next: T): T {
  if (shown === null || shown.id !== next.id) return next;
  return next.revision < shown.revision ? shown : next;
}
