// Maps an API error to the catalogue key of its message (and the values it shows).

import type { ApiError } from '../api/api-error';
import type { MessageKey } from '../i18n/id';
import type { Language, MessageParams } from '../i18n/translate';

/** The localized message key for an error's code; every code has one (see id.ts). */
export function errorMessageKey(error: Pick<ApiError, 'code'>): MessageKey {
  return `error.${error.code}`;
}

/** Up to this wait a refusal says seconds; beyond it, minutes (a sign-in lock-out, say). */
const longestWaitInSeconds = 90;

/**
 * The message of an error with what it shows: a rate-limited request says when to try again,
 * from the answer's Retry-After; a paused intake when it expects to resume (in `language`).
 */
export function errorMessage(
  error: Pick<ApiError, 'code' | 'retryAfterSeconds'> & { details?: ApiError['details'] },
  language: Language = 'id',
): {
  key: MessageKey;
  params?: MessageParams;
} {
  const resumesAt = error.details?.resumesAt;
  if (error.code === 'intake_paused' && typeof resumesAt === 'number') {
    const time = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(resumesAt);
    return { key: 'error.intake_paused.until', params: { time } };
  }
  const seconds = error.retryAfterSeconds;
  if (error.code === 'rate_limited' && seconds !== undefined && seconds > 0) {
    if (seconds <= longestWaitInSeconds) return { key: 'error.rate_limited.seconds', params: { seconds } };
    return { key: 'error.rate_limited.minutes', params: { minutes: Math.ceil(seconds / 60) } };
  }
  return { key: errorMessageKey(error) };
}
