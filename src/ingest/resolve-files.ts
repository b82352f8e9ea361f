/**
 * Finds a source's files: in a local mirror laid out as the shared data folder,
 * or in the download cache (downloading what is missing).
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { LocalFile, SourceDescription } from '../sources/types.js';
import { download, type DownloadOptions } from './download.js';
import { localFile } from './local-file.js';

export type FileOrigin = { mirror: string } | { cache: string; refresh?: boolean; download?: DownloadOptions };

export async function resolveFiles(source: SourceDescription, origin: FileOrigin): Promise<LocalFile[]> {
  const out: LocalFile[] = [];
  for (const f of source.files) {
    const name = basename(f.mirrorPath);
    let path: string;
    if ('mirror' in origin) {
      path = join(origin.mirror, f.mirrorPath);
      if (!existsSync(path)) throw new Error(`the mirror ${origin.mirror} has no ${f.mirrorPath} (source ${source.id})`);
    } else {
      path = join(origin.cache, source.id, name);
      if (origin.refresh || !existsSync(path)) await download(f.url, path, origin.download);
    }
    out.push(await localFile(f.id, path, name));
  }
  return out;
}
