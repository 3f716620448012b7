// The checker itself, on hand-written histories: a clean one passes, each kind of breach is caught.
import { describe, expect, it } from 'vitest';
import { checkHistory, type HistoryEntry } from './history-check';

const ready = (id: string, idleSince: number, tenants = 'A'): HistoryEntry => ({
  type: 'officer',
  id,
  status: 'ready',
  tenants,
  idleSince: String(idleSince),
  at: String(idleSince),
});
const ticket = (id: string, status: string, more: Record<string, string> = {}): HistoryEntry => ({
  type: 'ticket',
  id,
  tenant: 'A',
  status,
  at: '1',
  ...more,
});
const created = (id: string, priority: number) => ticket(id, 'waiting', { priority: String(priority) });

describe('checkHistory', () => {
  const clean: HistoryEntry[] = [
    ready('o1', 1),
    ready('o2', 2),
    created('t1', 10),
    created('t2', 11),
    ticket('t1', 'offered', { officer: 'o1' }),
    ticket('t1', 'waiting', { officer: 'o1' }),
    ready('o1', 5),
    ticket('t1', 'offered', { officer: 'o2' }),
    ticket('t1', 'in_call', { officer: 'o2' }),
    ticket('t2', 'offered', { officer: 'o1' }),
    ticket('t2', 'cancelled'),
    ticket('t1', 'completed'),
  ];

  it('passes a history that keeps every invariant', () => {
    const report = checkHistory(clean);
    expect(report.violations).toEqual([]);
    expect(report).toMatchObject({ tickets: 2, matches: 3, declinesAndTimeouts: 1 });
    expect(report.terminalByStatus).toEqual({ completed: 1, cancelled: 1 });
  });

  it.each([
    [
      'I3: a later ticket served first',
      [ready('o1', 1), created('t1', 10), created('t2', 11), ticket('t2', 'offered', { officer: 'o1' })],
      'I3',
    ],
    [
      'I6: not the officer idle longest',
      [ready('o1', 1), ready('o2', 2), created('t1', 10), ticket('t1', 'offered', { officer: 'o2' })],
      'I6',
    ],
    [
      'I2: an officer with two tickets',
      [
        ready('o1', 1),
        created('t1', 10),
        created('t2', 11),
        ticket('t1', 'offered', { officer: 'o1' }),
        ticket('t2', 'offered', { officer: 'o1' }),
      ],
      'I2',
    ],
    [
      'I1: a call with another officer',
      [
        ready('o1', 1),
        ready('o2', 2),
        created('t1', 10),
        ticket('t1', 'offered', { officer: 'o1' }),
        ticket('t1', 'in_call', { officer: 'o2' }),
      ],
      'I1',
    ],
    ['I4: a ticket left without an end', [created('t1', 10)], 'I4'],
    [
      'I4: two terminal states',
      [created('t1', 10), ticket('t1', 'cancelled'), ticket('t1', 'abandoned')],
      'I4',
    ],
    ['I4: an impossible move', [created('t1', 10), ticket('t1', 'completed')], 'I4'],
  ])('catches %s', (_case, entries, invariant) => {
    expect(checkHistory(entries).violations.some((violation) => violation.startsWith(invariant))).toBe(true);
  });
});
