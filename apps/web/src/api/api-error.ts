// The one error type the web app handles: an API error body, or the network failing.
import type { ErrorBody, ErrorCode, ErrorDetails } from '@vp/contract';
import { isErrorCode } from './contract-values';

/** Codes the browser can meet: the API's, plus `network` when no answer arrived. */
export type ClientErrorCode = ErrorCode | 'network';

export class ApiError extends Error {
  readonly code: ClientErrorCode;
  /** The request field at fault, when the API named one. */
  readonly field: string | undefined;
  /** HTTP status; 0 when the request never got an answer. */
  readonly status: number;
  /** Facts to render in the user's language, e.g. when a closed tenant opens. */
  readonly details: ErrorDetails | undefined;
  /** When a refused request may be tried again (the answer's Retry-After, in seconds). */
  readonly retryAfterSeconds: number | undefined;

  constructor(options: {
    code: ClientErrorCode;
    message: string;
    status: number;
    field?: string;
    details?: ErrorDetails;
    retryAfterSeconds?: number;
    cause?: unknown;
  }) {
    super(options.message, { cause: options.cause });
    this.name = 'ApiError';
    this.code = options.code;
    this.field = options.field;
    this.status = options.status;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

function parseDetails(value: unknown): ErrorDetails | null {
  if (typeof value !== 'object' || value === null) return null;
  const entries = Object.entries(value).filter(
    (entry): entry is [string, string | number] =>
      typeof entry[1] === 'string' || typeof entry[1] === 'number',
  );
  return entries.length === 0 ? null : Object.fromEntries(entries);
}

/** Reads an `ErrorBody` from an unknown JSON value; null when it is not one. */
export function parseErrorBody(value: unknown): ErrorBody['error'] | null {
  if (typeof value !== 'object' || value === null) return null;
  const error = (value as Record<string, unknown>).error;
  if (typeof error !== 'object' || error === null) return null;
  const { code, message, field, details } = error as Record<string, unknown>;
  if (!isErrorCode(code)) return null;
  const parsed: ErrorBody['error'] = { code, message: typeof message === 'string' ? message : code };
  if (typeof field === 'string') parsed.field = field;
  const parsedDetails = parseDetails(details);
  if (parsedDetails) parsed.details = parsedDetails;
  return parsed;
}

/** The code to fall back on when an error answer has no readable body (a proxy's 502, say). */
export function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'payload_too_large';
  if (status === 415) return 'unsupported_media_type';
  if (status === 422) return 'validation_failed';
  if (status === 429) return 'rate_limited';
  if (status === 502 || status === 503 || status === 504) return 'unavailable';
  if (status >= 500) return 'internal';
  return 'bad_request';
}

/** Turns a failed response into an ApiError, whatever its body. */
export async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: fall back on the status.
  }
  const parsed = parseErrorBody(body);
  const retryAfter = response.headers.get('Retry-After')?.trim() ?? '';
  const retryAfterSeconds = /^\d{1,7}$/.test(retryAfter) ? { retryAfterSeconds: Number(retryAfter) } : {};
  if (parsed === null) {
    const code = codeForStatus(response.status);
    return new ApiError({
      code,
      message: `HTTP ${response.status}`,
      status: response.status,
      ...retryAfterSeconds,
    });
  }
  return new ApiError({ ...parsed, status: response.status, ...retryAfterSeconds });
}

/** Any thrown value as an ApiError, so components handle one type. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ code: 'internal', message: String(error), status: 0, cause: error });
}
