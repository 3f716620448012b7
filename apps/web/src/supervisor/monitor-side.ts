// Which side of a call a room participant is, read from its identity (see packages/calls
// `callIdentityOf`: `citizen-<ticket id>`, `officer-<officer id>`), so the monitor can say whom
// each video shows.

export type MonitorSide = 'citizen' | 'officer' | 'other';

export function monitorSideOf(identity: string): MonitorSide {
  if (identity.startsWith('citizen-')) return 'citizen';
  if (identity.startsWith('officer-')) return 'officer';
  return 'other';
}

const order: Record<MonitorSide, number> = { citizen: 0, officer: 1, other: 2 };

/** The citizen first, then the officer, then anyone else, each group in its given order. */
export function sortBySide<T extends { identity: string }>(videos: readonly T[]): T[] {
  return [...videos].sort((a, b) => order[monitorSideOf(a.identity)] - order[monitorSideOf(b.identity)]);
}
