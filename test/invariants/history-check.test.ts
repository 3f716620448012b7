// The checker itself, on hand-written histories: a clean one passes, each kind of breach is caught.

import type { Catalogue } from '@vp/contract';
import { describe, expect, it } from 'vitest';
import { testCatalogue } from '../support/test-catalogue';
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

describe('checkHistory under the priority cap', () => {
  const regular = 2 ** 20;
  /** Tenant A with a cap of 2. */
  const catalogue: Catalogue = {
    tenants: testCatalogue.tenants.slice(0, 1).map((tenant) => ({ ...tenant, code: 'A', priorityCap: 2 })),
  };
  /** One officer serves a ticket: offered when ready, then completed. */
  const serve = (id: string, at: number): HistoryEntry[] => [
    ready('o1', at),
    ticket(id, 'offered', { officer: 'o1' }),
    ticket(id, 'in_call', { officer: 'o1' }),
    ticket(id, 'completed'),
  ];
  const line = [created('p1', 1), created('p2', 2), created('p3', 3), created('r1', regular + 4)];

  it('passes a regular ticket served after the cap of priority ones', () => {
    const report = checkHistory(
      [...line, ...serve('p1', 1), ...serve('p2', 2), ...serve('r1', 3), ...serve('p3', 4)],
      {
        catalogue,
      },
    );
    expect(report.violations).toEqual([]);
    expect(report.regularTurns).toBe(1);
  });

  it('catches a priority ticket served past the cap while a regular one waits', () => {
    const report = checkHistory([...line, ...serve('p1', 1), ...serve('p2', 2), ...serve('p3', 3)], {
      catalogue,
    });
    expect(
      report.violations.some((violation) => violation.startsWith('I3') && violation.includes('cap 2')),
    ).toBe(true);
  });

  it('catches a regular ticket served before its turn', () => {
    const report = checkHistory([...line, ...serve('p1', 1), ...serve('r1', 2)], { catalogue });
    expect(report.violations.some((violation) => violation.startsWith('I3'))).toBe(true);
  });

  it('does not count an offer returned unserved', () => {
    const declined = [
      ready('o1', 1),
      ticket('p2', 'offered', { officer: 'o1' }),
      ticket('p2', 'waiting', { officer: 'o1' }),
    ];
    const report = checkHistory(
      [...line, ...serve('p1', 1), ...declined, ...serve('p2', 2), ...serve('r1', 3), ...serve('p3', 4)],
      {
        catalogue,
      },
    );
    expect(report.violations).toEqual([]);
  });

  it('accepts a priority claim entry', () => {
    const claim: HistoryEntry = { type: 'priority-claim', id: 'p1', tenant: 'A', confirmed: '1', at: '1' };
    const report = checkHistory([
      ...line.slice(0, 1),
      ...serve('p1', 1).slice(0, 3),
      claim,
      ...serve('p1', 1).slice(3),
    ]);
    expect(report.violations).toEqual([]);
    expect(report.priorityClaims).toBe(1);
  });
});
