/**
 * Loads sources into the store: find the files, skip a source whose files are
 * unchanged (same sha256), parse, validate, write one vintage per source in one
 * transaction. One failing source does not stop the others; it leaves no trace.
 */
import { UsageError } from '../errors.js';
import { asParsed, type SourceAdapter } from '../sources/types.js';
import type { Store } from '../store/open.js';
import { existingVintage, fingerprint, writeVintage } from '../store/write-vintage.js';
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
  observations?: number;
  seconds: number;
  error?: Error;
}

export interface IngestReporter {
  begin(sources: string[]): void;
  step(source: string, what: 'files' | 'parse' | 'write', fraction?: number): void;
  end(outcome: SourceOutcome): void;
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
      const existing = await existingVintage(store.conn, source, fingerprint(files));
      if (existing !== undefined) {
        outcome = { source, status: 'unchanged', vintage: existing, seconds: seconds() };
      } else {
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
        outcome = { source, status: 'loaded', vintage, observations: total, seconds: seconds() };
      }
    } catch (e) {
      outcome = { source, status: 'failed', error: e as Error, seconds: seconds() };
    }
    reporter.end(outcome);
    outcomes.push(outcome);
  }
  return outcomes;
}
