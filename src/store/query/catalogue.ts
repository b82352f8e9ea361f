/**
 * What the query planner knows about the store besides the observations themselves:
 * each measure's tables with their codes and periods, the place hierarchy, and the
 * codes and labels that filters resolve to. Held in memory per connection, each part
 * read once (on first use, or all at once by `warmQueryCatalogue`), so that answering
 * a request costs one SQL statement.
 *
 * When it is read again: the store changes only through `writeVintage`, which calls
 * `storeChanged()`; the next query then reads the store's vintage list and rebuilds the
 * catalogue if that list changed. DuckDB lets no other process write a store this one
 * has open, so nothing else can change it. A server that switches to another store
 * (or re-attaches one) on the same connection calls `invalidateQueryCatalogue(conn)`.
 *
 * A server also holds the place hierarchy in memory and the cells of the latest vintages'
 * tables it has been asked about (`warmQueryCatalogue`; each table read on first use, within
 * a bound, cells.ts), and answers from them without a statement; they are part of the
 * state, so they are read again with it (a connection once warmed is warmed again on every
 * new state before it answers). Warming reads only what does not grow with the store (the
 * code tables, the place hierarchy); a measure's tables are read from small tables
 * (datasets, dataset_members, dataset_periods) on its first use, never from the observations.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DIMENSIONS, type Dimension } from '../../model/index.js';
import { rows } from '../open.js';
import { readAncestors, type Ancestors } from './ancestors.js';
import { cellIndex, type CellIndex } from './cells.js';
import { readDatasets, type DatasetFilter } from './datasets.js';
import { labelIndex } from './label-index.js';
import type { DatasetInfo } from './plan.js';

/** Bumped by every write of a vintage in this process. */
let generation = 0;

/** Tells every catalogue that the store may have changed (called by writeVintage). */
export function storeChanged(): void {
  generation++;
}

/**
 * The one entry point for code that changes what a connection reads other than by
 * `writeVintage` (e.g. a server that switches stores): forgets the connection's
 * catalogue, or with no connection makes every catalogue check its store again.
 */
export function invalidateQueryCatalogue(conn?: DuckDBConnection): void {
  if (conn) holders.delete(conn);
  else generation++;
}

/** Codes and labels of one dimension's table, for resolving what people type. */
export interface CodeTable {
  /** upper-cased code → code (the first in the table's order). */
  byCode: Map<string, string>;
  /**
   * normalised English or Spanish label → the codes it may mean (label-index.ts): one, or for
   * places every place at the highest level of the hierarchy with that name, when they are
   * several (an ambiguous name). Built on first use.
   */
  byLabel(): Map<string, string[]>;
  /** A code's labels, and for a place its level and main parent: to name the places an ambiguous name may mean. */
  about(code: string): CodeAbout | undefined;
}

export interface CodeAbout {
  code: string;
  label_en: string | null;
  label_es: string | null;
  level?: string | null;
  parent?: string | null;
}

export interface QueryCatalogue {
  /** The store state it was read from (the vintage list). */
  readonly signature: string;
  /** The tables that hold a measure, in their latest vintage (or the one asked for); their periods are read with them. */
  datasets(measure: string, filter?: DatasetFilter): Promise<DatasetInfo[]>;
  /** Every measure id the store defines (the measures table), whether or not it has figures: read on first use. */
  measures(): Promise<string[]>;
  /** Periods (native grain, 'YYYY-MM-DD') a table reports in a vintage, whatever the cells. */
  periods(vintage: number, dataset: string): Promise<string[]>;
  /** A dimension's codes and labels (all of them: one read). */
  codes(dim: Dimension): Promise<CodeTable>;
  /** The dimension's codes if they have been read already. */
  loadedCodes(dim: Dimension): CodeTable | undefined;
  /** The cells of the latest vintages in memory (each table read on first use), once `warmQueryCatalogue` has run. */
  cells(): CellIndex | undefined;
  /** The place hierarchy in memory (each place's ancestors), once `warmQueryCatalogue` has read it. */
  ancestors(): Ancestors | undefined;
}

