// Compresses answers on the fly (brotli or gzip, as the client accepts) — JSON and the rendered
// page; files the build already compressed are sent as they are.
import compression from 'compression';
import type { RequestHandler, Response } from 'express';

/**
 * A compressor holds bytes back until it has enough to pack, so an event stream would receive
 * its messages late or never: those answers go out uncompressed, each message as it is written.
 */
function isEventStream(response: Response): boolean {
  return String(response.getHeader('Content-Type') ?? '').startsWith('text/event-stream');
}

/** The compression middleware for every answer of the app except event streams. */
export function compressResponses(): RequestHandler {
  return compression({
    filter: (request, response) => !isEventStream(response) && compression.filter(request, response),
  });
}
