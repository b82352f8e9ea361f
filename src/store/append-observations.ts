/**
 * Observations made in JavaScript → the observations table, in bulk: a chunk of rows is
 * one statement (lib/text-columns.ts), not one appender call per value (3.0 s of CPU for
 * INM's 1.2 million cells, 14 million calls).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { unnestedTexts } from '../lib/text-columns.js';
import { DIMENSIONS, type DescribedSource, type Observation } from '../model/index.js';

/** Rows per statement: bounds the texts built (about 20 bytes a value) and DuckDB's lists. */
const CHUNK_ROWS = 65_536;

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Appends the observations of one vintage, rows of one table together in period order:
 * DuckDB's min/max index of each row group then lets a query for one table skip the others' rows.
 */
export async function appendObservations(conn: DuckDBConnection, vintage: number, adapter: DescribedSource, observations: Observation[]): Promise<void> {
  const datasets = adapter.describe.datasets;
  const byDataset = (field: 'measure' | 'grain') => `CASE dataset ${datasets.map((ds) => `WHEN ${sqlText(ds.id)} THEN ${sqlText(ds[field])}`).join(' ')} END`;
  const ordered = [...observations].sort((a, b) => (a.dataset < b.dataset ? -1 : a.dataset > b.dataset ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  for (let from = 0; from < ordered.length; from += CHUNK_ROWS) {
    const rows = ordered.slice(from, from + CHUNK_ROWS);
    const { select, params } = unnestedTexts({
      dataset: rows.map((o) => o.dataset),
      period: rows.map((o) => o.period),
      ...Object.fromEntries(DIMENSIONS.map((d) => [d, rows.map((o) => o[d])])),
      // String(x) of a double is the shortest text that reads back as the same double.
      value: rows.map((o) => (o.value === null ? '' : String(o.value))),
    });
    const reader = await conn.runAndReadAll(
      `INSERT INTO observations
       SELECT ${vintage}, dataset, ${byDataset('measure')}, period::DATE, ${byDataset('grain')}, ${DIMENSIONS.join(', ')}, nullif(value, '')::DOUBLE
       FROM (${select})`,
      params,
    );
    const added = Number(reader.getRows()[0][0]);
    if (added !== rows.length) throw new Error(`observations: ${rows.length} rows sent, ${added} written (a value holds the unit separator?)`);
  }
}
