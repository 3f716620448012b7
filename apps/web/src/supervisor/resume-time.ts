/**
 * The moment (ms) a "HH:MM" picked on the page means: today at that time in the browser's zone,
 * or tomorrow if that time has passed. Null for an empty or malformed value.
 */
export function resumeTimeToMs(value: string, now: Date): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (match === null) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  const at = new Date(now);
  at.setHours(hours, minutes, 0, 0);
  if (at.getTime() <= now.getTime()) at.setDate(at.getDate() + 1);
  return at.getTime();
}
