/**
 * What the query planner reads about the store besides the observations themselves:
 * the place hierarchy, each table's description and codes, the periods each table
 * covers. It changes only when a vintage is written, so it is cached per connection
 * and rebuilt when the list of vintages changes.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { LEVEL_COMPONENT, type GeoLevel } from '../../../src/model/index.js';
import { ADAPTERS } from '../../../src/sources/registry.js';
import { rows } from '../../../src/store/open.js';

interface Cached {
  signature: string;
  ancestors: Map<string, Set<string>>;
  /** Each place's level. */
  levels: Map<string, string>;
  /** Results of per-measure and per-table lookups, keyed by their arguments. */
  memo: Map<string, unknown>;
}

const cache = new WeakMap<DuckDBConnection, Cached>();

async function signatureOf(conn: DuckDBConnection): Promise<string> {
  const [s] = await rows<{ n: number; top: number | null; total: number | null }>(conn, 'SELECT count(*) AS n, max(id) AS top, sum(id) AS total FROM vintages');
  return `${s.n}:${s.top}:${s.total}`;
}

export interface StoreMetadata {
  ancestorsOf(code: string): Set<string>;
  /** The one component a place's figures belong to, by its level (LEVEL_COMPONENT). */
  componentOf(code: string): string | undefined;
  /** Memoises an async lookup until the store changes. */
  memo<T>(key: string, load: () => Promise<T>): Promise<T>;
}

export async function storeMetadata(conn: DuckDBConnection): Promise<StoreMetadata> {
  const signature = await signatureOf(conn);
  let c = cache.get(conn);
  if (!c || c.signature !== signature) {
    const closure = await rows<{ code: string; ancestor: string }>(conn, 'SELECT code, ancestor FROM place_ancestors');
    const ancestors = new Map<string, Set<string>>();
    for (const r of closure) {
      if (!ancestors.has(r.code)) ancestors.set(r.code, new Set([r.code]));
      ancestors.get(r.code)!.add(r.ancestor);
    }
    const levels = new Map((await rows<{ code: string; level: string }>(conn, 'SELECT code, level FROM places')).map((r) => [r.code, r.level]));
    c = { signature, ancestors, levels, memo: new Map() };
    cache.set(conn, c);
  }
  const current = c;
  return {
    ancestorsOf: (code) => current.ancestors.get(code) ?? new Set([code]),
    componentOf: (code) => LEVEL_COMPONENT[current.levels.get(code) as GeoLevel],
    memo: async <T>(key: string, load: () => Promise<T>): Promise<T> => {
      if (!current.memo.has(key)) current.memo.set(key, await load());
      return current.memo.get(key) as T;
    },
  };
}

/**
 * Periods (native grain) that a table reports in a vintage, whatever the cells. An event list
 * (declared by its adapter) reports every day of its span, from its stated start or first
 * event to its stated end or last event (worked out here apart from src/store/event-lists.ts).
 */
export async function tablePeriods(conn: DuckDBConnection, meta: StoreMetadata, vintage: number, dataset: string): Promise<string[]> {
  return meta.memo(`periods|${vintage}|${dataset}`, async () => {
    const found = (
      await rows<{ p: string }>(conn, `SELECT DISTINCT strftime(period, '%Y-%m-%d') AS p FROM observations WHERE vintage_id = ? AND dataset_id = ?`, [vintage, dataset])
    ).map((r) => r.p);
    const span = ADAPTERS.flatMap((a) => a.describe.datasets).find((d) => d.id === dataset)?.eventList;
    if (!span || found.length === 0) return found;
    const sorted = [...found].sort();
    const days: string[] = [];
    const end = span.to ?? sorted[sorted.length - 1];
    for (let d = new Date(`${span.from ?? sorted[0]}T00:00:00Z`); d.toISOString().slice(0, 10) <= end; d.setUTCDate(d.getUTCDate() + 1)) days.push(d.toISOString().slice(0, 10));
    return days;
  });
}
