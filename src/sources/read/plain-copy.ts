/**
 * A gzip file decompressed once: read/gzip.ts must inflate it in JS anyway (DuckDB reads a
 * cut stream without complaint), so DuckDB is given those bytes in a temporary plain file
 * rather than inflating the same stream a second time (and, plain, it can split the file
 * between its threads). The copy lives in memory-backed /dev/shm where the system has it (else
 * the temporary folder) only while the file is read, and is removed afterwards, whatever
 * happens; errors keep naming the original file.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalFile } from '../types.js';
import { fileBytes } from './gzip.js';

const SHM = '/dev/shm';

export interface PlainCopy {
  /** The file to read: the original when it is not gzip, else the plain copy (same name, other path). */
  file: LocalFile;
  /** The file's decompressed bytes, for the line checks (csv-lines.ts). */
  bytes: Buffer;
  /** Removes the copy (nothing for a file that was not gzip). */
  remove(): void;
}

/** The file's bytes and a plain file with them; a cut or corrupt gzip stream is refused (gzip.ts). */
export async function plainCopy(file: LocalFile): Promise<PlainCopy> {
  const bytes = await fileBytes(file);
  if (!file.path.endsWith('.gz')) return { file, bytes, remove: () => {} };
  // tmpfs: writing there costs a copy in memory, not a disk write (measured: a third less CPU than /tmp).
  const dir = mkdtempSync(join(existsSync(SHM) ? SHM : tmpdir(), 'corridor-plain-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const path = join(dir, 'plain.csv');
    writeFileSync(path, bytes);
    return { file: { ...file, path }, bytes, remove };
  } catch (e) {
    remove();
    throw e;
  }
}

/** Runs `fn` on the plain copy of a file and removes the copy afterwards. */
export async function withPlainCopy<T>(copy: Promise<PlainCopy>, fn: (copy: PlainCopy) => Promise<T>): Promise<T> {
  const c = await copy;
  try {
    return await fn(c);
  } finally {
    c.remove();
  }
}
