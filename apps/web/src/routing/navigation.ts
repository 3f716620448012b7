// History-based navigation without a router library: pushState, then tell listeners.
const changeEvent = 'vp:navigate';

/**
 * Goes to an in-app address without reloading the page. `state` rides along in the history entry
 * (it survives a reload of that entry), for what the next page should say about how it was reached.
 */
export function navigate(href: string, options: { replace?: boolean; state?: unknown } = {}): void {
  const state = options.state ?? null;
  if (options.replace) window.history.replaceState(state, '', href);
  else window.history.pushState(state, '', href);
  window.dispatchEvent(new Event(changeEvent));
}

/** Calls `listener` whenever the address changes (in-app navigation, back/forward, edited hash). */
export function subscribeToLocation(listener: () => void): () => void {
  window.addEventListener(changeEvent, listener);
  window.addEventListener('popstate', listener);
  window.addEventListener('hashchange', listener);
  return () => {
    window.removeEventListener(changeEvent, listener);
    window.removeEventListener('popstate', listener);
    window.removeEventListener('hashchange', listener);
  };
}
