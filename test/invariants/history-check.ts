// Replays the plaza's history stream (one total order across processes) and reports every
// breach of the invariants of DESIGN.md §3 it can see from the record alone:
//  I1 a ticket is offered to, or in a call with, at most one officer at a time;
//  I2 an officer has at most one offer or call at a time;
//  I3 within a tenant, the ticket matched is the first of the line (class, arrival), except that
//     once the tenant's priority cap of priority tickets went in a row, it is the first regular
//     ticket if one waits (an offer returned unserved is taken off that count again);
//  I4 every ticket reaches exactly one terminal state, with its time, and nothing follows it;
//  I6 the officer matched is the one of the tenant's ready officers idle longest.

import { type Catalogue, priorityCapOf } from '@vp/contract';

export type HistoryEntry = Record<string, string>;

/** Lowest queue priority of a regular ticket (packages/engine ticket-order.ts). */
const regularBand = 2 ** 20;

const terminal = new Set(['completed', 'cancelled', 'abandoned', 'no_show', 'transferred']);

/** Moves a ticket may make, by the status it is in. */
const ticketMoves: Record<string, string[]> = {
  new: ['waiting'],
  waiting: ['offered', 'in_call', 'cancelled', 'abandoned'],
  offered: ['in_call', 'waiting', 'cancelled', 'abandoned'],
  in_call: ['completed', 'cancelled', 'no_show', 'transferred'],
};

interface TicketState {
  status: string;
  tenant: string;
  priority: number;
  officer: string | undefined;
  terminalAt: string | undefined;
  /** The tenant's priority streak when this ticket was last matched. */
  streakBefore: number;
}

export interface HistoryReport {
  violations: string[];
  tickets: number;
  terminalByStatus: Record<string, number>;
  matches: number;
  declinesAndTimeouts: number;
  transfers: number;
  /** Matches that served a regular ticket past waiting priority ones, by the cap. */
  regularTurns: number;
  /** Priority claims the officers answered (entries of type `priority-claim`). */
  priorityClaims: number;
}

/**
 * Checks a history against the invariants. The catalogue gives each tenant's priority cap; without
 * it, every tenant keeps the plaza's default.
 */
