/**
 * Writes one source's vintage in one transaction: the source and its tables, the
 * dimensions, the files with their checksums, the observations. Any failure rolls
 * the whole source back, so the store is exactly as it was before.
 */
import { createHash } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DIMENSIONS, type LocalFile, type Observation, type ParsedSource, type DescribedSource } from '../model/index.js';
import { writeClosure, writeDimensions } from './dimensions/write.js';
import { replaceDataPlaces } from './data-places.js';
import { rows } from './open.js';
import { writeSourceRow } from './source-row.js';
import { storeChanged } from './query/catalogue.js';
import { writeDatasetPeriods } from './dataset-periods.js';
import { eventListCovers, noteEventLists, writeEventListPeriods, writeEventListZeros } from './event-lists.js';
import { appendObservations } from './append-observations.js';

/**
 * One fingerprint per set of files: a revised file gives a new fingerprint, hence a new vintage.
 * A conversion whose original the mirror holds counts that original's sha256 too (the record
 * of the files changes with it; a store that recorded the conversion alone gets the original's
 * sha256 in a new vintage when next loaded).
 */
export function fingerprint(files: LocalFile[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => a.id.localeCompare(b.id))) h.update(`${f.id}:${f.sha256}${f.original?.sha256 ? `<${f.original.sha256}` : ''}\n`);
  return h.digest('hex');
}

export interface VintageInput {
  adapter: DescribedSource;
  allAdapters: DescribedSource[];
  files: LocalFile[];
  parsed: ParsedSource;
  origin: 'mirror' | 'download';
  /** The reader fingerprint of the code that read the files (src/sources/reader-fingerprint.ts); absent when unknown. */
  reader?: string;
  /**
   * Write the code-defined dimensions (measures, places, countries, members) as well; false
   * when an earlier vintage of the same ingest, with the same adapters, committed them.
   */
  dimensions?: boolean;
  /** Test hook: called mid-transaction (the kill -9 test uses it). */
  midway?: () => Promise<void>;
}

export async function writeVintage(conn: DuckDBConnection, input: VintageInput): Promise<number> {
  const { adapter, files } = input;
  const { observations } = input.parsed;
  const d = adapter.describe;
  await conn.run('BEGIN TRANSACTION');
  try {
    const placesChanged = await replaceDataPlaces(conn, adapter.describe.id, input.parsed);
    if (input.dimensions ?? true) await writeDimensions(conn, input.allAdapters);
    else if (placesChanged) await writeClosure(conn);
    await writeSourceRow(conn, d);
    for (const ds of d.datasets) {
      await conn.run('DELETE FROM datasets WHERE id = ?', [ds.id]);
      await conn.run(`INSERT INTO datasets VALUES (?, ?, ?, ?, ?, ?, ${listLiteral(ds.complete)}, ?, ?, ?, ${listLiteral(ds.partialPeriods ?? [])})`, [
        ds.id, d.id, ds.title.en, ds.title.es, ds.measure, ds.grain, ds.rounding, ds.notes?.en ?? null, ds.notes?.es ?? null,
      ]);
    }
    const [{ next }] = await rows<{ next: number }>(conn, 'SELECT coalesce(max(id), 0) + 1 AS next FROM vintages');
    for (const f of files) {
      const url = d.files.find((x) => x.id === f.id)?.url ?? '';
      // name, sha256 and bytes: the file read; original_*: the file at url, when what was read is the mirror's conversion of it.
      await conn.run(
        'INSERT INTO files (vintage_id, file_id, name, url, sha256, bytes, original_name, original_sha256, original_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [next, f.id, f.name, url, f.sha256, f.bytes, f.original?.name ?? null, f.original?.sha256 ?? null, f.original?.bytes ?? null],
      );
    }
    await appendObservations(conn, next, adapter, observations);
    const cells = input.parsed.cells ? await insertCells(conn, next, adapter, input.parsed.cells.table) : 0;
    // An event list covers every day of its span, a day with no event being zero (event-lists.ts).
    const covers = await eventListCovers(conn, next, d.datasets);
    const zeros = await writeEventListZeros(conn, next, covers);
    await conn.run('INSERT INTO vintages (id, source_id, fingerprint, loaded_at, origin, observations, reader) VALUES (?, ?, ?, now(), ?, ?, ?)', [
      next, d.id, fingerprint(files), input.origin, observations.length + cells + zeros, input.reader ?? null,
    ]);
    if (input.midway) await input.midway();
    await conn.run(
      `INSERT INTO dataset_members ${DIMENSIONS.map(
        (dim) => `SELECT vintage_id, dataset_id, '${dim}', ${dim}, min(period), max(period) FROM observations WHERE vintage_id = ${next} GROUP BY ALL`,
      ).join(' UNION ALL ')}`,
    );
    await writeDatasetPeriods(conn, next);
    await writeEventListPeriods(conn, next, covers);
    await noteEventLists(conn, covers);
    await conn.run('COMMIT');
    return next;
  } catch (e) {
    await conn.run('ROLLBACK');
    throw e;
  } finally {
    // What the query planner holds in memory is read again on the next query.
    storeChanged();
  }
}

function listLiteral(values: string[]): string {
  return `[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]::VARCHAR[]`;
}

/**
 * Copies a cell table (cells an adapter made in DuckDB, already checked by the ingest) into
 * the observations in one statement, keeping the table's order: an adapter adds its cells
 * dataset by dataset in period order, as the appender writes (sorting them all here again
 * took 0.35 s of CPU for ice-foia's 180,000 cells).
 */
async function insertCells(conn: DuckDBConnection, vintage: number, adapter: DescribedSource, table: string): Promise<number> {
  // CASE rather than a join: a projection keeps the rows' order for sure.
  const of = (field: 'measure' | 'grain') => `CASE c.dataset ${adapter.describe.datasets.map((ds) => `WHEN ${sqlText(ds.id)} THEN ${sqlText(ds[field])}`).join(' ')} END`;
  const reader = await conn.runAndReadAll(
    `INSERT INTO observations
     SELECT ${vintage}, c.dataset, ${of('measure')}, c.period::DATE, ${of('grain')}, ${DIMENSIONS.map((dim) => `c.${dim}`).join(', ')}, c.value
     FROM ${table} c`,
  );
  return Number(reader.getRows()[0][0]);
}

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;