interface State {
  signature: string;
  checkedAt: number;
  memo: Map<string, Promise<unknown>>;
  loaded: Map<string, unknown>;
  api: QueryCatalogue;
}

interface Holder {
  state?: State;
  checking?: Promise<State>;
  /** Warmed once: every new state is warmed before it answers. */
  warm?: boolean;
}

const holders = new WeakMap<DuckDBConnection, Holder>();

async function signatureOf(conn: DuckDBConnection): Promise<string> {
  const [s] = await rows<{ n: number; top: number | null; total: number | null }>(conn, 'SELECT count(*) AS n, max(id) AS top, sum(id) AS total FROM vintages');
  return `${s.n}:${s.top}:${s.total}`;
}

/** The catalogue of the store as it is now. */
export async function queryCatalogue(conn: DuckDBConnection): Promise<QueryCatalogue> {
  let h = holders.get(conn);
  if (!h) holders.set(conn, (h = {}));
  if (h.state && h.state.checkedAt === generation) return h.state.api;
  const holder = h;
  holder.checking ??= (async () => {
    try {
      const at = generation;
      const signature = await signatureOf(conn);
      if (!holder.state || holder.state.signature !== signature) {
        const state = newState(conn, signature);
        if (holder.warm) await warmState(conn, state);
        holder.state = state;
      }
      holder.state.checkedAt = at;
      return holder.state;
    } finally {
      holder.checking = undefined;
    }
  })();
  return (await holder.checking).api;
}

function newState(conn: DuckDBConnection, signature: string): State {
  const memo = new Map<string, Promise<unknown>>();
  const loaded = new Map<string, unknown>();
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let p = memo.get(key) as Promise<T> | undefined;
    if (!p) {
      p = load().then((v) => {
        loaded.set(key, v);
        return v;
      });
      memo.set(key, p);
      // A failed read is not remembered: the next request tries again.
      p.catch(() => memo.delete(key));
    }
    return p;
  };
  const keep = (key: string, value: unknown) => {
    if (memo.has(key)) return;
    memo.set(key, Promise.resolve(value));
    loaded.set(key, value);
  };
  const stored = () => once('periods-stored', () => periodsStored(conn));
  const api: QueryCatalogue = {
    signature,
    datasets: (measure, filter = {}) =>
      once(`datasets|${measure}|${filter.source ?? ''}|${filter.vintage ?? ''}`, async () => {
        // One source's tables in its latest vintage are among the measure's tables when those are in memory.
        const latest = loaded.get(`datasets|${measure}||`) as DatasetInfo[] | undefined;
        const mine = filter.source === undefined ? undefined : latest?.filter((d) => d.source === filter.source);
        if (mine && (filter.vintage === undefined || mine.length === 0 || mine[0].vintage === filter.vintage)) return mine;
        const found = (await readDatasets(conn, { measure, ...filter })).get(measure) ?? [];
        // Their periods, in one read, for the completeness of every answer.
        const missing = found.filter((d) => !memo.has(`periods|${d.vintage}|${d.id}`));
        for (const [key, list] of await readPeriods(conn, missing.map((d) => [d.vintage, d.id]), await stored())) keep(key, list);
        return found;
      }),
    measures: () => once('measures', async () => (await rows<{ id: string }>(conn, 'SELECT id FROM measures ORDER BY id')).map((r) => r.id)),
    periods: (vintage, dataset) =>
      once(`periods|${vintage}|${dataset}`, async () => (await readPeriods(conn, [[vintage, dataset]], await stored())).get(`periods|${vintage}|${dataset}`) ?? []),
    codes: (dim) => once(`codes|${codeTableOf(dim)}`, () => readCodes(conn, dim)),
    loadedCodes: (dim) => loaded.get(`codes|${codeTableOf(dim)}`) as CodeTable | undefined,
    cells: () => loaded.get('cells') as CellIndex | undefined,
    ancestors: () => loaded.get('ancestors') as Ancestors | undefined,
  };
  return { signature, checkedAt: -1, memo, loaded, api };
}

