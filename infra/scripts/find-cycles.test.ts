import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findCycles } from './find-cycles';
import { buildImportGraph, parseSpecifiers } from './import-graph';

describe('parseSpecifiers', () => {
  it.each([
    ["import { a } from './a';", ['./a']],
    ["import type { A } from './a';", ['./a']],
    ["import './side-effect';", ['./side-effect']],
    ["export { b } from './b';\nexport * from '@vp/contract';", ['./b', '@vp/contract']],
    ["import {\n  a,\n  b,\n} from './multi-line';", ['./multi-line']],
    ["const lazy = await import('./lazy');", []],
  ])('%s', (source, expected) => {
    expect(parseSpecifiers(source)).toEqual(expected);
  });
});

describe('findCycles', () => {
  it('finds no cycle in a tree', () => {
    const graph = new Map([
      ['a', ['b', 'c']],
      ['b', ['c']],
      ['c', []],
    ]);
    expect(findCycles(graph)).toEqual([]);
  });

  it('reports each cycle once, whatever the entry point', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['d']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c'], ['d']]);
  });
});

describe('buildImportGraph', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root !== undefined) rmSync(root, { recursive: true, force: true });
  });

  function writeTree(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'vp-cycles-'));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    return dir;
  }

  it('follows relative and workspace imports across packages', () => {
    root = writeTree({
      'packages/one/src/index.ts': "export { x } from './x';",
      'packages/one/src/x.ts': "import { y } from '@vp/two';\nexport const x = y;",
      'packages/two/src/index.ts': "import type { X } from '@vp/one';\nexport const y = 1;",
      'apps/api/src/main.ts': "import { x } from '@vp/one';\nimport express from 'express';",
    });
    const graph = buildImportGraph(root);
    expect(graph.get('apps/api/src/main.ts')).toEqual(['packages/one/src/index.ts']);
    expect(findCycles(graph)).toEqual([
      ['packages/one/src/index.ts', 'packages/one/src/x.ts', 'packages/two/src/index.ts'],
    ]);
  });
});
