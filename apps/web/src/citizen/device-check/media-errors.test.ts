import { describe, expect, it } from 'vitest';
import { mediaProblemOf } from './media-errors';

describe('mediaProblemOf', () => {
  it.each([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'missing'],
    ['OverconstrainedError', 'missing'],
    ['NotReadableError', 'busy'],
    ['AbortError', 'busy'],
    ['TypeError', 'failed'],
  ])('%s → %s', (name, problem) => {
    expect(mediaProblemOf(new DOMException('x', name))).toBe(problem);
  });

  it('reads anything that is not an error as failed', () => {
    expect(mediaProblemOf(null)).toBe('failed');
    expect(mediaProblemOf('denied')).toBe('failed');
  });
});
