/**
 * Runs the plans of every table that may answer a request in one SQL statement: each
 * plan filters, groups and rolls sub-periods up to the requested grain (flows add up,
 * a stock keeps its last level); the periods each table covers, from the catalogue,
 * say how complete each period is.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from '../open.js';
import type { CellIndex } from './cells.js';
import { periodExpr, type Plan, type SeriesRequest } from './plan.js';
import { coveredParts, toRow, type PlannedTable } from './plan-rows.js';
import type { SeriesRow } from './row.js';
import { runCells } from './run-cells.js';

export type { PlannedTable } from './plan-rows.js';

/**
 * Above this many (table place, requested place) pairs in all, places are matched through
 * the store's place_ancestors table rather than listed in the statement.
 */
const MAX_LISTED_PLACES = 1000;

/**
 * One statement for every plan of a request: a single scan of the cells of all the
 * tables (each cell belongs to one table, hence to one plan), grouped by plan, then
 * rolled up to the requested grain. Each plan's filters apply to its own table's cells.
 * All plans of one request group on the same dimensions and are of one measure (one
 * stock or flow rule), which is what lets them share the statement.
 */
function statement(plans: Plan[], req: SeriesRequest): { sql: string; params: unknown[] } {
  const grain = req.grain ?? 'month';
  const params: unknown[] = [];
  const places = plans[0].places;
  const pairs = plans.reduce((n, p) => n + (p.places?.pairs.length ?? 0), 0);
  const match = !places ? 'none' : pairs > MAX_LISTED_PLACES ? 'closure' : places.wanted.length === 1 ? 'list' : 'values';
  const stock = plans[0].dataset.stock;
  if (plans.some((p) => p.dataset.stock !== stock || p.groups.map((g) => g.dim).join() !== plans[0].groups.map((g) => g.dim).join())) {
    throw new Error('the tables of one request must share their measure and breakdown');
  }
  const which = `CASE o.dataset_id ${plans.map((_, i) => `WHEN ? THEN ${i}`).join(' ')} END`;
  params.push(...plans.map((p) => p.dataset.id));
  const groupSelect = plans[0].groups.map((g) => {
    if (g.dim !== 'geography' || !places) return `${g.expr} AS "${g.dim}"`;
    if (places.byPlace) return 'o.geography AS "geography"';
    if (match !== 'list') return 'pa.ancestor AS "geography"';
    params.push(places.wanted[0]);
    return 'CAST(? AS VARCHAR) AS "geography"';
  });
  let join = '';
  if (match === 'values') {
    const triples = plans.flatMap((p) => p.places!.pairs.map(([code, ancestor]) => [p.dataset.id, code, ancestor]));
    join = triples.length
      ? `JOIN (VALUES ${triples.map(() => '(?, ?, ?)').join(', ')}) pa(ds, code, ancestor) ON pa.ds = o.dataset_id AND pa.code = o.geography`
      : "JOIN (SELECT NULL::VARCHAR AS ancestor) pa ON false";
    params.push(...triples.flat());
  } else if (match === 'closure') {
    join = `JOIN place_ancestors pa ON pa.code = o.geography AND pa.ancestor IN (${places!.wanted.map(() => '?').join(', ')})`;
    params.push(...places!.wanted);
  }
  const vintages = [...new Set(plans.map((p) => p.dataset.vintage))];
  const where = [`o.vintage_id IN (${vintages.map(() => '?').join(', ')})`, `o.dataset_id IN (${plans.map(() => '?').join(', ')})`];
  params.push(...vintages, ...plans.map((p) => p.dataset.id));
  // Only sub-periods that can fall in the requested periods are read: a period that
  // starts on or after `from` has no sub-period before it, and none of a period that
  // starts on or before `to` is a year or more after it.
  if (req.from) {
    where.push('o.period >= CAST(? AS DATE)');
    params.push(req.from);
  }
  if (req.to) {
    where.push('o.period < CAST(? AS DATE) + INTERVAL 1 YEAR');
    params.push(req.to);
  }
  if (match === 'closure' && places!.byPlace) where.push('o.geography <> pa.ancestor');
  const own = plans.map((p) => {
    const conditions = ['o.vintage_id = ?', 'o.dataset_id = ?', ...p.filters];
    params.push(p.dataset.vintage, p.dataset.id, ...p.params);
    if (match === 'list') {
      // No condition when every place of the table adds up to the requested one.
      const codes = p.places!.pairs.map(([code]) => code);
      if (codes.length === 0) conditions.push('false');
      else if (codes.length < p.dataset.members.geography.size) {
        conditions.push(`o.geography IN (${codes.map(() => '?').join(', ')})`);
        params.push(...codes);
      }
    }
    return `(${conditions.join(' AND ')})`;
  });
  where.push(`(${own.join('\n          OR ')})`);
  const cells = `
      SELECT ${which} AS plan, o.period AS sub, ${groupSelect.map((g) => `${g}, `).join('')}
             sum(o.value) AS value, count(*) AS cells, count(o.value) AS nonnull
        FROM observations o ${join}
       WHERE ${where.join('\n         AND ')}
       GROUP BY ALL`;
  // Each table's sub-periods roll up by its own grain.
  const byGrain = new Map<string, number[]>();
  plans.forEach((p, i) => {
    const expr = periodExpr(grain, p.dataset.grain).replaceAll('o.period', 'sub');
    byGrain.set(expr, [...(byGrain.get(expr) ?? []), i]);
  });
  const rolled = byGrain.size === 1 ? [...byGrain.keys()][0] : `CASE ${[...byGrain].map(([expr, ids]) => `WHEN plan IN (${ids.join(', ')}) THEN ${expr}`).join(' ')} END`;
  const groupNames = plans[0].groups.map((g) => `"${g.dim}"`);
  // Flows add up over the sub-periods; a stock takes its level on the last one reported.
  const aggregates = stock
    ? "arg_max(value, sub) AS value, arg_max(cells, sub) AS cells, arg_max(nonnull, sub) AS nonnull, strftime(max(sub), '%Y-%m-%d') AS as_of"
    : 'sum(value) AS value, sum(cells) AS cells, sum(nonnull) AS nonnull';
  const range: string[] = [];
  if (req.from) {
    range.push('period >= ?');
    params.push(req.from);
  }
  if (req.to) {
    range.push('period <= ?');
    params.push(req.to);
  }
  const sql = `
    SELECT * FROM (
      SELECT plan, strftime(${rolled}, '%Y-%m-%d') AS period, ${groupNames.map((g) => `${g}, `).join('')}${aggregates}
        FROM (${cells}) GROUP BY ALL)${range.length ? `
     WHERE ${range.join(' AND ')}` : ''}
     ORDER BY ALL`;
  return { sql, params };
}

