/**
 * The structure holds: no import loops, no import that runs up the layers or across the faces
 * (scripts/architecture/import-graph.ts says which floor may import which).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importEdges, loops, sourceFiles, upwardImports } from '../../scripts/architecture/import-graph.js';

const ROOT = resolve(import.meta.dirname, '../..');
const FOLDERS = ['src', 'web/src', 'packages'];

/** Loops still being broken on other branches of this session; this list only shrinks. */
const KNOWN_LOOPS: string[][] = [];

describe('the project imports', () => {
  const files = sourceFiles(ROOT, FOLDERS);
  const edges = importEdges(ROOT, files);

  it('has no import loops', () => {
    const found = loops(files, edges).map((g) => g.join(' <-> '));
    const known = new Set(KNOWN_LOOPS.map((g) => g.join(' <-> ')));
    expect(found.filter((g) => !known.has(g))).toEqual([]);
  });

  it('never imports up the layers or across the faces', () => {
    expect(upwardImports(edges).map((e) => `${e.from} -> ${e.to}`)).toEqual([]);
  });

  it('keeps the ground floor free of the project', () => {
    const model = edges.filter((e) => e.from.startsWith('src/model/'));
    expect(model.every((e) => e.to.startsWith('src/model/'))).toBe(true);
    expect(files.filter((f) => f.startsWith('src/model/')).length).toBeGreaterThan(0);
  });

  it('keeps the shared vocabulary free of packages and Node built-ins, so the page can run it', () => {
    const outside = files
      .filter((f) => f.startsWith('src/model/') && !f.endsWith('.test.ts'))
      .flatMap((f) => [...readFileSync(join(ROOT, f), 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]).filter((spec) => !spec.startsWith('./')).map((spec) => `${f}: ${spec}`));
    expect(outside).toEqual([]);
  });

  it('has no store file that imports a source adapter', () => {
    expect(edges.filter((e) => e.from.startsWith('src/store/') && e.to.startsWith('src/sources/'))).toEqual([]);
  });
});

describe('the import graph itself', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-imports-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  write('src/model/a.ts', "export const a = 1;\n");
  write('src/store/b.ts', "import { a } from '../model/a.js';\nimport type { C } from '../sources/c.js';\nexport const b = a;\n");
  write('src/sources/c.ts', "import { b } from '../store/b.js';\nexport type C = typeof b;\n");
  write('src/cli/d.ts', "export const d = await import('../api/e.js');\n");
  write('src/api/e.ts', "export { b } from '../store/b.js';\n");
  write('src/api/e.test.ts', "import { d } from '../cli/d.js';\n");
  const files = sourceFiles(dir, ['src']);
  const edges = importEdges(dir, files);

  it('reads static, type-only, re-export and dynamic imports, and leaves tests out', () => {
    expect(files).not.toContain('src/api/e.test.ts');
    expect(edges).toContainEqual({ from: 'src/store/b.ts', to: 'src/sources/c.ts', typeOnly: true });
    expect(edges).toContainEqual({ from: 'src/cli/d.ts', to: 'src/api/e.ts', typeOnly: false });
    expect(edges).toContainEqual({ from: 'src/api/e.ts', to: 'src/store/b.ts', typeOnly: false });
  });

  it('finds a loop and the imports against the layers', () => {
    expect(loops(files, edges)).toEqual([['src/sources/c.ts', 'src/store/b.ts']]);
    expect(upwardImports(edges).map((e) => `${e.from} -> ${e.to}`)).toEqual(['src/cli/d.ts -> src/api/e.ts', 'src/store/b.ts -> src/sources/c.ts']);
  });
});
