/**
 * The cells of the published tables held in memory, so that a server answers a series
 * request without a statement (run-cells.ts). A table's cells are read after its first
 * use, in the background (`load`: that request and those until the table is in memory are
 * answered by a statement, so no request waits for a table to be read), one table at a
 * time, and the tables least recently used are let go when the cells held would pass a
 * bound (CORRIDOR_CELLS_MAX): a server's start and memory do not grow with the store. One
 * index per store state (catalogue.ts); only the latest vintage of each source is held
 * (an older one is answered by a statement).
 *
 * Layout: one table per (vintage, dataset); within it the cells grouped by series (one
 * combination of the six dimensions' codes, in the codes' order), each series' cells in
 * period order. Codes are numbers into one dictionary per dimension, shared by the
 * index's tables and only ever added to; periods are numbers into the table's own sorted
 * list of periods. A cell costs 13 bytes (value, period, blank flag), a series 28.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DIMENSIONS, type Dimension } from '../../model/index.js';
import { closedUnder } from '../in-flight.js';

export interface CellTable {
  vintage: number;
  dataset: string;
  /** The table's distinct periods (native grain), ascending, 'YYYY-MM-DD'. */
  periods: string[];
  /** Number of series. */
  series: number;
  /** Series s has the code dims[s * 6 + k] (an index into the dictionary of DIMENSIONS[k]). */
  dims: Uint32Array;
  /** The cells of series s are first[s] .. first[s + 1] - 1 (indices into the cell arrays below). */
  first: Uint32Array;
  /** Series come ordered by place: a place's number → its series, [first, last + 1). */
  placeRuns: Map<number, [number, number]>;
  /** Every cell of the table: its period (an index into `periods`), value (0 when blank) and blank flag. */
  period: Uint32Array;
  value: Float64Array;
  blank: Uint8Array;
  /** Bytes held by the typed arrays. */
  bytes: number;
}

export interface CellIndex {
  /** Each dimension's codes, by number. */
  codes: Record<Dimension, string[]>;
  /** Each dimension's numbers, by code. */
  ids: Record<Dimension, Map<string, number>>;
  /** A table in memory (and marks it used), or undefined. */
  table(vintage: number, dataset: string): CellTable | undefined;
  /**
   * Queues for reading into memory those of the tables that are latest vintages, not held
   * yet, and within the bound; returns at once (they are read one at a time, in the background).
   */
  load(tables: [number, string][]): void;
  /** Resolves when every table queued so far has been read (or failed: said on stderr, and answered by statements). */
  idle(): Promise<void>;
  /** Bytes held by the tables' typed arrays (strings and maps come on top, a few MB). */
  readonly bytes: number;
  /** Cells held. */
  readonly cells: number;
  /** Most cells held at once. */
  readonly max: number;
}

const DAY_MS = 86_400_000;
const D = DIMENSIONS.length;

function keyOf(vintage: number, dataset: string): string {
  return `${vintage}|${dataset}`;
}

/**
 * An empty index over the store on `conn`, holding at most `max` cells of the tables of
 * the `latest` vintages.
 */
export function cellIndex(conn: DuckDBConnection, latest: Set<number>, max: number): CellIndex {
  const codes = Object.fromEntries(DIMENSIONS.map((d) => [d, [] as string[]])) as Record<Dimension, string[]>;
  const ids = Object.fromEntries(DIMENSIONS.map((d) => [d, new Map<string, number>()])) as Record<Dimension, Map<string, number>>;
  // In order of use, least recent first (a Map keeps insertion order).
  const held = new Map<string, CellTable>();
  // Queued or being read, in order.
  const queued = new Map<string, [number, string]>();
  let running: Promise<void> | undefined;
  // Tables found too large for the bound, or that failed to be read: not read again.
  const skipped = new Set<string>();
  let bytes = 0;
  let cells = 0;
  const idOf = (k: number, code: string): number => {
    const dim = DIMENSIONS[k];
    let id = ids[dim].get(code);
    if (id === undefined) {
      id = codes[dim].length;
      codes[dim].push(code);
      ids[dim].set(code, id);
    }
    return id;
  };
  const keep = (key: string, table: CellTable) => {
    held.set(key, table);
    bytes += table.bytes;
    cells += table.period.length;
    for (const [k, t] of held) {
      if (cells <= max || k === key) break;
      held.delete(k);
      bytes -= t.bytes;
      cells -= t.period.length;
    }
  };
  const drain = async () => {
    for (const [key, [vintage, dataset]] of queued) {
      try {
        const table = await readTable(conn, vintage, dataset, max, idOf);
        if (table) keep(key, table);
        else skipped.add(key);
      } catch (e) {
        // Said once; the rest of the queue is dropped (a closed version fails them all), and asked again on use.
        // A version closed under the reading (a switch, the server stopping) is no fault: nothing is said.
        skipped.add(key);
        queued.clear();
        if (closedUnder(e)) return;
        process.stderr.write(`corridor: the cells of ${dataset} (vintage ${vintage}) could not be held in memory (${(e as Error).message.split('\n')[0]}); it is answered from the store\n`);
        return;
      }
      queued.delete(key);
    }
  };
  return {
    codes,
    ids,
    table: (vintage, dataset) => {
      const key = keyOf(vintage, dataset);
      const t = held.get(key);
      if (t) {
        held.delete(key);
        held.set(key, t);
      }
      return t;
    },
    load: (tables) => {
      for (const [v, d] of tables) {
        const key = keyOf(v, d);
        if (latest.has(v) && !held.has(key) && !skipped.has(key)) queued.set(key, [v, d]);
      }
      if (queued.size > 0) running ??= drain().finally(() => (running = undefined));
    },
    idle: async () => {
      while (running) await running;
    },
    get bytes() {
      return bytes;
    },
    get cells() {
      return cells;
    },
    max,
  };
}

