// How the supervisor's figures read: durations, shares, clock times. Pure, so it is unit-tested.
import type { SupervisorTranslate } from './useSupervisorT';

type T = SupervisorTranslate;

/** Seconds as a short duration ("45 s", "12 min", "1 h 5 min"); a dash for none. */
export function formatDuration(t: T, seconds: number | null): string {
  if (seconds === null) return t('supervisor.none');
  const whole = Math.round(seconds);
  if (whole < 60) return t('supervisor.seconds', { seconds: whole });
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return t('supervisor.minutes', { minutes });
  return t('supervisor.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** A share (0..1) as a whole percentage; a dash for none. */
export function formatShare(t: T, share: number | null): string {
  if (share === null) return t('supervisor.none');
  return t('supervisor.percent', { value: Math.round(share * 100) });
}

/** A moment (ms) as the browser's local hour and minute. */
export function formatClock(language: string, at: number): string {
  return new Date(at).toLocaleTimeString(language === 'id' ? 'id-ID' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
}
