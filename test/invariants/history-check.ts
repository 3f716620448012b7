// Replays the plaza's history stream (one total order across processes) and reports every
// breach of the invariants of DESIGN.md §3 it can see from the record alone:
//  I1 a ticket is offered to, or in a call with, at most one officer at a time;
//  I2 an officer has at most one offer or call at a time;
//  I3 within a tenant, the ticket matched is always the first of the line (class, arrival);
//  I4 every ticket reaches exactly one terminal state, with its time, and nothing follows it;
//  I6 the officer matched is the one of the tenant's ready officers idle longest.

export type HistoryEntry = Record<string, string>;

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
}

export interface HistoryReport {
  violations: string[];
  tickets: number;
  terminalByStatus: Record<string, number>;
  matches: number;
  declinesAndTimeouts: number;
  transfers: number;
}

export function checkHistory(entries: HistoryEntry[]): HistoryReport {
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
    if (entry.type !== 'ticket') return;

    const id = entry.id ?? '';
    const status = entry.status ?? '';
    const state = tickets.get(id) ?? {
      status: 'new',
      tenant: entry.tenant ?? '',
      priority: Number(entry.priority),
      officer: undefined,
      terminalAt: undefined,
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
      // I3: the first of the line.
      let best = Number.POSITIVE_INFINITY;
      for (const priority of line.values()) best = Math.min(best, priority);
      if (state.priority !== best) {
        violations.push(`I3 ${where}: priority ${state.priority} matched while ${best} waited`);
      }
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
      if (state.status === 'offered') declinesAndTimeouts += 1;
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
  return { violations, tickets: tickets.size, terminalByStatus, matches, declinesAndTimeouts, transfers };
}
