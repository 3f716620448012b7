import { describe, expect, it } from 'vitest';
import { isEndStatus, outcomeOf } from './TicketOutcome';

describe('outcomeOf', () => {
  it('words a ticket cancelled at closing time apart from one the citizen cancelled', () => {
    expect(outcomeOf('cancelled', 'closed')).toBe('closed');
    expect(outcomeOf('cancelled', null)).toBe('cancelled');
  });

  it('keeps the status for the other endings', () => {
    expect(outcomeOf('completed', null)).toBe('completed');
    expect(outcomeOf('no_show', 'closed')).toBe('no_show');
  });
});

describe('isEndStatus', () => {
  it.each([
    ['waiting', false],
    ['in_call', false],
    ['cancelled', true],
    ['transferred', true],
  ] as const)('%s: %s', (status, expected) => {
    expect(isEndStatus(status)).toBe(expected);
  });
});
