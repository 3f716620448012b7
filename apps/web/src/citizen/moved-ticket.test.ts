import { describe, expect, it } from 'vitest';
import { movedState, readMovedFrom, transferTarget } from './moved-ticket';

describe('transferTarget', () => {
  it('follows a transferred ticket to its new one', () => {
    expect(transferTarget({ status: 'transferred', transferredTo: 't2' })).toBe('t2');
  });

  it.each([
    [{ status: 'transferred', transferredTo: null }],
    [{ status: 'waiting', transferredTo: null }],
    [{ status: 'cancelled', transferredTo: 't2' }],
    [null],
  ] as const)('stays on %j', (ticket) => {
    expect(transferTarget(ticket)).toBeNull();
  });
});

describe('movedState and readMovedFrom', () => {
  it('carry the old number to the new ticket page', () => {
    const state = movedState({ number: 'DKC-017', transferredTo: 't2' });
    expect(readMovedFrom(state, 't2')).toEqual({ to: 't2', number: 'DKC-017' });
  });

  it('count only on the page of the ticket moved to', () => {
    expect(readMovedFrom(movedState({ number: 'DKC-017', transferredTo: 't2' }), 't3')).toBeNull();
  });

  it('write nothing without a new ticket', () => {
    expect(movedState({ number: 'DKC-017', transferredTo: null })).toBeNull();
  });

  it.each([null, undefined, 'x', {}, { vpMovedFrom: null }, { vpMovedFrom: { to: 't2', number: 7 } }])(
    'read %j as no move',
    (state) => {
      expect(readMovedFrom(state, 't2')).toBeNull();
    },
  );
});
