// The edge's refusals, before any route or Redis sees a request: a body in a content type the API
// does not read, a body where none belongs, and the failures of decoding a path or a body (a
// broken percent-escape, a corrupt or unknown compression) turned into 4xx AppErrors.
import { AppError } from '@vp/contract';
import type { Request, RequestHandler } from 'express';

/** Methods whose requests carry no body on this API: a body sent with one is refused. */
const bodilessMethods = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS']);

/** `Content-Length: 0` is what a browser sends for a POST without a body: that is no body. */
function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  if (length !== undefined) return Number(length) !== 0;
  return request.headers['transfer-encoding'] !== undefined;
}

/**
 * Refuses a request body that is not JSON (415), and any body on a method that takes none (400),
 * before the JSON parser runs. Mount it after the routes that read their body raw (the LiveKit
 * webhook), which answer before it.
 */
export function refuseUnreadableBodies(): RequestHandler {
  return (request, _response, next) => {
    if (!hasBody(request)) {
      next();
      return;
    }
    if (bodilessMethods.has(request.method)) {
      next(
        new AppError('bad_request', `body sent with ${request.method}`, {
          userMessage: `A ${request.method} request takes no body`,
          field: 'body',
        }),
      );
      return;
    }
    // The same test the JSON parser makes, so whatever passes here is parsed, not skipped.
    if (request.is('application/json') === false) {
      next(
        new AppError('unsupported_media_type', 'body is not application/json', {
          userMessage: 'The request body must be JSON, sent as Content-Type: application/json',
          field: 'content-type',
        }),
      );
      return;
    }
    next();
  };
}

/**
 * For a route that takes no body (a route table entry with `noBody`): a body sent to it is refused
 * rather than ignored, so that what the client meant is never silently dropped.
 */
export const refuseBody: RequestHandler = (request, _response, next) => {
  if (!hasBody(request)) {
    next();
    return;
  }
  next(
    new AppError('bad_request', `body sent to ${request.method} ${request.path}, which takes none`, {
      userMessage: 'This request takes no body',
      field: 'body',
    }),
  );
};

/** What body-parser, raw-body and zlib put on the errors they raise. */
interface BodyReadError {
  status?: unknown;
  type?: unknown;
  code?: unknown;
  errno?: unknown;
}

/** Body-parser failures carry a `type`; turn the ones a client causes into AppErrors. */
function fromBodyParser(error: unknown): AppError | undefined {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.parse.failed') {
    return new AppError('bad_request', 'malformed JSON body', {
      userMessage: 'The request body is not valid JSON',
      field: 'body',
      cause: error,
    });
  }
  if (type === 'entity.too.large') {
    return new AppError('payload_too_large', 'request body too large', {
      userMessage: 'The request body is too large',
      field: 'body',
      cause: error,
    });
  }
  return undefined;
}

/** raw-body's failures that the client causes: a body cut short or longer than it said. */
const clientBodyTypes = new Set(['request.aborted', 'request.size.invalid']);

/**
 * Turns the errors the HTTP layer raises on a client's malformed input into AppErrors: JSON that
 * does not parse or is too large, a broken percent-escape in the path (the router's URIError), a body that does not inflate (a zlib or
 * brotli data error, which body-parser passes on as a 400 with zlib's `errno` and `code`), a body
 * cut short, an unknown `Content-Encoding` or charset (415). Each is recognised by its own marks,
 * not by a 4xx status alone, so that a server-side failure that happens to carry one (an SDK's
 * 401 from LiveKit, say) stays a logged 500. Returns undefined for anything else.
 */
export function fromEdgeError(error: unknown): AppError | undefined {
  const bodyParserError = fromBodyParser(error);
  if (bodyParserError) return bodyParserError;
  if (error instanceof URIError) {
    return new AppError('bad_request', 'malformed percent-escape in the path', {
      userMessage: 'The address holds a malformed percent-escape',
      field: 'path',
      cause: error,
    });
  }
  if (!(error instanceof Error)) return undefined;
  const { status, type, code, errno } = error as BodyReadError;
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return new AppError('unsupported_media_type', `unsupported body ${type}`, {
      userMessage: 'The request body is in a content encoding or charset the plaza does not read',
      field: type === 'encoding.unsupported' ? 'content-encoding' : 'content-type',
      cause: error,
    });
  }
  const corrupt = status === 400 && typeof errno === 'number' && typeof code === 'string';
  if (corrupt || (typeof type === 'string' && clientBodyTypes.has(type))) {
    return new AppError('bad_request', `unreadable request body (${corrupt ? code : type})`, {
      userMessage: 'The request body could not be read; check its Content-Encoding and length',
      field: 'body',
      cause: error,
    });
  }
  return undefined;
}