export function checkHistory(
  entries: HistoryEntry[],
  options: { catalogue?: Catalogue } = {},
): HistoryReport {
  const violations: string[] = [];
  const tickets = new Map<string, TicketState>();
  /** Per tenant: waiting ticket → priority. */
  const lines = new Map<string, Map<string, number>>();
  /** Per tenant: ready officer → idle since. */
  const readySets = new Map<string, Map<string, number>>();
  /** Officer → the ticket they hold (offer or call). */
  const holding = new Map<string, string>();
  const terminalByStatus: Record<string, number> = {};
  let matches = 0;
  let declinesAndTimeouts = 0;
  let transfers = 0;
  let regularTurns = 0;
  let priorityClaims = 0;
  /** Per tenant: priority tickets served in a row. */
  const streaks = new Map<string, number>();
  const capOf = (tenant: string) =>
    priorityCapOf(options.catalogue?.tenants.find((candidate) => candidate.code === tenant) ?? {});

  const lineOf = (tenant: string) =>
    lines.get(tenant) ?? lines.set(tenant, new Map()).get(tenant) ?? new Map();
  const readyOf = (tenant: string) =>
    readySets.get(tenant) ?? readySets.set(tenant, new Map()).get(tenant) ?? new Map();
  const leaveReadySets = (officer: string) => {
    for (const set of readySets.values()) set.delete(officer);
  };

  entries.forEach((entry, index) => {
    const where = `#${index} ${entry.type} ${entry.id} → ${entry.status}`;
    if (entry.type === 'officer') {
      const officer = entry.id ?? '';
      if (entry.status === 'ready') {
        const idleSince = Number(entry.idleSince);
        for (const tenant of (entry.tenants ?? '').split(',').filter(Boolean))
          readyOf(tenant).set(officer, idleSince);
      } else if (entry.status !== 'offered' && entry.status !== 'in_call') {
        leaveReadySets(officer);
      }
      return;
    }
    if (entry.type === 'priority-claim') {
      priorityClaims += 1;
      return;
    }
    if (entry.type !== 'ticket') return;

    const id = entry.id ?? '';
    const status = entry.status ?? '';
    const state = tickets.get(id) ?? {
      status: 'new',
      tenant: entry.tenant ?? '',
      priority: Number(entry.priority),
      officer: undefined,
      terminalAt: undefined,
      streakBefore: 0,
    };
    tickets.set(id, state);
    if (state.terminalAt !== undefined) {
      violations.push(`I4 ${where}: after its terminal state`);
      return;
    }
    if (!(ticketMoves[state.status] ?? []).includes(status)) {
      violations.push(`I4 ${where}: not a move from ${state.status}`);
    }
    if (!entry.at) violations.push(`I4 ${where}: no time`);
    const line = lineOf(state.tenant);

    if ((status === 'offered' || (status === 'in_call' && state.status === 'waiting')) && entry.officer) {
      matches += 1;
      const officer = entry.officer;
      // I3: the first of the line, or under the cap the first regular ticket.
      let best = Number.POSITIVE_INFINITY;
      let bestRegular = Number.POSITIVE_INFINITY;
      for (const priority of line.values()) {
        best = Math.min(best, priority);
        if (priority >= regularBand) bestRegular = Math.min(bestRegular, priority);
      }
      const streak = streaks.get(state.tenant) ?? 0;
      const cap = capOf(state.tenant);
      const regularTurn =
        best < regularBand && cap > 0 && streak >= cap && bestRegular !== Number.POSITIVE_INFINITY;
      const due = regularTurn ? bestRegular : best;
      if (state.priority !== due) {
        violations.push(
          `I3 ${where}: priority ${state.priority} matched while ${due} was due` +
            (regularTurn ? ` (cap ${cap} reached)` : ''),
        );
      }
      if (regularTurn && state.priority === due) regularTurns += 1;
      state.streakBefore = streak;
      streaks.set(state.tenant, state.priority < regularBand ? streak + 1 : 0);
      // I6: the officer idle longest.
      const ready = readyOf(state.tenant);
      const idleSince = ready.get(officer);
      let longest = Number.POSITIVE_INFINITY;
      for (const since of ready.values()) longest = Math.min(longest, since);
      if (idleSince === undefined)
        violations.push(`I6 ${where}: officer ${officer} was not ready for ${state.tenant}`);
      else if (idleSince !== longest) {
        violations.push(`I6 ${where}: officer ${officer} idle since ${idleSince}, another since ${longest}`);
      }
      // I1 and I2.
      if (state.officer !== undefined) violations.push(`I1 ${where}: still with ${state.officer}`);
      const held = holding.get(officer);
      if (held !== undefined) violations.push(`I2 ${where}: officer ${officer} still holds ${held}`);
      holding.set(officer, id);
      leaveReadySets(officer);
      state.officer = officer;
      line.delete(id);
    } else if (status === 'in_call') {
      if (entry.officer !== state.officer) {
        violations.push(`I1 ${where}: call with ${entry.officer}, offered to ${state.officer}`);
      }
    } else if (status === 'waiting') {
      if (state.status === 'offered') {
        declinesAndTimeouts += 1;
        // The offer was not served: its count is undone, as the return script does.
        const streak = streaks.get(state.tenant) ?? 0;
        streaks.set(
          state.tenant,
          state.priority < regularBand ? Math.max(streak - 1, 0) : streak + state.streakBefore,
        );
      }
      if (state.officer !== undefined) holding.delete(state.officer);
      state.officer = undefined;
      line.set(id, state.priority);
    }

    if (terminal.has(status)) {
      state.terminalAt = entry.at;
      terminalByStatus[status] = (terminalByStatus[status] ?? 0) + 1;
      if (status === 'transferred') transfers += 1;
      if (state.officer !== undefined && holding.get(state.officer) === id) holding.delete(state.officer);
      state.officer = undefined;
      line.delete(id);
    }
    state.status = status;
  });

  for (const [id, state] of tickets) {
    if (state.terminalAt === undefined)
      violations.push(`I4 ticket ${id}: no terminal state (is ${state.status})`);
  }
  return {
    violations,
    tickets: tickets.size,
    terminalByStatus,
    matches,
    declinesAndTimeouts,
    transfers,
    regularTurns,
    priorityClaims,
  };
}
