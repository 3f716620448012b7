import { describe, expect, it } from 'vitest';
import { keepNewer } from './newer-view';

const view = (revision: number, status: string, id = 'o1') => ({ id, revision, status });

describe('keepNewer', () => {
  it.each([
    { name: 'first view', shown: null, next: view(3, 'ready'), kept: 'ready' },
    {
      name: 'newer push after an older answer',
      shown: view(3, 'ready'),
      next: view(4, 'offered'),
      kept: 'offered',
    },
    {
      name: 'older answer after a newer push',
      shown: view(4, 'offered'),
      next: view(3, 'ready'),
      kept: 'offered',
    },
    {
      name: 'same revision, later read',
      shown: view(4, 'offered'),
      next: view(4, 'offered-again'),
      kept: 'offered-again',
    },
    { name: 'another thing', shown: view(9, 'ready', 'o1'), next: view(1, 'away', 'o2'), kept: 'away' },
  ])('$name', ({ shown, next, kept }) => {
    expect(keepNewer(shown, next).status).toBe(kept);
  });
});