/**
 * Reads one table's cells (undefined if it has more than `max`): first its series (their
 * codes, in order), then its cells numbered by series, in series and period order.
 */
async function readTable(
  conn: DuckDBConnection,
  vintage: number,
  dataset: string,
  max: number,
  idOf: (k: number, code: string) => number,
): Promise<CellTable | undefined> {
  const params = [vintage, dataset] as never;
  const dims = DIMENSIONS.join(', ');
  const [[count]] = (await conn.runAndReadAll('SELECT count(*)::INTEGER FROM observations WHERE vintage_id = ? AND dataset_id = ?', params)).getRowsJS() as [[number]];
  if (count > max) return undefined;
  const seriesRows = (await conn.runAndReadAll(`SELECT DISTINCT ${dims} FROM observations WHERE vintage_id = ? AND dataset_id = ? ORDER BY ALL`, params)).getRowsJS() as string[][];
  const series = seriesRows.length;
  const codesOf = new Uint32Array(series * D);
  seriesRows.forEach((r, s) => r.forEach((code, k) => (codesOf[s * D + k] = idOf(k, code))));
  const result = await conn.run(
    `SELECT (dense_rank() OVER (ORDER BY ${dims}) - 1)::INTEGER AS s, datediff('day', DATE '1970-01-01', period)::INTEGER AS day, value
       FROM observations WHERE vintage_id = ? AND dataset_id = ? ORDER BY s, day, value`,
    params,
  );
  const n = result.rowCount;
  const period = new Uint32Array(n);
  const day = new Int32Array(n);
  const value = new Float64Array(n);
  const blank = new Uint8Array(n);
  const first = new Uint32Array(series + 1);
  let at = 0;
  let last = -1;
  for (let i = 0; i < result.chunkCount; i++) {
    // A large table takes a while to decode: requests are answered in between.
    if (i % 8 === 7) await new Promise((resolve) => setImmediate(resolve));
    const chunk = result.getChunk(i);
    const [sCol, dayCol, valueCol] = [0, 1, 2].map((k) => chunk.getColumnVector(k));
    for (let r = 0; r < chunk.rowCount; r++) {
      const s = sCol.getItem(r) as number;
      while (last < s) first[++last] = at;
      day[at] = dayCol.getItem(r) as number;
      const v = valueCol.getItem(r) as number | null;
      if (v === null) blank[at] = 1;
      else value[at] = v;
      at++;
    }
  }
  // The store changed between the two reads only if it is not a published (read-only) version.
  if (at !== n || last !== series - 1) throw new Error(`the cells of ${dataset} (vintage ${vintage}) changed while they were read: ask again`);
  first[series] = at;
  const placeRuns = new Map<number, [number, number]>();
  for (let s = 0; s < series; s++) {
    const run = placeRuns.get(codesOf[s * D]);
    if (run) run[1] = s + 1;
    else placeRuns.set(codesOf[s * D], [s, s + 1]);
  }
  const table: CellTable = {
    vintage, dataset, periods: [], series, dims: codesOf, first, placeRuns, period, value, blank,
    bytes: period.byteLength + value.byteLength + blank.byteLength + codesOf.byteLength + first.byteLength,
  };
  numberPeriods(table, day);
  return table;
}

/** Numbers a table's cells by its distinct periods. */
function numberPeriods(table: CellTable, day: Int32Array): void {
  const distinct = [...new Set(day)].sort((a, b) => a - b);
  const index = new Map(distinct.map((d, i) => [d, i]));
  for (let i = 0; i < day.length; i++) table.period[i] = index.get(day[i])!;
  table.periods = distinct.map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10));
}
