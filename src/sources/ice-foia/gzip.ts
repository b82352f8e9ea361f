/**
 * Checks that a gzip file decompresses to its end. DuckDB reads a truncated stream
 * without complaint when it happens to stop at a line break, so the check is ours.
 */
import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { LocalFile } from '../types.js';
import { InputError } from '../../errors.js';

const discard = () => new Writable({ write: (_chunk, _encoding, done) => done() });

export async function checkGzip(file: LocalFile): Promise<void> {
  if (file.bytes === 0) throw new InputError({ file: file.name }, 'a gzip-compressed ERO-LESA file', 'an empty file', 'empty file');
  try {
    await pipeline(createReadStream(file.path), createGunzip(), discard());
  } catch (e) {
    throw new InputError({ file: file.name }, 'a complete gzip-compressed file', `a truncated or corrupt gzip stream (${(e as Error).message})`, 'unreadable file');
  }
}
