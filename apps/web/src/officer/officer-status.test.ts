import { officerStatuses } from '@vp/contract';
import { describe, expect, it } from 'vitest';
import { autoAcceptStatus } from './officer-status';

describe('autoAcceptStatus', () => {
  it.each([
    ['ready', 'ready'],
    ['wrap_up', 'ready'],
    ['away', 'away'],
    ['offline', 'offline'],
    ['offered', null],
    ['in_call', null],
  ] as const)('sends %s as %s', (status, expected) => {
    expect(autoAcceptStatus(status)).toBe(expected);
  });

  it('covers every officer status of the contract', () => {
    for (const status of officerStatuses) expect(autoAcceptStatus(status)).not.toBeUndefined();
  });
});
