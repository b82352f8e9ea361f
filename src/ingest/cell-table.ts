/**
 * Reading a cell table (cells an adapter made in DuckDB, src/model/sources.ts CellTable)
 * without bringing its rows into JavaScript: the facts the ingest checks are distinct
 * values and counts, asked in SQL. `cellObservations` brings them all, for tests.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DIMENSIONS, type Dimension, type Observation } from '../model/index.js';
import type { CellFacts } from './validate.js';

type Row = (string | number | null)[];

async function all(conn: DuckDBConnection, sql: string): Promise<Row[]> {
  const reader = await conn.runAndReadAll(sql);
  return reader.getRows().map((r) => r.map((v) => (v === null ? null : typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : String(v))));
}

const text = (v: string | number | null) => String(v);

/** Each distinct dataset, period and code (with a file holding it), a bad value and a duplicated key if any. */
export async function cellFacts(conn: DuckDBConnection, table: string): Promise<CellFacts> {
  const datasets = await all(conn, `SELECT dataset, min(file), count(*) FROM ${table} GROUP BY dataset ORDER BY dataset`);
  const periods = await all(conn, `SELECT dataset, period, min(file) FROM ${table} GROUP BY ALL ORDER BY ALL`);
  const codes = await all(conn, DIMENSIONS.map((d) => `SELECT '${d}', ${d}, min(file) FROM ${table} GROUP BY ALL`).join(' UNION ALL '));
  const geographies = await all(conn, `SELECT DISTINCT dataset, geography FROM ${table}`);
  const [bad] = await all(conn, `SELECT value, file FROM ${table} WHERE value IS NOT NULL AND NOT isfinite(value) LIMIT 1`);
  const key = ['dataset', 'period', ...DIMENSIONS];
  // Grouping by one hash of the key is several times cheaper than by its eight texts; only when
  // two hashes meet (a duplicate, or a collision) are the texts compared.
  const [collision] = await all(conn, `SELECT 1 FROM ${table} GROUP BY hash(${key.join(', ')}) HAVING count(*) > 1 LIMIT 1`);
  const [duplicate] = collision ? await all(conn, `SELECT ${key.join(', ')}, min(file) FROM ${table} GROUP BY ALL HAVING count(*) > 1 LIMIT 1`) : [];
  return {
    datasets: datasets.map(([dataset, file, cells]) => ({ dataset: text(dataset), file: text(file), cells: Number(cells) })),
    periods: periods.map(([dataset, period, file]) => ({ dataset: text(dataset), period: text(period), file: text(file) })),
    codes: codes.map(([dimension, code, file]) => ({ dimension: text(dimension) as Dimension, code: text(code), file: text(file) })),
    geographies: geographies.map(([dataset, geography]) => ({ dataset: text(dataset), geography: text(geography) })),
    badValue: bad ? { value: Number(bad[0]), file: text(bad[1]) } : undefined,
    duplicate: duplicate ? { key: duplicate.slice(0, key.length).map(text), file: text(duplicate[key.length]) } : undefined,
  };
}

/** Every cell as an Observation (for tests and small tables; the ingest never calls it). */
export async function cellObservations(conn: DuckDBConnection, table: string): Promise<Observation[]> {
  const rows = await all(conn, `SELECT dataset, period, ${DIMENSIONS.join(', ')}, value, file FROM ${table} ORDER BY ALL`);
  return rows.map((r) => {
    const o = { dataset: text(r[0]), period: text(r[1]) } as Observation;
    DIMENSIONS.forEach((d, i) => (o[d] = text(r[2 + i])));
    o.value = r[2 + DIMENSIONS.length] === null ? null : Number(r[2 + DIMENSIONS.length]);
    o.at = { file: text(r[3 + DIMENSIONS.length]) };
    return o;
  });
}
