/**
 * Loads sources into the store: find the files, skip a source whose files are
 * unchanged (same sha256 as its latest vintage) and whose reader is too (the latest vintage
 * was read by this very code, src/sources/reader-fingerprint.ts), parse, validate, write one
 * vintage per source in one transaction. Unchanged files read by another reader (a parser
 * fix, a period newly marked partial, or a vintage from a corridor that did not record its
 * reader) are read again into a new vintage, and the outcome says why. Files equal to an older vintage's (a revision withdrawn) are
 * loaded again as a new vintage, which makes them the latest again and keeps the record
 * of when each was loaded. One failing source does not stop the others; it leaves no trace.
 */
import { UsageError } from '../errors.js';
import type { Lang } from '../model/index.js';
import { asParsed, type SourceAdapter } from '../sources/types.js';
import { rows, type Store } from '../store/open.js';
import { fingerprint, writeVintage } from '../store/write-vintage.js';
import { readerFingerprint } from '../sources/reader-fingerprint.js';
import { allCategories, allPlaces } from '../store/dimensions/catalog.js';
import { resolveFiles, type FileOrigin } from './resolve-files.js';
import { openScratch } from './scratch.js';
import { cellFacts } from './cell-table.js';
import { placesOfOtherSources } from '../store/data-places.js';
import { validateObservations, validatePlaces } from './validate.js';

export interface SourceOutcome {
  source: string;
  status: 'loaded' | 'unchanged' | 'failed';
  vintage?: number;
  /**
   * Loaded: the files are those of this earlier vintage (not of the latest), now the
   * latest again as the new vintage `vintage`.
   */
  restores?: number;
  /**
   * Loaded: the files are those of the latest vintage, `of`, read again because corridor's
   * reader of the source is not the one that read them (`unknown`: that vintage's reader was
   * not recorded, a store loaded by a corridor before reader fingerprints).
   */
  reread?: { of: number; unknown: boolean };
  observations?: number;
  seconds: number;
  error?: Error;
}

export interface IngestReporter {
  begin(sources: string[]): void;
  step(source: string, what: 'files' | 'parse' | 'write', fraction?: number): void;
  end(outcome: SourceOutcome): void;
}

/** The status of an outcome in words, saying when a load brought an earlier vintage's files back. */
export function outcomeStatus(o: SourceOutcome, words: Record<SourceOutcome['status'], string>, lang: Lang = 'en'): string {
  if (o.status === 'loaded' && o.reread) return rereadStatus(o.reread, lang);
  if (o.status !== 'loaded' || o.restores === undefined) return words[o.status];
  return lang === 'es'
    ? `${words.loaded}: los mismos archivos que la versión (vintage) ${o.restores}, de nuevo la más reciente`
    : `${words.loaded}: same files as vintage ${o.restores}, now the latest again`;
}

/** A re-read in words: the same files read again, and why. */
export function rereadStatus(r: NonNullable<SourceOutcome['reread']>, lang: Lang = 'en'): string {
  if (lang === 'es') {
    return r.unknown
      ? `releída: los mismos archivos que la versión (vintage) ${r.of}, que leyó un corridor anterior sin registrar su lector de esta fuente`
      : `releída: el lector de esta fuente en corridor cambió desde la versión (vintage) ${r.of} (mismos archivos)`;
  }
  return r.unknown
    ? `re-read: same files as vintage ${r.of}, which an older corridor read without recording its reader of this source`
    : `re-read: corridor's reader of this source changed since vintage ${r.of} (same files)`;
}

/**
 * The source's latest vintage when it has these very files and was read by this reader
 * (`latest`), or by another (`reread`: read them again); else the most recent earlier
 * vintage that had them (a revision withdrawn, whose files come back), if any.
 */
async function heldWith(
  store: Store,
  source: string,
  print: string,
  reader: string | undefined,
): Promise<{ latest?: number; earlier?: number; reread?: SourceOutcome['reread'] }> {
  const held = await rows<{ id: number; fingerprint: string; reader: string | null }>(
    store.conn,
    'SELECT id, fingerprint, reader FROM vintages WHERE source_id = ? ORDER BY id DESC',
    [source],
  );
  if (held[0]?.fingerprint === print) {
    // A source without a reader fingerprint (no reader code found) compares its files only, as before.
    if (reader === undefined || held[0].reader === reader) return { latest: Number(held[0].id) };
    return { reread: { of: Number(held[0].id), unknown: held[0].reader === null } };
  }
  const earlier = held.find((v) => v.fingerprint === print);
  return earlier ? { earlier: Number(earlier.id) } : {};
}

