/**
 * What `/api/coverage`'s store query (src/api/store/coverage.ts) must answer, computed
 * straightforwardly in JavaScript from the small tables it reads (vintages, datasets,
 * dataset_members, place_ancestors); and the largest number of rows any step of its plan
 * makes, from DuckDB's profile (rows, not time: the same on any machine).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { listCoverage, type CoverageFilter, type CoverageRow } from '../../src/api/store/coverage.js';
import { rows, type Store } from '../../src/store/open.js';

type Member = { vintage_id: number; dataset_id: string; dimension: string; value: string | null; first_period: unknown; last_period: unknown };

/** The tables read once per connection (the reference is asked many times of one store). */
const read = new WeakMap<DuckDBConnection, Promise<Awaited<ReturnType<typeof readTables>>>>();
async function readTables(conn: DuckDBConnection) {
  const latest = new Map<string, number>();
  for (const v of await rows<{ id: number; source_id: string }>(conn, 'SELECT id, source_id FROM vintages')) latest.set(v.source_id, Math.max(latest.get(v.source_id) ?? 0, Number(v.id)));
  const datasets = await rows<{ id: string; source_id: string; title_en: string; title_es: string | null; measure: string; grain: string; rounding: number }>(conn, 'SELECT * FROM datasets');
  const members = new Map<string, Member[]>();
  for (const m of await rows<Member>(conn, 'SELECT * FROM dataset_members')) {
    const key = `${m.vintage_id}|${m.dataset_id}`;
    members.set(key, [...(members.get(key) ?? []), m]);
  }
  const ancestors = new Map<string, string[]>();
  for (const a of await rows<{ code: string; ancestor: string }>(conn, 'SELECT code, ancestor FROM place_ancestors')) {
    if (a.code !== a.ancestor) ancestors.set(a.code, [...(ancestors.get(a.code) ?? []), a.ancestor]);
  }
  return { latest, datasets, members, ancestors };
}

const day = (d: unknown) => (d === null || d === undefined ? null : (d instanceof Date ? d.toISOString() : String(d)).slice(0, 10));
const byText = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

export async function coverageReference(conn: DuckDBConnection, filter: CoverageFilter, maxCodes: number, page: { limit: number; offset: number }): Promise<{ rows: CoverageRow[]; total: number }> {
  if (!read.has(conn)) read.set(conn, readTables(conn));
  const { latest, datasets, members, ancestors } = await read.get(conn)!;
  const mine = (d: { id: string; source_id: string }) => members.get(`${latest.get(d.source_id)}|${d.id}`) ?? [];
  const selected = datasets
    .filter((d) => (filter.measure === undefined || d.measure === filter.measure) && (filter.source === undefined || d.source_id === filter.source))
    .filter((d) => mine(d).length > 0)
    .sort((a, b) => byText(a.id, b.id));
  const out: CoverageRow[] = [];
  for (const d of selected.slice(page.offset, page.offset + page.limit)) {
    for (const dimension of [...new Set(mine(d).map((m) => m.dimension))].sort()) {
      const of = mine(d).filter((m) => m.dimension === dimension);
      const values = of.map((m) => m.value).sort(byText);
      const held = new Set(values);
      // Top places: those with no ancestor among the table's places.
      const tops = dimension === 'geography' ? values.filter((v) => !(ancestors.get(v!) ?? []).some((a) => held.has(a))).slice(0, maxCodes) : null;
      const firsts = of.map((m) => day(m.first_period)).filter((p): p is string => p !== null).sort();
      const lasts = of.map((m) => day(m.last_period)).filter((p): p is string => p !== null).sort();
      out.push({
        dataset: d.id, source: d.source_id, title_en: d.title_en, title_es: d.title_es ?? d.title_en, measure: d.measure, grain: d.grain, rounding: Number(d.rounding),
        dimension, n: of.length, codes: values.slice(0, maxCodes) as string[], tops: tops as string[] | null, first_period: firsts[0] ?? null, last_period: lasts.at(-1) ?? null,
      });
    }
  }
  return { rows: out, total: selected.length };
}

export const plainCoverage = (r: CoverageRow[]) => r.map((x) => ({ ...x, n: Number(x.n), rounding: Number(x.rounding) }));

/**
 * What a plan linear in the tables' places may make at most: every row of dataset_members,
 * of place_ancestors, and every place of a table with each of its ancestors, together.
 */
export async function linearBound(conn: DuckDBConnection): Promise<number> {
  const [r] = await rows<{ n: number; a: number; pairs: number }>(
    conn,
    `SELECT (SELECT count(*) FROM dataset_members) AS n, (SELECT count(*) FROM place_ancestors) AS a,
            (SELECT count(*) FROM dataset_members dm JOIN place_ancestors pa ON pa.code = dm.value WHERE dm.dimension = 'geography') AS pairs`,
  );
  return Number(r.n) + Number(r.a) + Number(r.pairs);
}

/** The most rows any operator of the query's plan produced, for one page (on a connection of its own, profiled). */
export async function largestIntermediate(store: Store, filter: CoverageFilter): Promise<number> {
  const conn = await store.connect();
  const out = join(mkdtempSync(join(tmpdir(), 'corridor-coverage-plan-')), 'profile.json');
  try {
    await conn.run("PRAGMA enable_profiling = 'json'");
    await conn.run(`PRAGMA profiling_output = '${out}'`);
    await listCoverage(conn, filter, 60, { limit: 500, offset: 0 });
  } finally {
    conn.closeSync();
  }
  const largest = (node: { operator_cardinality?: number; children?: unknown[] }): number =>
    Math.max(Number(node.operator_cardinality ?? 0), ...(node.children ?? []).map((c) => largest(c as never)));
  return largest(JSON.parse(readFileSync(out, 'utf8')));
}
