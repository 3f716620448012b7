import { describe, expect, it } from 'vitest';
import { parseBoardEvent } from './board-event';

describe('parseBoardEvent', () => {
  const board = { at: 1_000, tenants: [] };

  it('reads the board of a board message', () => {
    expect(parseBoardEvent({ type: 'board', board })).toEqual(board);
  });

  it.each([
    ['another type', { type: 'officer', board }],
    ['no board', { type: 'board' }],
    ['a board without its time', { type: 'board', board: { tenants: [] } }],
    ['a bare board', board],
    ['null', null],
    ['a string', 'board'],
  ])('ignores %s', (_name, data) => {
    expect(parseBoardEvent(data)).toBeNull();
  });
});
