/**
 * DuckDB reads a truncated gzip without complaint, returning the rows before the cut
 * (silently fewer rows when the cut falls on a line end). So the whole stream is
 * decompressed once here first: zlib checks the end marker, length and CRC.
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputError } from '../../errors.js';
import type { LocalFile } from '../types.js';

export async function checkGzip(file: LocalFile): Promise<void> {
  if (file.bytes === 0) return; // readCsv reports an empty file
  const discard = new Writable({ write: (_chunk, _enc, done) => done() });
  try {
    await pipeline(createReadStream(file.path), createGunzip(), discard);
  } catch (e) {
    throw new InputError({ file: file.name }, 'a complete gzip file', `a damaged or truncated one (${(e as Error).message})`, 'unreadable file');
  }
}
