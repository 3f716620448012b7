// What went wrong asking for the camera or microphone, in the few kinds a person can act on.

/**
 * `denied`: the person or the browser refused permission; `missing`: no such device (or the
 * chosen one is gone); `busy`: another app holds it; `insecure`: the page is not HTTPS, so the
 * browser offers no media at all; `failed`: anything else.
 */
export type MediaProblem = 'denied' | 'missing' | 'busy' | 'insecure' | 'failed';

/** The kind of a `getUserMedia` rejection (a DOMException by its name). */
export function mediaProblemOf(error: unknown): MediaProblem {
  const name = (error as { name?: unknown } | null)?.name;
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'missing';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    default:
      return 'failed';
  }
}
