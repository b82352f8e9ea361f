import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readerFiles, readerFingerprint, runtimeImports } from './reader-fingerprint.js';
import { sourcePath } from '../source-path.js';
import { ADAPTERS } from './registry.js';

/** A src/sources-like tree in a temporary folder: files by path relative to it. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-reader-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const FILES = {
  'types.ts': 'export const observation = 1;\n',
  'model.ts': 'export interface Shape { a: number }\n',
  'read/csv.ts': "import { gunzip } from './gzip.js';\nexport const readCsv = gunzip;\n",
  'read/gzip.ts': 'export const gunzip = 1;\n',
  'read/xlsx.ts': 'export const readXlsx = 1;\n',
  'a/index.ts': "import { parse } from './parse.js';\nimport { describe } from './describe.js';\nexport default { parse, describe };\n",
  'a/parse.ts': "import {\n  readCsv,\n} from '../read/csv.js';\nimport type { Shape } from '../model.js';\nimport { observation, type X } from '../types.js';\nexport const parse = readCsv;\n",
  'a/describe.ts': "export const describe = { partialPeriods: [] };\n",
  'a/parse.test.ts': "import { parse } from './parse.js';\n",
  'a/testing.ts': "import { parse } from './parse.js';\n",
  'b/index.ts': "import { readXlsx } from '../read/xlsx.js';\nimport { later } from '../a/describe.js';\nexport default { parse: () => import('./lazy.js') };\n",
  'b/lazy.ts': 'export const lazy = 1;\n',
};

describe('reader fingerprint', () => {
  it('reads the modules a file loads at run time, not type-only imports', () => {
    const text = "import type { A } from './a.js';\nexport type { B } from './b.js';\nimport { c, type D } from './c.js';\nexport { e } from './e.js';\nimport './side.js';\nconst f = await import('./f.js');\nimport { g } from 'node:fs';\nexport const h = 'from \\'./nothing.js\\'';\n";
    expect(runtimeImports(text).sort()).toEqual(['./c.js', './e.js', './f.js', './side.js']);
  });

  it("hashes the adapter's index.ts and what it loads within src/sources, transitively: not tests, test helpers or other adapters' code it does not use", () => {
    const dir = tree(FILES);
    expect(readerFiles('a', dir)!.map((f) => relative(dir, f))).toEqual(['a/describe.ts', 'a/index.ts', 'a/parse.ts', 'read/csv.ts', 'read/gzip.ts', 'types.ts']);
    expect(readerFiles('b', dir)!.map((f) => relative(dir, f))).toEqual(['a/describe.ts', 'b/index.ts', 'b/lazy.ts', 'read/xlsx.ts']);
    expect(readerFiles('none', dir)).toBeUndefined();
    expect(readerFingerprint('none', dir)).toBeUndefined();
    expect(readerFingerprint('a', dir)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with a fix to the adapter or to shared reading code it uses, and with nothing else', () => {
    const print = (files: Record<string, string>, id: string) => readerFingerprint(id, tree(files));
    const a = print(FILES, 'a');
    expect(print(FILES, 'a')).toBe(a);
    expect(print({ ...FILES, 'a/describe.ts': "export const describe = { partialPeriods: ['2018-10-01'] };\n" }, 'a')).not.toBe(a);
    expect(print({ ...FILES, 'read/gzip.ts': 'export const gunzip = 2;\n' }, 'a')).not.toBe(a);
    expect(print({ ...FILES, 'read/xlsx.ts': 'export const readXlsx = 2;\n' }, 'a')).toBe(a);
    expect(print({ ...FILES, 'a/parse.test.ts': '// another test\n' }, 'a')).toBe(a);
    expect(print({ ...FILES, 'model.ts': 'export interface Shape { b: string }\n' }, 'a')).toBe(a);
    // Line endings of a Windows checkout read the same.
    expect(print({ ...FILES, 'read/gzip.ts': 'export const gunzip = 1;\r\n' }, 'a')).toBe(a);
    // b borrows a's describe: a fix there re-reads both.
    const b = print(FILES, 'b');
    expect(print({ ...FILES, 'a/describe.ts': 'export const describe = {};\n' }, 'b')).not.toBe(b);
  });

  it('every real source has one, found from src/sources whether corridor runs from src/ or from dist/', () => {
    for (const a of ADAPTERS) expect(readerFingerprint(a.describe.id), a.describe.id).toMatch(/^[0-9a-f]{64}$/);
    const fromDist = sourcePath('./reader-fingerprint.ts', new URL('../../dist/sources/reader-fingerprint.js', import.meta.url).href);
    expect(fromDist).toBe(sourcePath('./reader-fingerprint.ts', import.meta.url));
    expect(readerFingerprint('ice-foia', join(fromDist, '..'))).toBe(readerFingerprint('ice-foia'));
  });
});
