import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import '@scanwise/core/locales/all';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every TypeScript source of every package: packages/<name>/src/**\/*.ts. */
function sourceFiles(): string[] {
  const packages = join(ROOT, 'packages');
  return readdirSync(packages).flatMap((name) => {
    const src = join(packages, name, 'src');
    if (!existsSync(src)) return [];
    return readdirSync(src, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .map((f) => join(src, f));
  });
}

/**
 * The files a source imports by a relative path: static imports (type-only ones too, as a
 * reader follows them just the same) and re-exports. Comments and strings are not mistaken for
 * imports: TypeScript's own pre-processor reads them. A dynamic `import()` is not an edge: it
 * runs after every module has loaded, so it cannot close a loop (the locale registry loads each
 * pack that way, and the packs use the types of the modules that read the registry).
 */
function relativeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const lazy = new Set([...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]));
  const { importedFiles } = ts.preProcessFile(source, true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((name) => (name.startsWith('./') || name.startsWith('../')) && !lazy.has(name))
    .map((name) => {
      const target = resolve(dirname(file), name.replace(/\.js$/, '.ts'));
      return existsSync(target) ? target : join(target.replace(/\.ts$/, ''), 'index.ts');
    });
}

/** The import graph: each file and the files it imports. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  return new Map(files.map((f) => [f, relativeImports(f)]));
}

/**
 * One cycle per group of files that import each other (a strongly connected component of the
 * graph, Tarjan's algorithm), written as a path from a file back to itself.
 */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || graph.get(v)?.includes(v)) groups.push(group);
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return groups.map((group) => cycleThrough(graph, new Set(group)));
}

/** A shortest path from the group's first file (by name) back to itself, inside the group. */
function cycleThrough(graph: ReadonlyMap<string, readonly string[]>, group: ReadonlySet<string>): string[] {
  const start = [...group].sort()[0]!;
  const from = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!group.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(from.get(path[0]!)!);
        return [...path, start];
      }
      if (!from.has(w)) {
        from.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

const show = (cycle: readonly string[]) => cycle.map((f) => relative(ROOT, f)).join(' → ');

describe('imports between source files', () => {
  it('finds a cycle, and names its files (the check itself can fail)', () => {
    const graph = new Map([
      ['/a.ts', ['/b.ts']],
      ['/b.ts', ['/c.ts', '/d.ts']],
      ['/c.ts', ['/a.ts']],
      ['/d.ts', []],
      ['/e.ts', ['/e.ts']],
    ]);
    assert.deepEqual(findCycles(graph), [
      ['/a.ts', '/b.ts', '/c.ts', '/a.ts'],
      ['/e.ts', '/e.ts'],
    ]);
    assert.deepEqual(
      findCycles(
        new Map([
          ['/a.ts', ['/b.ts']],
          ['/b.ts', []],
        ]),
      ),
      [],
    );
  });

  it('reads type-only imports, re-exports and import() as imports, and skips comments and packages', () => {
    const file = join(ROOT, 'packages/core/src/index.ts');
    const imports = relativeImports(file);
    assert.ok(imports.length > 5, 'core/src/index.ts re-exports its modules');
    assert.ok(
      imports.every((f) => f.startsWith(join(ROOT, 'packages/core/src')) && existsSync(f)),
      imports.join('\n'),
    );
    const { importedFiles } = ts.preProcessFile(
      "import type { A } from './a.js';\n// import { B } from './b.js';\nexport { C } from '../c.js';\nconst d = await import('./d.js');\nimport { html } from 'lit';",
      true,
      true,
    );
    assert.deepEqual(
      importedFiles.map((f) => f.fileName),
      ['./a.js', '../c.js', './d.js', 'lit'],
    );
  });

  it('no file of packages/*/src imports itself, directly or through others', () => {
    const graph = importGraph(sourceFiles());
    assert.ok(graph.size > 50, `only ${graph.size} source files found`);
    for (const [file, targets] of graph) {
      for (const target of targets) assert.ok(existsSync(target), `${relative(ROOT, file)} imports ${relative(ROOT, target)}, which does not exist`);
    }
    const cycles = findCycles(graph);
    assert.equal(cycles.length, 0, `import cycles:\n${cycles.map(show).join('\n')}`);
  });
});
