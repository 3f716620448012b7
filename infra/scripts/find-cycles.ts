// Cycle detection for the import graph: a depth-first search that reports each cycle once.
import type { ImportGraph } from './import-graph';

/** Rotates a cycle to start at its smallest member, so each cycle has one spelling. */
function canonical(cycle: readonly string[]): string {
  let start = 0;
  cycle.forEach((node, index) => {
    if (node < (cycle[start] ?? node)) start = index;
  });
  return [...cycle.slice(start), ...cycle.slice(0, start)].join('\0');
}

/**
 * The import cycles in `graph`, each as the list of files along it (the first file imports the
 * second, …, the last imports the first). Every back edge found by the DFS yields one cycle.
 */
export function findCycles(graph: ImportGraph): string[][] {
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const seen = new Set<string>();
  const cycles: string[][] = [];

  const visit = (node: string): void => {
    state.set(node, 'visiting');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const nextState = state.get(next);
      if (nextState === 'visiting') {
        const cycle = path.slice(path.indexOf(next));
        const key = canonical(cycle);
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (nextState === undefined) {
        visit(next);
      }
    }
    path.pop();
    state.set(node, 'done');
  };

  for (const node of [...graph.keys()].sort()) {
    if (!state.has(node)) visit(node);
  }
  return cycles;
}
