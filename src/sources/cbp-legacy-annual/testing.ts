/**
 * Test helpers: this source's fixtures, and corrupted copies of them in a temp dir.
 */
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { InputError, type Location } from '../../errors.js';
import { describe as source } from './describe.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const nameOf = (mirrorPath: string) => mirrorPath.split('/').at(-1)!;

/** File id → fixture path, for every file of the source. */
export function fixturePaths(dir = FIXTURES): Record<string, string> {
  return Object.fromEntries(source.files.map((f) => [f.id, join(dir, nameOf(f.mirrorPath))]));
}

/** The fixtures copied to a temp dir, with file `id` rewritten by `edit` (lines without their line ends). */
export async function corrupted(id: string, edit: (lines: string[]) => string[]): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), `${source.id}-`));
  for (const f of source.files) {
    const from = join(FIXTURES, nameOf(f.mirrorPath));
    const to = join(dir, nameOf(f.mirrorPath));
    if (f.id !== id) await copyFile(from, to);
    else {
      const lines = (await readFile(from, 'utf8')).replace(/\n$/, '').split('\n');
      const text = edit(lines).join('\n');
      await writeFile(to, text === '' ? '' : `${text}\n`);
    }
  }
  return fixturePaths(dir);
}

/** Asserts an InputError at `at`, whose message names the file, row and column. */
export async function expectInputError(promise: Promise<unknown>, at: Location): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  const e = error as InputError;
  expect(e.at).toEqual(at);
  expect(e.message).toContain(at.file);
  if (at.row !== undefined) expect(e.message).toContain(`row ${at.row}`);
  if (at.column !== undefined) expect(e.message).toContain(`column "${at.column}"`);
  return e;
}