/**
 * Whether every vintage's periods are in dataset_periods (written with each vintage since
 * it exists; a store written before gets it filled in when next written, see
 * dataset-periods.ts). A store only read that predates it has its periods read from the
 * observations, as before.
 */
async function periodsStored(conn: DuckDBConnection): Promise<boolean> {
  return (await rows(conn, "SELECT 1 FROM meta WHERE key = 'dataset_periods'")).length > 0;
}

/** Periods of some tables (vintage, dataset), keyed 'periods|vintage|dataset'. */
async function readPeriods(conn: DuckDBConnection, tables: [number, string][], stored: boolean): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (tables.length === 0) return out;
  const vintages = [...new Set(tables.map(([v]) => v))];
  const where = `vintage_id IN (${vintages.map(() => '?').join(', ')}) AND dataset_id IN (${tables.map(() => '?').join(', ')})`;
  const found = await rows<{ v: number; d: string; p: string[] }>(
    conn,
    stored
      ? `SELECT vintage_id AS v, dataset_id AS d, periods AS p FROM dataset_periods WHERE ${where}`
      : `SELECT vintage_id AS v, dataset_id AS d, list(strftime(period, '%Y-%m-%d') ORDER BY period) AS p
           FROM (SELECT DISTINCT vintage_id, dataset_id, period FROM observations WHERE ${where}) GROUP BY ALL`,
    [...vintages, ...tables.map(([, d]) => d)],
  );
  const wanted = new Set(tables.map(([v, d]) => `periods|${v}|${d}`));
  // A table with no row has no observations in that vintage: no periods.
  for (const key of wanted) out.set(key, []);
  for (const r of found) if (wanted.has(`periods|${r.v}|${r.d}`)) out.set(`periods|${r.v}|${r.d}`, r.p);
  return out;
}

/** The latest vintage of every source. */
async function latestVintages(conn: DuckDBConnection): Promise<Set<number>> {
  return new Set((await rows<{ id: number }>(conn, 'SELECT max(id) AS id FROM vintages GROUP BY source_id')).map((r) => r.id));
}

/**
 * Reads what a server needs whatever it is asked, before it answers: the code tables
 * (with their labels), the place hierarchy, and an empty index of cells (cells.ts). A
 * measure's tables, their codes and periods (from dataset_members and dataset_periods,
 * small tables) and a table's cells are read when first asked, so that neither the start
 * nor the memory grows with the store. From then on the connection's catalogue is warmed
 * again whenever the store changes.
 */
export async function warmQueryCatalogue(conn: DuckDBConnection): Promise<QueryCatalogue> {
  const cat = await queryCatalogue(conn);
  const holder = holders.get(conn)!;
  await warmState(conn, holder.state!);
  holder.warm = true;
  return cat;
}

async function warmState(conn: DuckDBConnection, state: State): Promise<void> {
  // Each measure's tables (codes, periods) are read on its first use, not here: reading every
  // table's at start made a server's start and memory grow with the store (docs/SCALE.md:
  // 181 s and 4.8 GB for the 14,400 tables of 100x).
  for (const dim of DIMENSIONS) (await state.api.codes(dim)).byLabel();
  if (!state.loaded.has('ancestors')) state.loaded.set('ancestors', await readAncestors(conn));
  // The cells: an empty index, each table read on its first use (cells.ts).
  const max = maxCells();
  if (!state.loaded.has('cells') && max > 0) state.loaded.set('cells', cellIndex(conn, await latestVintages(conn), max));
}

/** Stores with at most this many tables have every measure's tables read by `preloadQueryCatalogue`. */
export const PRELOAD_MAX_TABLES = 1_000;

