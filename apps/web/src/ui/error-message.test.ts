import { describe, expect, it } from 'vitest';
import { ApiError, toApiError } from '../api/api-error';
import { translate } from '../i18n/translate';
import { errorMessage } from './error-message';

const refusal = (retryAfter: string | null) =>
  new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'Too many requests' } }), {
    status: 429,
    headers: retryAfter === null ? {} : { 'Retry-After': retryAfter },
  });

describe('a rate-limited request', () => {
  it('keeps the Retry-After of the answer', async () => {
    expect((await toApiError(refusal('42'))).retryAfterSeconds).toBe(42);
    expect((await toApiError(refusal(null))).retryAfterSeconds).toBeUndefined();
    expect((await toApiError(refusal('soon'))).retryAfterSeconds).toBeUndefined();
  });

  it.each([
    [42, 'id', 'Terlalu banyak permintaan. Coba lagi dalam 42 detik.'],
    [42, 'en', 'Too many requests. Please try again in 42 seconds.'],
    [600, 'id', 'Terlalu banyak permintaan. Coba lagi dalam 10 menit.'],
    [61 * 60 + 1, 'en', 'Too many requests. Please try again in 62 minutes.'],
    [undefined, 'en', 'Too many requests. Wait a moment and try again.'],
  ] as const)('after %s s says when to try again (%s)', (retryAfterSeconds, language, text) => {
    const error = new ApiError({
      code: 'rate_limited',
      message: 'Too many requests',
      status: 429,
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    });
    const { key, params } = errorMessage(error);
    expect(translate(language, key, params)).toBe(text);
  });

  it('leaves other errors to their code', () => {
    const error = new ApiError({ code: 'not_found', message: 'x', status: 404, retryAfterSeconds: 3 });
    expect(errorMessage(error)).toEqual({ key: 'error.not_found' });
  });
});

describe('a ticket refused while the intake is paused', () => {
  const resumesAt = Date.parse('2026-11-23T06:30:00Z');

  it.each(['id', 'en'] as const)('names when the intake expects to resume (%s)', (language) => {
    const error = new ApiError({ code: 'intake_paused', message: 'x', status: 409, details: { resumesAt } });
    const { key, params } = errorMessage(error, language);
    expect(key).toBe('error.intake_paused.until');
    const time = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(resumesAt);
    expect(translate(language, key, params)).toContain(time);
  });

  it('says only that it is paused when no time is known', () => {
    const error = new ApiError({ code: 'intake_paused', message: 'x', status: 409 });
    expect(errorMessage(error, 'en')).toEqual({ key: 'error.intake_paused' });
  });
});
