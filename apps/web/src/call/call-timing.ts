// The call's clock and its grace for a dropped side.

/**
 * How long the other side may be gone before the officer is asked to wait or end the call. A cut
 * this short resumes by itself (LiveKit's resume, or a reconnect), and the room outlives it
 * (`callRoomTimeouts` in @vp/calls).
 */
export const remoteDropGraceMs = 15_000;

/** A call's length as a clock shows it: `m:ss`, or `h:mm:ss` from an hour on. */
export function formatCallDuration(ms: number): string {
  const total = Math.max(0, Math.floor((Number.isFinite(ms) ? ms : 0) / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  if (hours === 0) return `${minutes}:${ss}`;
  return `${hours}:${String(minutes).padStart(2, '0')}:${ss}`;
}
