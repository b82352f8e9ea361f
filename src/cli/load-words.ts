/**
 * What `corridor ingest`, `start` and `serve` say while loading and serving, in English or
 * Spanish (--lang). The outcome table's status words, and the lines around it.
 */
import type { Lang } from './lang.js';

export interface LoadWords {
  status: Record<'loaded' | 'unchanged' | 'failed', string>;
  ranChecks(line: string): string;
  storeEmpty: string;
  storeLacks(missing: string[]): string;
  /**
   * Sources whose unchanged files are read again, before (start: `when` 'now') or after (ingest: 'done'):
   * `changed`, corridor's reader of them changed; `unknown`, their vintages do not record their reader.
   */
  reread(changed: string[], unknown: string[], when: 'now' | 'done'): string;
  someFailed: string;
  busy(pid: number, command: string): string;
  summary(db: string, sources: number, observations: number): string;
  building: string;
  serving(url: string): string;
  ready(seconds: number, failed: string[]): string;
  servingApi(db: string, url: string): string;
  port(value: string): { en: string; es: string };
}

const EN: LoadWords = {
  status: { loaded: 'loaded', unchanged: 'unchanged', failed: 'failed' },
  ranChecks: (line) => `ran the ${line}`,
  storeEmpty: 'The store is empty: loading every source (this takes a minute).',
  storeLacks: (m) => `The store lacks ${m.length} source${m.length === 1 ? '' : 's'} (${m.join(', ')}): loading ${m.length === 1 ? 'it' : 'them'}.`,
  reread: (changed, unknown, when) => {
    const verb = (n: number) => (when === 'now' ? `reading ${n === 1 ? 'its' : 'their'} files again into new vintages` : `${n === 1 ? 'its' : 'their'} same files were read again into new vintages`);
    const s = (n: number) => (n === 1 ? '' : 's');
    return [
      changed.length ? `corridor's reader of ${changed.length} source${s(changed.length)} changed since the store loaded ${changed.length === 1 ? 'it' : 'them'} (${changed.join(', ')}): ${verb(changed.length)}.` : '',
      unknown.length
        ? `The store's vintages of ${unknown.length} source${s(unknown.length)} (${unknown.join(', ')}) were loaded by an older corridor that did not record its reader of them, so whether corridor reads them differently now cannot be told: ${verb(unknown.length)}, once (from now on each vintage records its reader, and unchanged files and reader are skipped).`
        : '',
    ].filter(Boolean).join(' ');
  },
  someFailed: 'Some sources failed to load (above); the others are served, and the next start tries the missing ones again.',
  busy: (pid, command) => `Process ${pid} ("corridor ${command}") is writing the store: serving the version published before it; the server switches to the new one as soon as it is published.`,
  summary: (db, n, obs) => `corridor store ${db}: ${n} sources, ${obs.toLocaleString('en-US')} observations.`,
  building: 'Building the dashboard (web/dist)...',
  serving: (url) => `corridor is serving at ${url}/ (the dashboard; the API at ${url}/api/docs). Read-only; Ctrl-C stops it.`,
  ready: (s, failed) => `The Overview's answers are ready (${s.toFixed(1)} s).${failed.length ? ` Some failed: ${failed.join('; ')}` : ''}`,
  servingApi: (db, url) => `corridor is serving ${db} at ${url}/api/docs (read-only; a new version of the store is served as soon as an ingest publishes it; Ctrl-C stops it)`,
  port: (v) => ({ en: `--port must be a whole number from 0 to 65535, not "${v}"`, es: `--port debe ser un número entero de 0 a 65535, no "${v}"` }),
};

const ES: LoadWords = {
  status: { loaded: 'cargada', unchanged: 'sin cambios', failed: 'falló' },
  ranChecks: (line) => `se ejecutaron las ${line}`,
  storeEmpty: 'El almacén está vacío: se cargan todas las fuentes (tarda un minuto).',
  storeLacks: (m) => `Al almacén le falta${m.length === 1 ? '' : 'n'} ${m.length} fuente${m.length === 1 ? '' : 's'} (${m.join(', ')}): se carga${m.length === 1 ? '' : 'n'}.`,
  reread: (changed, unknown, when) => {
    const verb = when === 'now' ? 'se vuelven a leer sus archivos en versiones nuevas' : 'se volvieron a leer sus mismos archivos en versiones nuevas';
    const s = (n: number) => (n === 1 ? '' : 's');
    return [
      changed.length ? `El lector de corridor de ${changed.length} fuente${s(changed.length)} cambió desde que el almacén la${s(changed.length)} cargó (${changed.join(', ')}): ${verb}.` : '',
      unknown.length
        ? `Las versiones de ${unknown.length} fuente${s(unknown.length)} (${unknown.join(', ')}) en el almacén las cargó un corridor anterior que no registraba su lector, así que no se puede saber si corridor las lee hoy de otro modo: ${verb}, una vez (desde ahora cada versión registra su lector, y se omiten los archivos y lectores sin cambios).`
        : '',
    ].filter(Boolean).join(' ');
  },
  someFailed: 'Algunas fuentes no se pudieron cargar (arriba); las demás se sirven, y el próximo inicio vuelve a intentar las que faltan.',
  busy: (pid, command) => `El proceso ${pid} ("corridor ${command}") está escribiendo el almacén: se sirve la versión publicada antes; el servidor pasa a la nueva en cuanto se publique.`,
  summary: (db, n, obs) => `almacén de corridor ${db}: ${n} fuentes, ${obs.toLocaleString('es-MX')} observaciones.`,
  building: 'Construyendo el tablero (web/dist)...',
  serving: (url) => `corridor sirve en ${url}/ (el tablero; la API en ${url}/api/docs). Solo lectura; Ctrl-C lo detiene.`,
  ready: (s, failed) => `Las respuestas del Resumen están listas (${s.toFixed(1)} s).${failed.length ? ` Algunas fallaron: ${failed.join('; ')}` : ''}`,
  servingApi: (db, url) => `corridor sirve ${db} en ${url}/api/docs (solo lectura; una nueva versión del almacén se sirve en cuanto una carga la publica; Ctrl-C lo detiene)`,
  port: EN.port,
};

export const loadWords = (lang: Lang): LoadWords => (lang === 'es' ? ES : EN);
