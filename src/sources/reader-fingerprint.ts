/**
 * A source's reader fingerprint: the sha256 of corridor's code that reads the source's files
 * into figures. The ingest stores it with each vintage and reads a source's unchanged files
 * again into a new vintage when it differs (a parser fix, a period newly marked partial in
 * the adapter's describe, a new dataset), so a store loaded by an older corridor never keeps
 * that corridor's reading silently (src/ingest/ingest.ts).
 *
 * The code hashed is what the adapter's src/sources/<id>/index.ts imports, file by file and
 * transitively, within src/sources: the adapter's own modules, the shared reading code under
 * src/sources/read/ it uses, src/sources/types.ts, and other adapters' modules it borrows
 * (a fix in read/xlsx.ts so changes the sources that read workbooks, not the others). Tests,
 * fixtures and type-only imports (erased when compiled) are left out. The TypeScript sources
 * are hashed, found from the package root, whether corridor runs from src/ (tsx, tests) or
 * from the compiled dist/: the same code gives the same fingerprint either way. Line endings
 * are read as LF, so a Windows checkout gives the same fingerprint too.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { sourcePath } from '../source-path.js';

/** src/sources/ of the package this module belongs to. */
const SOURCES = dirname(sourcePath('./reader-fingerprint.ts', import.meta.url));

const cache = new Map<string, string | undefined>();

/**
 * Module specifiers a file loads at run time: static imports and re-exports (not `import type`
 * / `export type`), side-effect imports and dynamic imports. Only relative ones matter here.
 */
export function runtimeImports(text: string): string[] {
  const found: string[] = [];
  const stat = /(?:^|[\n;])\s*(import|export)\s+(type\s+)?[\w\s{},*$]*?\bfrom\s*['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(stat)) if (!m[2]) found.push(m[3]);
  for (const m of text.matchAll(/(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]/g)) found.push(m[1]);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]);
  return found.filter((s) => s.startsWith('./') || s.startsWith('../'));
}

/** The files (absolute paths) of a source's reader: index.ts and what it loads within src/sources, transitively. */
export function readerFiles(sourceId: string, sources = SOURCES): string[] | undefined {
  const entry = join(sources, sourceId, 'index.ts');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(sourceId) || !existsSync(entry)) return undefined;
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
      const inside = target.startsWith(sources + sep);
      if (inside && !target.endsWith('.test.ts') && !target.split(sep).includes('fixtures') && existsSync(target) && !seen.has(target)) todo.push(target);
    }
  }
  return [...seen].sort();
}

/**
 * The reader fingerprint of a source (64 hex digits): sha256 of its reader files' paths
 * (relative to src/sources, with /) and contents. Undefined for a source corridor has no
 * reader code of (a test's toy adapter) or when the TypeScript sources are not there: then
 * the ingest cannot tell and compares files only, as before.
 */
export function readerFingerprint(sourceId: string, sources = SOURCES): string | undefined {
  const key = `${sources}\0${sourceId}`;
  if (cache.has(key)) return cache.get(key);
  const files = readerFiles(sourceId, sources);
  let print: string | undefined;
  if (files) {
    const h = createHash('sha256');
    for (const f of files) h.update(`${relative(sources, f).split(sep).join('/')}\n`).update(readFileSync(f, 'utf8').replace(/\r\n/g, '\n')).update('\0');
    print = h.digest('hex');
  }
  cache.set(key, print);
  return print;
}
