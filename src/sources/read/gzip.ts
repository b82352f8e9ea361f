/**
 * DuckDB reads a truncated gzip stream without complaint, returning the rows before the
 * cut (silently fewer rows when the cut falls on a line end). So a gzip file is
 * decompressed once first, discarding the output: zlib checks the end marker, length and CRC.
 */
import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { InputError } from '../../errors.js';
import type { LocalFile } from '../types.js';

/** Throws an InputError naming the file if its gzip stream is cut or corrupt. */
export async function checkGzip(file: LocalFile): Promise<void> {
  try {
    await pipeline(createReadStream(file.path), createGunzip(), new Writable({ write: (_c, _e, done) => done() }));
  } catch (e) {
    throw new InputError({ file: file.name }, 'a complete gzip stream', `a truncated or corrupt gzip stream (${(e as Error).message})`, 'unreadable file');
  }
}
