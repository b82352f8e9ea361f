/**
 * The cells of the published tables held in memory, so that a server answers a series
 * request without a statement (run-cells.ts). Read once per store state, by
 * `warmQueryCatalogue` (the server's start and every store switch).
 *
 * Layout: one table per (vintage, dataset); within it the cells grouped by series (one
 * combination of the six dimensions' codes), each series' cells in period order. Codes
 * are numbers into one dictionary per dimension; periods are numbers into the table's own
 * sorted list of periods. A cell costs 13 bytes (value, period, blank flag), a series 28.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DIMENSIONS, type Dimension } from '../../model/index.js';

export interface CellTable {
  vintage: number;
  dataset: string;
  /** The table's distinct periods (native grain), ascending, 'YYYY-MM-DD'. */
  periods: string[];
  /** Number of series. */
  series: number;
  /** Series s has the code dims[s * 6 + k] (an index into the dictionary of DIMENSIONS[k]). */
  dims: Uint32Array;
  /** The cells of series s are first[s] .. first[s + 1] - 1 (indices into the index's cell arrays). */
  first: Uint32Array;
  /** Series come ordered by place: a place's number → its series, [first, last + 1). */
  placeRuns: Map<number, [number, number]>;
}

export interface CellIndex {
  /** Each dimension's codes, by number. */
  codes: Record<Dimension, string[]>;
  /** Each dimension's numbers, by code. */
  ids: Record<Dimension, Map<string, number>>;
  /** Every cell: its period (an index into its table's `periods`), value (0 when blank) and blank flag. */
  period: Uint32Array;
  value: Float64Array;
  blank: Uint8Array;
  table(vintage: number, dataset: string): CellTable | undefined;
  /** Bytes held by the typed arrays (strings and maps come on top, a few MB). */
  bytes: number;
  cells: number;
}

const DAY_MS = 86_400_000;

function keyOf(vintage: number, dataset: string): string {
  return `${vintage}|${dataset}`;
}

/**
 * Reads the cells of some tables (vintage, dataset) from the store in one statement
 * (after their codes, from dataset_members): DuckDB numbers the codes, sorts the cells by
 * table, series and period, and the numbers alone are read.
 */
export async function readCells(conn: DuckDBConnection, tables: [number, string][]): Promise<CellIndex> {
  const codes = Object.fromEntries(DIMENSIONS.map((d) => [d, [] as string[]])) as Record<Dimension, string[]>;
  const ids = Object.fromEntries(DIMENSIONS.map((d) => [d, new Map<string, number>()])) as Record<Dimension, Map<string, number>>;
  const byKey = new Map<string, CellTable>();
  const params = tables.flat() as never;
  // The tables, numbered, and every code of theirs, numbered within its dimension.
  const wanted = `WITH w(t, v, d) AS (VALUES ${tables.length ? tables.map((_, i) => `(${i}, ?::INTEGER, ?::VARCHAR)`).join(', ') : '(NULL, NULL, NULL)'}),
    numbered AS (SELECT dimension, value AS code, (row_number() OVER (PARTITION BY dimension ORDER BY value) - 1)::INTEGER AS i
                   FROM (SELECT DISTINCT dm.dimension, dm.value FROM dataset_members dm JOIN w ON dm.vintage_id = w.v AND dm.dataset_id = w.d))`;
  const dictionaries = (await conn.runAndReadAll(`${wanted} SELECT dimension, list(code ORDER BY i) FROM numbered GROUP BY dimension`, params)).getRowsJS() as [Dimension, string[]][];
  for (const [dim, list] of dictionaries) {
    if (!(dim in codes)) continue;
    codes[dim] = list;
    list.forEach((code, i) => ids[dim].set(code, i));
  }
  const result = await conn.run(
    `${wanted}
     SELECT w.t, ${DIMENSIONS.map((d) => `${d}.i`).join(', ')}, datediff('day', DATE '1970-01-01', o.period)::INTEGER AS day, o.value
       FROM observations o JOIN w ON o.vintage_id = w.v AND o.dataset_id = w.d
            ${DIMENSIONS.map((d) => `LEFT JOIN numbered ${d} ON ${d}.dimension = '${d}' AND ${d}.code = o.${d}`).join('\n            ')}
      ORDER BY ALL`,
    params,
  );
  const cells = result.rowCount;
  const period = new Uint32Array(cells);
  const day = new Int32Array(cells);
  const value = new Float64Array(cells);
  const blank = new Uint8Array(cells);
  let at = 0;
  let current: { t: number; dims: number[]; first: number[] } | undefined;
  const finish = () => {
    if (!current) return;
    const [vintage, dataset] = tables[current.t];
    const dims = Uint32Array.from(current.dims);
    const series = current.first.length;
    const placeRuns = new Map<number, [number, number]>();
    for (let s = 0; s < series; s++) {
      const run = placeRuns.get(dims[s * DIMENSIONS.length]);
      if (run) run[1] = s + 1;
      else placeRuns.set(dims[s * DIMENSIONS.length], [s, s + 1]);
    }
    const table: CellTable = { vintage, dataset, periods: [], series, dims, first: Uint32Array.from([...current.first, at]), placeRuns };
    numberPeriods(table, day, period, current.first[0], at);
    byKey.set(keyOf(vintage, dataset), table);
  };
  const dims = new Array<number>(DIMENSIONS.length);
  for (let i = 0; i < result.chunkCount; i++) {
    const chunk = result.getChunk(i);
    const [tCol, ...rest] = Array.from({ length: chunk.columnCount }, (_, k) => chunk.getColumnVector(k));
    const [dayCol, valueCol] = rest.splice(DIMENSIONS.length);
    for (let r = 0; r < chunk.rowCount; r++) {
      const t = tCol.getItem(r) as number;
      if (current?.t !== t) {
        finish();
        current = { t, dims: [], first: [] };
      }
      const last = (current.first.length - 1) * DIMENSIONS.length;
      let same = last >= 0;
      for (let k = 0; k < DIMENSIONS.length; k++) {
        const id = rest[k].getItem(r) as number | null;
        if (id === null) throw new Error(`${tables[t][1]} has a ${DIMENSIONS[k]} code that dataset_members does not list: the store is not consistent, ingest it again`);
        dims[k] = id;
        if (same && current.dims[last + k] !== id) same = false;
      }
      if (!same) {
        current.first.push(at);
        current.dims.push(...dims);
      }
      day[at] = dayCol.getItem(r) as number;
      const v = valueCol.getItem(r) as number | null;
      if (v === null) blank[at] = 1;
      else value[at] = v;
      at++;
    }
  }
  finish();
  let bytes = period.byteLength + value.byteLength + blank.byteLength;
  for (const t of byKey.values()) bytes += t.dims.byteLength + t.first.byteLength;
  return { codes, ids, period, value, blank, table: (v, d) => byKey.get(keyOf(v, d)), bytes, cells };
}

/** Numbers a table's cells by its distinct periods (cells from .. to - 1 are the table's). */
function numberPeriods(table: CellTable, day: Int32Array, period: Uint32Array, from: number, to: number): void {
  const distinct = [...new Set(day.subarray(from, to))].sort((a, b) => a - b);
  const index = new Map(distinct.map((d, i) => [d, i]));
  for (let i = from; i < to; i++) period[i] = index.get(day[i])!;
  table.periods = distinct.map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10));
}
