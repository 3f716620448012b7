import { AppError } from '@vp/contract';
import {
  ClientClosedError,
  ClientOfflineError,
  ConnectionTimeoutError,
  ErrorReply,
  MultiErrorReply,
  ReconnectStrategyError,
  SocketClosedUnexpectedlyError,
} from 'redis';
import { describe, expect, it } from 'vitest';
import { isRedisUnavailableError } from './redis';

const socketError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:6379`), { code });

describe('isRedisUnavailableError', () => {
  it.each([
    ['the client closed', new ClientClosedError()],
    ['the client reconnecting', new ClientOfflineError()],
    ['a connection timeout', new ConnectionTimeoutError()],
    ['the socket closed under a command', new SocketClosedUnexpectedlyError()],
    [
      'the reconnect strategy giving up',
      new ReconnectStrategyError(new Error('gave up'), new Error('refused')),
    ],
    ['Redis loading its data', new ErrorReply('LOADING Redis is loading the dataset in memory')],
    ['a script running too long', new ErrorReply('BUSY Redis is busy running a script.')],
    ['a replica without its master', new ErrorReply('MASTERDOWN Link with MASTER is down')],
    [
      'a write to a replica after a failover',
      new ErrorReply("READONLY You can't write against a read only replica."),
    ],
    ['a cluster slot moving', new ErrorReply('TRYAGAIN Multiple keys request during rehashing of slot')],
    ['a refused connection', socketError('ECONNREFUSED')],
    ['a reset connection', socketError('ECONNRESET')],
    ['a pipeline whose commands hit LOADING', new MultiErrorReply([new ErrorReply('LOADING loading')], [0])],
    [
      'an AppError caused by the client reconnecting',
      new AppError('unavailable', 'queueing failed', { cause: new ClientOfflineError() }),
    ],
  ])('recognises %s', (_case, error) => {
    expect(isRedisUnavailableError(error)).toBe(true);
  });

  it.each([
    [
      'a wrong-type command',
      new ErrorReply('WRONGTYPE Operation against a key holding the wrong kind of value'),
    ],
    ['an unknown script', new ErrorReply('NOSCRIPT No matching script.')],
    ['a failing script', new ErrorReply('ERR user_script:1: Script attempted to access nonexistent global')],
    ['a plain error', new Error('boom')],
    ['an AppError of the domain', new AppError('ticket_not_found', 'ticket missing')],
    ['a value that is no error', 'LOADING'],
    ['nothing', undefined],
  ])('leaves alone %s', (_case, error) => {
    expect(isRedisUnavailableError(error)).toBe(false);
  });
});