export const silentReporter: IngestReporter = { begin() {}, step() {}, end() {} };

export interface IngestOptions {
  origin: FileOrigin;
  only?: string[];
  reporter?: IngestReporter;
  /** Test hook passed to writeVintage. */
  midway?: () => Promise<void>;
  /**
   * The reader fingerprint of an adapter (default: readerFingerprint of its id, from its code
   * under src/sources). Tests inject one to stand for a changed reader.
   */
  readerOf?: (adapter: SourceAdapter) => string | undefined;
}

export function selectAdapters(adapters: SourceAdapter[], only?: string[]): SourceAdapter[] {
  if (!only || only.length === 0) return adapters;
  const unknown = only.filter((id) => !adapters.some((a) => a.describe.id === id));
  if (unknown.length) {
    const known = adapters.map((a) => a.describe.id).join(', ');
    throw new UsageError(`unknown source ${unknown.join(', ')}; known sources: ${known}`, `fuente desconocida ${unknown.join(', ')}; las fuentes son ${known}`);
  }
  return adapters.filter((a) => only.includes(a.describe.id));
}

export async function ingest(store: Store, adapters: SourceAdapter[], opts: IngestOptions): Promise<SourceOutcome[]> {
  const chosen = selectAdapters(adapters, opts.only);
  const reporter = opts.reporter ?? silentReporter;
  const places = allPlaces(adapters);
  const categories = allCategories(adapters).map((c) => c.id);
  reporter.begin(chosen.map((a) => a.describe.id));
  const outcomes: SourceOutcome[] = [];
  // The dimensions are the same for every source of this run: written with the first vintage that commits.
  let dimensionsWritten = false;
  for (const adapter of chosen) {
    const source = adapter.describe.id;
    const started = performance.now();
    const seconds = () => Math.round(performance.now() - started) / 1000;
    let outcome: SourceOutcome;
    try {
      reporter.step(source, 'files');
      const files = await resolveFiles(adapter.describe, opts.origin);
      const reader = (opts.readerOf ?? ((a: SourceAdapter) => readerFingerprint(a.describe.id)))(adapter);
      const { latest, earlier, reread } = await heldWith(store, source, fingerprint(files), reader);
      if (latest !== undefined) {
        outcome = { source, status: 'unchanged', vintage: latest, seconds: seconds() };
      } else {
        // New files, those of an earlier vintage, or the latest's read by another reader: either way a new vintage, the latest from now on
        // (vintages are never reordered: the store serves each source's newest, and its load time says when).
        let vintage: number;
        reporter.step(source, 'parse');
        // The scratch is a connection of the store's database, open until the write is done:
        // cells an adapter leaves in DuckDB are checked and copied from it (cell-table.ts).
        const { scratch, qualified, close } = await openScratch(store);
        let parsed;
        let total;
        try {
          parsed = asParsed(await adapter.parse({
            files: Object.fromEntries(files.map((f) => [f.id, f])),
            scratch,
            progress: (fraction) => reporter.step(source, 'parse', fraction),
          }));
          if (parsed.cells) parsed = { ...parsed, cells: { table: qualified(parsed.cells.table) } };
          const cells = parsed.cells ? await cellFacts(scratch, parsed.cells.table) : undefined;
          const known = [...places, ...(await placesOfOtherSources(store.conn, source)), ...(parsed.places ?? [])];
          validatePlaces(adapter, parsed.places ?? [], known);
          validateObservations(adapter, parsed.observations, known, categories, cells);
          total = parsed.observations.length + (cells?.datasets.reduce((n, d) => n + d.cells, 0) ?? 0);
          reporter.step(source, 'write');
          vintage = await writeVintage(store.conn, {
            adapter,
            allAdapters: adapters,
            files,
            parsed,
            origin: 'mirror' in opts.origin ? 'mirror' : 'download',
            reader,
            dimensions: !dimensionsWritten,
            midway: opts.midway,
          });
          dimensionsWritten = true;
        } finally {
          await close();
        }
        outcome = {
          source,
          status: 'loaded',
          vintage,
          ...(earlier !== undefined ? { restores: earlier } : {}),
          ...(reread ? { reread } : {}),
          observations: total,
          seconds: seconds(),
        };
      }
    } catch (e) {
      outcome = { source, status: 'failed', error: e as Error, seconds: seconds() };
    }
    reporter.end(outcome);
    outcomes.push(outcome);
  }
  return outcomes;
}
