// `npm run check` step: fails when a module of apps/*/src or packages/*/src imports itself
// through others (type-only imports included: a type cycle still couples the modules).
import { findCycles } from './find-cycles';
import { buildImportGraph } from './import-graph';
import { repoRoot } from './repo-root';

const graph = buildImportGraph(repoRoot);
const cycles = findCycles(graph);
if (cycles.length > 0) {
  console.error(`${cycles.length} circular import${cycles.length === 1 ? '' : 's'}:`);
  for (const cycle of cycles) console.error(`  ${[...cycle, cycle[0]].join(' -> ')}`);
  process.exit(1);
}
console.log(`no circular imports (${graph.size} files)`);
