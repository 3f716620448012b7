// The one application error type and its codes, shared by every server package and the web app.

/** Every error code the plaza can answer with. The web app maps each to a localised message. */
export const errorCodes = [
  'bad_request',
  'validation_failed',
  'payload_too_large',
  /** A body in a content type or content encoding the route does not read (e.g. not JSON). */
  'unsupported_media_type',
  'unauthenticated',
  'forbidden',
  'not_found',
  'tenant_not_found',
  'service_not_found',
  'ticket_not_found',
  'officer_not_found',
  'conflict',
  'ticket_not_waiting',
  'ticket_not_in_call',
  /** The ticket a request names is not the officer's current call (a console showing an old one). */
  'call_not_current',
  /** The ticket did not end in a call served by this officer, so it has no wrap-up to record. */
  'ticket_not_served',
  'offer_not_found',
  /** The call's citizen declared no vulnerable group, or the officer already answered the claim. */
  'priority_claim_not_open',
  'officer_busy',
  'officer_not_of_tenant',
  'tenant_closed',
  'quota_reached',
  /** A supervisor paused the tenant's intake; `details.resumesAt` (ms) when known. */
  'intake_paused',
  /** The ticket's proof of work is missing, expired, forged, wrong or already used (field `proof`). */
  'proof_rejected',
  'rate_limited',
  'unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** The JSON body of every error response. `field` names the offending input, where there is one. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string; details?: ErrorDetails };
}

/** Facts the user interface can render in its own words, e.g. when a closed tenant opens. */
export type ErrorDetails = Record<string, string | number>;

interface AppErrorOptions {
  /** Safe to show to the user; defaults to a generic text for the code. */
  userMessage?: string;
  /** The request field at fault, as a dotted path. */
  field?: string;
  details?: ErrorDetails;
  cause?: unknown;
}

/**
 * A known failure: `message` is for logs (never personal data), `userMessage` for the caller.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;
  readonly field: string | undefined;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.userMessage = options.userMessage ?? message;
    this.field = options.field;
    this.details = options.details;
  }

  toBody(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.userMessage };
    if (this.field !== undefined) error.field = this.field;
    if (this.details !== undefined) error.details = this.details;
    return { error };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
