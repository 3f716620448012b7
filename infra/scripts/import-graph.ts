// The tree's module graph for the circular-import check: which source file imports which,
// read with a regular expression rather than a parser (good enough for our own code).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** File (relative to the root) → the files it imports, in source order. */
export type ImportGraph = Map<string, string[]>;

// `import … from '…'`, `import '…'`, `export … from '…'`, `import type …` alike; the `[^'";]*`
// spans the lines of a multi-line import list. Dynamic import() is left out: it is how code is
// loaded lazily on purpose, and it does not take part in module initialisation order.
const specifierPattern = /(?:^|[\s;])(?:import|export)\s+(?:[^'";()]*?\s+from\s+)?['"]([^'"\n]+)['"]/g;
const sourceExtensions = ['.ts', '.tsx'];
const skippedDirs = new Set(['node_modules', 'dist', '.cache']);

/** The module specifiers a source file imports or re-exports from. */
export function parseSpecifiers(source: string): string[] {
  return [...source.matchAll(specifierPattern)].flatMap((match) =>
    match[1] === undefined ? [] : [match[1]],
  );
}

function isSourceFile(path: string): boolean {
  return sourceExtensions.some((extension) => path.endsWith(extension)) && !path.endsWith('.d.ts');
}

function listSourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    if (skippedDirs.has(entry)) return [];
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return listSourceFiles(path);
    return isSourceFile(path) ? [path] : [];
  });
}

function resolveFile(base: string): string | undefined {
  const candidates = [
    base,
    // `./x.js` written for Node's ESM resolution points at `./x.ts`.
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.js$/, '.tsx'),
    ...sourceExtensions.map((extension) => `${base}${extension}`),
    ...sourceExtensions.map((extension) => join(base, `index${extension}`)),
  ];
  return candidates.find((candidate) => isSourceFile(candidate) && existsSync(candidate));
}

interface ResolveSpecifierOptions {
  root: string;
  fromFile: string;
  specifier: string;
}

/** The file a specifier points at inside the tree, or undefined for outside packages. */
export function resolveSpecifier(options: ResolveSpecifierOptions): string | undefined {
  const { root, fromFile, specifier } = options;
  if (specifier.startsWith('.')) return resolveFile(resolve(dirname(fromFile), specifier));
  const workspace = /^@vp\/([a-z0-9-]+)$/.exec(specifier);
  if (workspace?.[1] === undefined) return undefined;
  return resolveFile(join(root, 'packages', workspace[1], 'src', 'index.ts'));
}

/** Builds the graph of `apps/<app>/src` and `packages/<package>/src` under `root`. */
export function buildImportGraph(root: string): ImportGraph {
  const sourceRoots = ['apps', 'packages'].flatMap((group) => {
    const groupDir = join(root, group);
    return existsSync(groupDir) ? readdirSync(groupDir).map((name) => join(groupDir, name, 'src')) : [];
  });
  const graph: ImportGraph = new Map();
  for (const file of sourceRoots.flatMap(listSourceFiles)) {
    const targets = parseSpecifiers(readFileSync(file, 'utf8'))
      .map((specifier) => resolveSpecifier({ root, fromFile: file, specifier }))
      .filter((target): target is string => target !== undefined)
      .map((target) => relative(root, target));
    graph.set(relative(root, file), [...new Set(targets)]);
  }
  return graph;
}
