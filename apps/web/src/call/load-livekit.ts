// The one place that imports livekit-client (≈150 KB gzip, a chunk of its own): fetched once,
// in the background while the citizen nears the head of the line, or when the call starts.
import type * as Livekit from 'livekit-client';

let loading: Promise<typeof Livekit> | null = null;

/** Loads livekit-client once; after a failed load (a dropped connection) the next call tries again. */
export function loadLivekit(): Promise<typeof Livekit> {
  loading ??= import('livekit-client').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
