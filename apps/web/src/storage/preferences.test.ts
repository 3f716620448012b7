import { describe, expect, it } from 'vitest';
import { parseStoredTicket } from './preferences';

describe('parseStoredTicket', () => {
  it('reads a stored ticket', () => {
    expect(parseStoredTicket('{"id":"t1","key":"k1"}')).toEqual({ id: 't1', key: 'k1' });
  });

  it.each([null, '', 'not json', '[]', 'null', '{"id":"t1"}', '{"id":"","key":"k"}', '{"id":1,"key":"k"}'])(
    'treats %j as no ticket',
    (raw) => {
      expect(parseStoredTicket(raw)).toBeNull();
    },
  );
});
