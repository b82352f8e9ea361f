/**
 * The project's structure drawn from its imports: which file imports which, the loops
 * (strongly connected groups of files), and the imports that run against the layers.
 * Used by test/architecture/imports.test.ts and printed by scripts/architecture/report.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

export interface ImportEdge {
  from: string;
  to: string;
  /** `import type` / `export type`: erased at run time, but still a dependency of the design. */
  typeOnly: boolean;
}

const SPECIFIER = /(?:^|\n)\s*(import|export)\s+(type\s+)?[^;'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** Every .ts file under the given folders, tests and fixtures left out. */
export function sourceFiles(root: string, folders: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(join(root, dir));
    } catch {
      return;
    }
    for (const name of names) {
      const rel = join(dir, name);
      if (name === 'node_modules' || name === 'fixtures' || name === 'dist') continue;
      if (statSync(join(root, rel)).isDirectory()) walk(rel);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) out.push(rel.split('\\').join('/'));
    }
  };
  for (const f of folders) walk(f);
  return out.sort();
}

/** The relative imports of each file, resolved to project files. */
export function importEdges(root: string, files: string[]): ImportEdge[] {
  const known = new Set(files);
  const edges: ImportEdge[] = [];
  for (const from of files) {
    const text = readFileSync(join(root, from), 'utf8');
    for (const m of text.matchAll(SPECIFIER)) {
      const spec = m[3] ?? m[4];
      const base = normalize(join(dirname(from), spec)).split('\\').join('/').replace(/\.js$/, '');
      const to = [`${base}.ts`, base, `${base}/index.ts`].find((c) => known.has(c));
      if (to) edges.push({ from, to, typeOnly: Boolean(m[2]) });
    }
  }
  return edges;
}

/** Groups of two or more files that reach each other through imports (Tarjan's algorithm). */
export function loops(files: string[], edges: ImportEdge[]): string[][] {
  const next = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const e of edges) next.get(e.from)?.push(e.to);
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return groups.sort((a, b) => a[0].localeCompare(b[0]));
}

/**
 * The floors, lowest first. A file may import its own floor and the floors below it; the
 * faces (cli, api, web) never import one another. `layerOf` gives a file's floor.
 */
export const LAYERS: { name: string; folders: string[]; mayImport: string[] }[] = [
  { name: 'model', folders: ['src/model'], mayImport: [] },
  { name: 'base', folders: ['src/errors.ts', 'src/format', 'src/source-path.ts', 'src/lib'], mayImport: ['model'] },
  { name: 'store', folders: ['src/store'], mayImport: ['model', 'base'] },
  { name: 'sources', folders: ['src/sources'], mayImport: ['model', 'base', 'store'] },
  { name: 'ingest', folders: ['src/ingest'], mayImport: ['model', 'base', 'store', 'sources'] },
  { name: 'analysis', folders: ['src/analysis'], mayImport: ['model', 'base', 'store'] },
  { name: 'api', folders: ['src/api'], mayImport: ['model', 'base', 'store', 'analysis'] },
  { name: 'cli', folders: ['src/cli'], mayImport: ['model', 'base', 'store', 'sources', 'ingest', 'analysis'] },
  // The page runs in a browser: of the project it may run only the shared vocabulary, which imports
  // nothing but itself (no package, no Node built-in: imports.test.ts keeps it so), e.g. how levers are written.
  { name: 'web', folders: ['web/src'], mayImport: ['model'] },
];

/**
 * Imports across floors that are allowed on purpose, each with its reason.
 * - The command line starts the HTTP server: `corridor serve` and `corridor start` launch that
 *   face, through its one entry point, and use nothing else of it.
 * - The page's types are the API's own response types (type-only, erased at build time), so
 *   the two cannot drift.
 */
export const ALLOWED: { from: RegExp; to: RegExp; typeOnly: boolean; why: string }[] = [
  { from: /^src\/cli\/commands\/(serve|start)\.ts$/, to: /^src\/api\/server\.ts$/, typeOnly: false, why: 'the CLI launches the HTTP face' },
  { from: /^web\/src\//, to: /^src\/api\//, typeOnly: true, why: 'the page reads the API types' },
];

export function layerOf(file: string): string | undefined {
  return LAYERS.find((l) => l.folders.some((f) => file === f || file.startsWith(`${f}/`)))?.name;
}

/** Imports that run up the floors or across faces, less the allowed ones. */
export function upwardImports(edges: ImportEdge[]): ImportEdge[] {
  return edges.filter((e) => {
    const a = layerOf(e.from);
    const b = layerOf(e.to);
    if (!a || !b || a === b) return false;
    if (LAYERS.find((l) => l.name === a)!.mayImport.includes(b)) return false;
    return !ALLOWED.some((x) => x.from.test(e.from) && x.to.test(e.to) && (!x.typeOnly || e.typeOnly));
  });
}

/** Lines of TypeScript per folder (tests included), largest first. */
export function folderSizes(root: string, folders: string[]): { folder: string; files: number; lines: number }[] {
  const sizes = new Map<string, { files: number; lines: number }>();
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir))) {
      const rel = join(dir, name);
      if (name === 'node_modules' || name === 'dist') continue;
      if (statSync(join(root, rel)).isDirectory()) walk(rel);
      else if (name.endsWith('.ts')) {
        const s = sizes.get(dir) ?? { files: 0, lines: 0 };
        s.files++;
        s.lines += readFileSync(join(root, rel), 'utf8').split('\n').length;
        sizes.set(dir, s);
      }
    }
  };
  for (const f of folders) {
    try {
      walk(f);
    } catch {
      // a folder the tree does not have
    }
  }
  return [...sizes].map(([folder, s]) => ({ folder: relative('.', folder) || folder, ...s })).sort((a, b) => b.lines - a.lines);
}
