/**
 * Files the command line writes on a user's request (--out, --html): the folder is checked
 * before any work is done, and a write that still fails is said in one sentence, in the
 * user's language, never as a stack trace.
 */
import { statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../errors.js';

/** Refuses an output path whose folder does not exist, or that names a folder. */
export function checkOutputPath(option: string, path: string): void {
  const folder = dirname(path);
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(
    `${option} "${path}" cannot be written: the folder ${folder} does not exist`,
    `${option} "${path}" no se puede escribir: la carpeta ${folder} no existe`,
  );
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(
    `${option} "${path}" is a folder: name a file`,
    `${option} "${path}" es una carpeta: nombre un archivo`,
  );
}

const REASONS: Record<string, { en: string; es: string }> = {
  EACCES: { en: 'permission denied', es: 'permiso denegado' },
  EPERM: { en: 'permission denied', es: 'permiso denegado' },
  EROFS: { en: 'the disk is read-only', es: 'el disco es de solo lectura' },
  ENOSPC: { en: 'the disk is full', es: 'el disco está lleno' },
  ENOENT: { en: 'its folder does not exist', es: 'su carpeta no existe' },
  EISDIR: { en: 'it is a folder', es: 'es una carpeta' },
};

/** Writes the file, or says why it could not be written. */
export function writeOutput(option: string, path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const reason = REASONS[code] ?? { en: code || String(e), es: code || String(e) };
    throw new UsageError(`${option} "${path}" could not be written: ${reason.en}`, `${option} "${path}" no se pudo escribir: ${reason.es}`);
  }
}

/** What the command line says once it wrote a file, in the reader's language ('both': English, then Spanish). */
export function wroteSaid(path: string, lang: 'en' | 'es' | 'both', pages?: number): string {
  const en = `wrote ${path}${pages === undefined ? '' : ` (${pages} ${pages === 1 ? 'page' : 'pages'})`}`;
  const es = `se escribió ${path}${pages === undefined ? '' : ` (${pages} ${pages === 1 ? 'página' : 'páginas'})`}`;
  return lang === 'en' ? en : lang === 'es' ? es : `${en} / ${es}`;
}
