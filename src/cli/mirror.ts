/**
 * Where the first run's data comes from. A mirror laid out as the shared data folder
 * is looked for before anything is downloaded: `--from`, then `CORRIDOR_MIRROR`, then
 * `../shared/data` beside the project (where the project's layout puts it). Without
 * one, the files are downloaded, and most of them come from copies kept by those who
 * compiled them (public GitHub repositories), not from the publishers' own sites: the
 * notice says so, and how many.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceAdapter } from '../sources/types.js';

/** The project's root folder (this file is src/cli/mirror.ts). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The mirror the project's layout puts beside it, relative to the project root. */
export const BESIDE = join('..', 'shared', 'data');

export interface MirrorChoice {
  /** The mirror to read, or null: download. */
  dir: string | null;
  /** How it was found. */
  how: 'from' | 'env' | 'beside' | 'none';
}

/** True when `dir` holds at least one file of one source, as a mirror does. */
export function looksLikeMirror(dir: string, adapters: SourceAdapter[]): boolean {
  return existsSync(dir) && adapters.some((a) => a.describe.files.some((f) => existsSync(join(dir, f.mirrorPath))));
}

export function findMirror(adapters: SourceAdapter[], from?: string, env: NodeJS.ProcessEnv = process.env, root = PROJECT_ROOT): MirrorChoice {
  if (from) return { dir: resolve(from), how: 'from' };
  if (env.CORRIDOR_MIRROR) return { dir: resolve(env.CORRIDOR_MIRROR), how: 'env' };
  const beside = resolve(root, BESIDE);
  if (looksLikeMirror(beside, adapters)) return { dir: beside, how: 'beside' };
  return { dir: null, how: 'none' };
}

const hostOf = (url: string) => new URL(url).host;

/** Files whose download URL is not on the publisher's own site (the landing page's host). */
export function thirdPartyCopies(adapters: SourceAdapter[]): { files: number; copies: number } {
  let files = 0;
  let copies = 0;
  for (const a of adapters) {
    for (const f of a.describe.files) {
      files++;
      if (hostOf(f.url) !== hostOf(a.describe.landingPage) || a.describe.thirdParty) copies++;
    }
  }
  return { files, copies };
}

/**
 * A folder as the user reads it best: relative to the working folder, unless that climbs more
 * than two levels ("../../../srv/shared/data" for "/srv/shared/data"), then as an absolute path.
 */
export function shownPath(dir: string, cwd: string): string {
  const r = relative(cwd, dir);
  if (r === '') return '.';
  return r.split(sep).filter((part) => part === '..').length > 2 ? dir : r;
}

/** One line saying where the data is read from, for `corridor start` and `corridor ingest`, in English or Spanish. */
export function originNotice(choice: MirrorChoice, adapters: SourceAdapter[], cache: string, cwd = process.cwd(), lang: 'en' | 'es' = 'en'): string {
  const shown = (dir: string) => shownPath(dir, cwd);
  if (lang === 'es') return originNoticeEs(choice, adapters, shown(choice.dir ?? resolve(cache)));
  if (choice.how === 'from') return `Reading the data from the mirror ${shown(choice.dir!)} (--from).`;
  if (choice.how === 'env') return `Reading the data from the mirror ${shown(choice.dir!)} (CORRIDOR_MIRROR).`;
  if (choice.how === 'beside') return `Reading the data from the mirror found at ${shown(choice.dir!)} (no CORRIDOR_MIRROR set).`;
  const { files, copies } = thirdPartyCopies(adapters);
  return (
    `No data mirror found (CORRIDOR_MIRROR is not set and there is no ${BESIDE} beside the project): downloading ${files} files into ${shown(resolve(cache))}. ` +
    `${copies} of them come from third-party copies (the compilers' public repositories), not from the publishers' own sites; ` +
    'each source names its publisher and where its file came from. Without a network the downloads fail after their retries.'
  );
}

function originNoticeEs(choice: MirrorChoice, adapters: SourceAdapter[], where: string): string {
  if (choice.how === 'from') return `Se leen los datos del espejo ${where} (--from).`;
  if (choice.how === 'env') return `Se leen los datos del espejo ${where} (CORRIDOR_MIRROR).`;
  if (choice.how === 'beside') return `Se leen los datos del espejo encontrado en ${where} (CORRIDOR_MIRROR no está definido).`;
  const { files, copies } = thirdPartyCopies(adapters);
  return (
    `No se encontró un espejo de datos (CORRIDOR_MIRROR no está definido y no hay ${BESIDE} junto al proyecto): se descargan ${files} archivos en ${where}. ` +
    `${copies} de ellos vienen de copias de terceros (los repositorios públicos de quienes los compilaron), no de los sitios de los propios editores; ` +
    'cada fuente nombra a su editor y de dónde vino su archivo. Sin red, las descargas fallan después de sus reintentos.'
  );
}

/** What the command line says when nothing could be loaded: what happened and the one command that fixes it, in both languages. */
export const FIX_COMMAND = 'npx corridor ingest --from <data folder>';

export function nothingLoadedNotice(lang: 'en' | 'es' = 'en'): string {
  const en = [
    `No data could be loaded, so the dashboard has nothing to show. Load a copy of the data mirror (a folder laid out as shared/data, with us/MANIFEST.md), then start again:`,
    `    ${FIX_COMMAND}`,
  ];
  const es = [
    `No se pudo cargar ningún dato, así que el tablero no tiene nada que mostrar. Cargue una copia del espejo de datos (una carpeta como shared/data, con us/MANIFEST.md) y vuelva a iniciar:`,
    `    npx corridor ingest --from <carpeta de datos>`,
  ];
  // Both languages, whoever reads it; the one asked for first.
  return (lang === 'es' ? [...es, ...en] : [...en, ...es]).join('\n');
}
