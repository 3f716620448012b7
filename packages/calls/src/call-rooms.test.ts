import { ServerError } from 'livekit-server-sdk';
import { describe, expect, it } from 'vitest';
import { isRoomNotFound } from './call-rooms';

describe('isRoomNotFound', () => {
  it.each([
    [
      'a 404 not_found from the server API',
      new ServerError('unknown', 'requested room does not exist', 404, 'not_found'),
      true,
    ],
    ['a 404 without a code', new ServerError('unknown', 'gone', 404), true],
    ['a not_found code under another status', new ServerError('unknown', 'gone', 400, 'not_found'), true],
    [
      'another server error whose text says not found',
      new ServerError('unknown', 'room not found', 500, 'internal'),
      false,
    ],
    ['an authentication failure', new ServerError('unknown', 'invalid token', 401, 'unauthenticated'), false],
    ['a plain error whose text says 404 not found', new Error('404 not found'), false],
    ['a value that is no error', { status: 404, code: 'not_found' }, false],
  ])('%s: %s', (_case, error, expected) => {
    expect(isRoomNotFound(error)).toBe(expected);
  });
});
