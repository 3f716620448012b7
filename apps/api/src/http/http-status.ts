// The HTTP status of every error code; a Record so that a new code cannot be left unmapped.
import type { ErrorCode } from '@vp/contract';

export const httpStatusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 422,
  payload_too_large: 413,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  tenant_not_found: 404,
  service_not_found: 404,
  ticket_not_found: 404,
  officer_not_found: 404,
  conflict: 409,
  ticket_not_waiting: 409,
  ticket_not_in_call: 409,
  call_not_current: 409,
  ticket_not_served: 409,
  offer_not_found: 409,
  officer_busy: 409,
  officer_not_of_tenant: 403,
  tenant_closed: 409,
  quota_reached: 409,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};
