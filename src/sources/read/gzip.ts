/**
 * DuckDB reads a truncated gzip stream without complaint, returning the rows before the
 * cut (silently fewer rows when the cut falls on a line end). So a gzip file is
 * decompressed here first: zlib checks the end marker, length and CRC, and the bytes are
 * what the line checks (csv-lines.ts) look at.
 */
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { InputError } from '../../errors.js';
import type { LocalFile } from '../types.js';

/** The file's bytes, decompressed when it is gzip; a cut or corrupt stream is refused. */
export async function fileBytes(file: LocalFile): Promise<Buffer> {
  const raw = await readFile(file.path);
  if (!file.name.endsWith('.gz')) return raw;
  try {
    return await promisify(gunzip)(raw);
  } catch (e) {
    throw new InputError({ file: file.name }, 'a complete gzip stream', `a truncated or corrupt gzip stream (${(e as Error).message})`, 'unreadable file');
  }
}
