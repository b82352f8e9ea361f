/**
 * Loads sources into the store: find the files, skip a source whose files are
 * unchanged (same sha256 as its latest vintage), parse, validate, write one vintage per
 * source in one transaction. Files equal to an older vintage's (a revision withdrawn) are
 * loaded again as a new vintage, which makes them the latest again and keeps the record
 * of when each was loaded. One failing source does not stop the others; it leaves no trace.
 */
import { UsageError } from '../errors.js';
import type { Lang } from '../model/index.js';
import { asParsed, type SourceAdapter } from '../sources/types.js';
import { rows, type Store } from '../store/open.js';
import { fingerprint, writeVintage } from '../store/write-vintage.js';
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
  if (o.status !== 'loaded' || o.restores === undefined) return words[o.status];
  return lang === 'es'
    ? `${words.loaded}: los mismos archivos que la versión (vintage) ${o.restores}, de nuevo la más reciente`
    : `${words.loaded}: same files as vintage ${o.restores}, now the latest again`;
}

/**
 * The source's latest vintage when it has these very files; else the most recent earlier
 * vintage that had them (a revision withdrawn, whose files come back), if any.
 */
async function heldWith(store: Store, source: string, print: string): Promise<{ latest?: number; earlier?: number }> {
  const held = await rows<{ id: number; fingerprint: string }>(store.conn, 'SELECT id, fingerprint FROM vintages WHERE source_id = ? ORDER BY id DESC', [source]);
  if (held[0]?.fingerprint === print) return { latest: Number(held[0].id) };
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
      const { latest, earlier } = await heldWith(store, source, fingerprint(files));
      if (latest !== undefined) {
        outcome = { source, status: 'unchanged', vintage: latest, seconds: seconds() };
      } else {
        // New files, or those of an earlier vintage: either way a new vintage, the latest from now on
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
            dimensions: !dimensionsWritten,
            midway: opts.midway,
          });
          dimensionsWritten = true;
        } finally {
          await close();
        }
        outcome = { source, status: 'loaded', vintage, ...(earlier !== undefined ? { restores: earlier } : {}), observations: total, seconds: seconds() };
      }
    } catch (e) {
      outcome = { source, status: 'failed', error: e as Error, seconds: seconds() };
    }
    reporter.end(outcome);
    outcomes.push(outcome);
  }
  return outcomes;
}
