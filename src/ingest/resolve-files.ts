/**
 * Finds a source's files: in a local mirror laid out as the shared data folder,
 * or in the download cache (downloading what is missing).
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { InputError, UsageError } from '../errors.js';
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
      if (!existsSync(path)) throw new UsageError(`the mirror ${origin.mirror} has no ${f.mirrorPath} (source ${source.id})`, `el espejo ${origin.mirror} no tiene ${f.mirrorPath} (fuente ${source.id})`);
      insideMirror(origin.mirror, path, f.mirrorPath);
    } else {
      path = join(origin.cache, source.id, name);
      if (origin.refresh || !existsSync(path)) await download(f.url, path, origin.download);
    }
    const file = await localFile(f.id, path, name);
    // The mirror's conversion of what the URL serves: the original's name, and its sha256 when the mirror keeps it too.
    if ('mirror' in origin && f.convertedFrom) file.original = await originalOf(origin.mirror, f.url, f.convertedFrom.mirrorPath);
    out.push(file);
  }
  return out;
}

/** The file a URL serves, as the mirror keeps it beside its conversion (hashed), or only its name. */
async function originalOf(mirror: string, url: string, mirrorPath: string | undefined): Promise<NonNullable<LocalFile['original']>> {
  const name = decodeURIComponent(basename(new URL(url).pathname));
  if (mirrorPath === undefined) return { name, sha256: null, bytes: null };
  const path = join(mirror, mirrorPath);
  if (!existsSync(path)) throw new UsageError(`the mirror ${mirror} has no ${mirrorPath}, the original of a file it converts`, `el espejo ${mirror} no tiene ${mirrorPath}, el original de un archivo que convierte`);
  insideMirror(mirror, path, mirrorPath);
  const read = await localFile('original', path);
  return { name, sha256: read.sha256, bytes: read.bytes };
}

/**
 * A link in the mirror is followed only while it stays inside the mirror: a link to a file
 * elsewhere on the machine (a password file, say) is refused, and never read.
 */
function insideMirror(mirror: string, path: string, mirrorPath: string): void {
  const root = realpathSync(mirror);
  if (!realpathSync(path).startsWith(root + sep)) {
    throw new InputError({ file: mirrorPath }, 'a file inside the mirror', 'a symbolic link to a file outside the mirror', 'link leaves the mirror', {
      what: 'el enlace sale del espejo',
      expected: 'un archivo dentro del espejo',
      found: 'un enlace simbólico a un archivo fuera del espejo',
    });
  }
}
