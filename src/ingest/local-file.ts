/**
 * A file on disk as the ingest step sees it: its publisher's name, size and sha256.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { LocalFile } from '../sources/types.js';

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function localFile(id: string, path: string, name = basename(path)): Promise<LocalFile> {
  const { size } = await stat(path);
  return { id, path, name, bytes: size, sha256: await sha256File(path) };
}
