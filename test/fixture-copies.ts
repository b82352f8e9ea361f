/**
 * Test helpers for a source whose fixtures are plain-text files named as in the mirror,
 * in the source's fixtures/ folder: their paths, and edited copies for bad-input tests.
 */
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceFile } from '../src/sources/types.js';

type Edit = (lines: string[]) => string[];

interface Source {
  id: string;
  files: readonly Pick<SourceFile, 'id' | 'mirrorPath'>[];
}

const nameOf = (mirrorPath: string) => mirrorPath.split('/').at(-1)!;

/** `text` with its lines rewritten by `edit` (lines without their line ends); '' when no line is left. */
export function editLines(text: string, edit: Edit): string {
  const edited = edit(text.replace(/\n$/, '').split('\n')).join('\n');
  return edited === '' ? '' : `${edited}\n`;
}

/** An edit: in line `n` (1-based), `from` replaced by `to`. */
export const replaceLine = (n: number, from: string, to: string): Edit => (lines) => lines.map((l, i) => (i === n - 1 ? l.replace(from, to) : l));

/** The fixtures of `source`, in `folder`/fixtures (`folder` is the test's import.meta.dirname). */
export function fixtureFiles(source: Source, folder: string) {
  const fixtures = join(folder, 'fixtures');

  /** File id → fixture path, for every file of the source. */
  const fixturePaths = (dir = fixtures): Record<string, string> => Object.fromEntries(source.files.map((f) => [f.id, join(dir, nameOf(f.mirrorPath))]));

  /** The fixtures copied to a temp dir, with file `id` rewritten by `edit`. */
  const corrupted = async (id: string, edit: Edit): Promise<Record<string, string>> => {
    const dir = await mkdtemp(join(tmpdir(), `${source.id}-`));
    for (const f of source.files) {
      const from = join(fixtures, nameOf(f.mirrorPath));
      const to = join(dir, nameOf(f.mirrorPath));
      if (f.id !== id) await copyFile(from, to);
      else await writeFile(to, editLines(await readFile(from, 'utf8'), edit));
    }
    return fixturePaths(dir);
  };

  return { fixturePaths, corrupted };
}
