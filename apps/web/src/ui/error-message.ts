// Maps an API error to the catalogue key of its message.

import type { ApiError } from '../api/api-error';
import type { MessageKey } from '../i18n/id';

/** The localized message key for an error's code; every code has one (see id.ts). */
export function errorMessageKey(error: Pick<ApiError, 'code'>): MessageKey {
  return `error.${error.code}`;
}
