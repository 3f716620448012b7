import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, type LogLevel } from './logger';

/** A logger at `level` whose lines are kept, parsed. */
function loggerToLines(level: LogLevel = 'debug') {
  const text: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = createLogger({ level, name: 'test', destination });
  const lines = () =>
    text
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, text, lines };
}

describe('createLogger', () => {
  it.each([
    ['top level', { name: 'Siti Rahayu' }],
    ['nested', { ticket: { citizenName: 'Siti Rahayu', nested: { nik: '3201234567890001' } } }],
    ['deeper', { a: { b: { c: { phone: '+6281234567890' } } } }],
    ['secrets', { password: 'hunter2-secret', session: 'sess-abcdef', token: 'tok-abcdef' }],
    ['notes', { wrapUp: { notes: 'Siti Rahayu asked about her NIK 3201234567890001' } }],
  ])('redacts personal fields: %s', (_case, fields) => {
    const { logger, text, lines } = loggerToLines();
    logger.info('ticket created', { ticketId: 't-1', ...fields });
    const written = text.join('');
    for (const secret of [
      'Siti',
      '3201234567890001',
      '6281234567890',
      'hunter2',
      'sess-abcdef',
      'tok-abcdef',
    ]) {
      expect(written).not.toContain(secret);
    }
    expect(written).toContain('[redacted]');
    expect(lines()[0]).toMatchObject({
      level: 'info',
      logger: 'test',
      message: 'ticket created',
      ticketId: 't-1',
    });
  });

  it('writes an error with its message, stack and cause', () => {
    const { logger, lines } = loggerToLines();
    const cause = new Error('connection refused');
    logger.error('request failed', { error: new Error('redis down', { cause }), path: '/api/x' });
    const [line] = lines();
    expect(line).toMatchObject({
      level: 'error',
      path: '/api/x',
      error: { message: 'redis down', cause: { message: 'connection refused' } },
    });
    expect((line?.error as { stack?: string } | undefined)?.stack).toContain('redis down');
  });

  it('drops lines below its level and writes messages without fields', () => {
    const { logger, lines } = loggerToLines('warn');
    logger.info('not written');
    logger.warn('written');
    expect(lines().map((line) => line.message)).toEqual(['written']);
  });
});
