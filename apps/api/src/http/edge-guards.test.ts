// Which HTTP-layer errors become a client's 4xx, and which stay a server's 500.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fromEdgeError } from './edge-guards';

/** The error zlib raises on a corrupt body, as body-parser passes it on (status 400 added). */
function zlibError(): Error {
  try {
    gunzipSync(Buffer.from('garbage, not compressed'));
  } catch (error) {
    return Object.assign(error as Error, { status: 400 });
  }
  throw new Error('garbage inflated');
}

const withMarks = (marks: Record<string, unknown>) => Object.assign(new Error('raised'), marks);

describe('fromEdgeError', () => {
  it.each([
    ['a broken percent-escape', new URIError('URI malformed'), 'bad_request', 'path'],
    ['a corrupt gzip body', zlibError(), 'bad_request', 'body'],
    [
      'an unknown Content-Encoding',
      withMarks({ status: 415, type: 'encoding.unsupported' }),
      'unsupported_media_type',
      'content-encoding',
    ],
    [
      'an unknown charset',
      withMarks({ status: 415, type: 'charset.unsupported' }),
      'unsupported_media_type',
      'content-type',
    ],
    ['a body cut short', withMarks({ status: 400, type: 'request.size.invalid' }), 'bad_request', 'body'],
  ])('answers %s with %s', (_case, error, code, field) => {
    expect(fromEdgeError(error)?.toBody().error).toMatchObject({ code, field });
  });

  it.each([
    // An SDK's answer carries a 4xx status, but a misconfigured server is not the client's fault.
    ['a LiveKit 401', withMarks({ status: 401, code: 'unauthenticated' })],
    ['a bare 400', withMarks({ status: 400 })],
    ['a stream set to an encoding by the server', withMarks({ status: 500, type: 'stream.encoding.set' })],
    ['a plain error', new Error('bug')],
    ['a string', 'bug'],
  ])('leaves %s to the 500 handler', (_case, error) => {
    expect(fromEdgeError(error)).toBeUndefined();
  });
});