/**
 * The rows of each plan, in the order given: from the cells in memory when the server
 * holds them (`cells`, see cells.ts; read after first use), else from one statement.
 */
export async function runPlans(conn: DuckDBConnection, tables: PlannedTable[], req: SeriesRequest, cells?: CellIndex): Promise<SeriesRow[][]> {
  if (tables.length === 0) return [];
  // A table's cells are read into memory in the background after its first use (cells.ts).
  cells?.load(tables.map((t) => [t.plan.dataset.vintage, t.plan.dataset.id]));
  const inMemory = cells && (await runCells(cells, tables, req));
  if (inMemory) return inMemory;
  const plans = tables.map((t) => t.plan);
  const { sql, params } = statement(plans, req);
  const found = await rows(conn, sql, params);
  const out: SeriesRow[][] = plans.map(() => []);
  const grain = req.grain ?? 'month';
  const covered = tables.map((t) => coveredParts(t.native, grain, t.plan));
  for (const r of found) {
    const i = Number(r.plan);
    const keys = Object.fromEntries(plans[i].groups.map((g) => [g.dim, r[g.dim]]));
    out[i].push(toRow({ period: String(r.period), keys, value: r.value as number | null, cells: Number(r.cells), nonnull: Number(r.nonnull), ...(r.as_of != null ? { asOf: String(r.as_of) } : {}) }, plans[i], grain, covered[i]));
  }
  return out;
}
