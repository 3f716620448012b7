// Renders known errors as `{ error: { code, message, field? } }`; Redis being briefly away as a
// 503 to retry after a few seconds; anything else is logged and answered with a generic 500 that
// leaks nothing.
import { AppError, type ErrorBody, isAppError } from '@vp/contract';
import { isRedisUnavailableError, type Logger } from '@vp/engine';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { fromEdgeError } from './edge-guards';
import { httpStatusOf } from './http-status';

/** How long a client is asked to wait before trying again while Redis is unavailable. */
export const retryAfterSeconds = 3;

/** Redis restarting, loading its data or reconnecting: the request may simply be tried again. */
function fromRedisOutage(error: unknown): AppError | undefined {
  if (!isRedisUnavailableError(error)) return undefined;
  return new AppError('unavailable', 'redis unavailable', {
    userMessage: 'The plaza is briefly unavailable; please try again in a few seconds',
    cause: error,
  });
}

export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, request, response, _next) => {
    const known = isAppError(error) ? error : (fromEdgeError(error) ?? fromRedisOutage(error));
    if (known) {
      const status = httpStatusOf[known.code];
      if (known.code === 'unavailable' && isRedisUnavailableError(error)) {
        // Expected while Redis restarts: a warning, and a hint for clients to come back.
        logger.warn('redis unavailable', { method: request.method, path: request.path, error });
        response.set('Retry-After', String(retryAfterSeconds));
      } else if (status >= 500) {
        logger.error('request failed', { path: request.path, code: known.code, error });
      }
      response.status(status).json(known.toBody());
      return;
    }
    logger.error('unexpected error', { method: request.method, path: request.path, error });
    const body: ErrorBody = { error: { code: 'internal', message: 'Something went wrong on our side' } };
    response.status(500).json(body);
  };
}

/** The answer for routes that do not exist. */
export const notFoundHandler: RequestHandler = (request, _response, next) => {
  next(new AppError('not_found', `no route ${request.method} ${request.path}`, { userMessage: 'Not found' }));
};