/**
 * What a server reads after it starts listening, in the background, so that the questions
 * asked a little later are answered from memory: on a store of at most PRELOAD_MAX_TABLES
 * tables, every measure's tables with their codes and periods (one statement each, from
 * datasets, dataset_members and dataset_periods); and when the latest vintages' cells fit
 * the bound (CORRIDOR_CELLS_MAX), every table's cells, one table at a time. A larger store
 * is read measure by measure and table by table as it is asked: its start and memory do
 * not grow with it. Requests are answered meanwhile (from statements where needed), the same.
 * Says whether it read ahead (false for a larger store, or a state replaced meanwhile).
 */
export async function preloadQueryCatalogue(conn: DuckDBConnection): Promise<boolean> {
  const cat = await queryCatalogue(conn);
  const state = holders.get(conn)?.state;
  if (!state || state.api !== cat) return false;
  const [size] = await rows<{ tables: number; cells: number | null }>(
    conn,
    `SELECT (SELECT count(*) FROM datasets) AS tables,
            (SELECT sum(observations) FROM vintages WHERE id IN (SELECT max(id) FROM vintages GROUP BY source_id)) AS cells`,
  );
  if (size.tables > PRELOAD_MAX_TABLES) return false;
  const byMeasure = await readDatasets(conn, {});
  const all = [...byMeasure.values()].flat();
  const periods = await readPeriods(conn, all.map((d) => [d.vintage, d.id]), await periodsStored(conn));
  for (const [key, list] of periods) if (!state.memo.has(key)) state.memo.set(key, Promise.resolve(list));
  for (const [measure, list] of byMeasure) {
    const key = `datasets|${measure}||`;
    if (!state.memo.has(key)) {
      state.memo.set(key, Promise.resolve(list));
      state.loaded.set(key, list);
    }
  }
  const cells = cat.cells();
  if (cells && Number(size.cells ?? 0) <= cells.max) {
    cells.load(all.map((d) => [d.vintage, d.id]));
    await cells.idle();
  }
  return true;
}

/**
 * Most cells held in memory (13 bytes each, about 15 with their series): the tables least
 * recently used are let go to stay under it, and a table larger than it is answered from
 * the store with one statement per answer. CORRIDOR_CELLS_MAX changes it; 0 turns the
 * cells in memory off.
 */
export const DEFAULT_MAX_CELLS = 50_000_000;

function maxCells(): number {
  const set = process.env.CORRIDOR_CELLS_MAX;
  return set !== undefined && set.trim() !== '' && Number.isFinite(Number(set)) ? Number(set) : DEFAULT_MAX_CELLS;
}

function codeTableOf(dim: Dimension): string {
  return dim === 'geography' ? 'places' : dim === 'citizenship' ? 'countries' : `members:${dim}`;
}

async function readCodes(conn: DuckDBConnection, dim: Dimension): Promise<CodeTable> {
  const table = dim === 'geography' ? 'places' : dim === 'citizenship' ? 'countries' : 'members';
  // A place's name is resolved by its height in the hierarchy, not by the table's order
  // (label-index.ts): the code-defined places are written again after the data-defined ones
  // by every ingest, so a state could follow a locality of the same name in a scan.
  const labels = await rows<CodeAbout>(
    conn,
    table === 'places'
      ? 'SELECT code, label_en, label_es, level, parent FROM places'
      : `SELECT code, label_en, label_es FROM ${table} ${table === 'members' ? 'WHERE dimension = ?' : ''}`,
    table === 'members' ? [dim] : [],
  );
  const byCode = new Map<string, string>();
  for (const r of labels) if (!byCode.has(r.code.toUpperCase())) byCode.set(r.code.toUpperCase(), r.code);
  let byLabel: Map<string, string[]> | undefined;
  let about: Map<string, CodeAbout> | undefined;
  return {
    byCode,
    byLabel: () => (byLabel ??= labelIndex(labels, table === 'places')),
    about: (code) => (about ??= new Map(labels.map((r) => [r.code, r]))).get(code),
  };
}
