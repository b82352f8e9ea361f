/**
 * Runs one table's plan: filters, groups, rolls sub-periods up to the requested grain
 * (flows add up, a stock keeps its last level) and says how complete each period is.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from '../../../src/store/open.js';
import { storeMetadata, tablePeriods } from './metadata.js';
import { expectedParts, periodExpr, rollPeriod, type Plan, type SeriesRequest } from './plan.js';
import type { SeriesRow } from './series.js';

export async function runPlan(conn: DuckDBConnection, plan: Plan, req: SeriesRequest): Promise<SeriesRow[]> {
  const grain = req.grain ?? 'month';
  const ds = plan.dataset;
  const groupSelect = plan.groups.map((g) => `${g.expr} AS "${g.dim}"`);
  const join = plan.joinPlaces
    ? `JOIN place_ancestors pa ON pa.code = o.geography AND pa.ancestor IN (${plan.joinPlaces.map(() => '?').join(', ')})`
    : '';
  const groupNames = plan.groups.map((g) => `"${g.dim}"`);
  const cells = `
      SELECT o.period AS sub, ${groupSelect.map((g) => `${g}, `).join('')}
             sum(o.value) AS value, count(*) AS cells, count(o.value) AS nonnull
        FROM observations o ${join}
       WHERE o.vintage_id = ? AND o.dataset_id = ? ${plan.filters.map((f) => `AND ${f}`).join(' ')}
       GROUP BY ALL`;
  // Flows add up over the sub-periods; a stock takes its level on the last one reported.
  const period = `strftime(${periodExpr(grain, ds.grain).replaceAll('o.period', 'sub')}, '%Y-%m-%d')`;
  const rolled = ds.stock
    ? `SELECT ${period} AS period, ${groupNames.map((g) => `${g}, `).join('')}
              arg_max(value, sub) AS value, arg_max(cells, sub) AS cells, arg_max(nonnull, sub) AS nonnull
         FROM (${cells}) GROUP BY ALL`
    : `SELECT ${period} AS period, ${groupNames.map((g) => `${g}, `).join('')}
              sum(value) AS value, sum(cells) AS cells, sum(nonnull) AS nonnull
         FROM (${cells}) GROUP BY ALL`;
  const sql = `
    SELECT * FROM (${rolled})
    WHERE (? IS NULL OR period >= ?) AND (? IS NULL OR period <= ?)
    ORDER BY ALL`;
  const params = [...(plan.joinPlaces ?? []), ds.vintage, ds.id, ...plan.params, req.from ?? null, req.from ?? null, req.to ?? null, req.to ?? null];
  const found = await rows<Record<string, unknown>>(conn, sql, params);
  const parts = expectedParts(grain, ds.grain);
  // A period is complete when the table covers all its months (or days), whether or
  // not the filtered cells appear in each: no Title 42 row before March 2020 is not a gap.
  const covered = new Map<string, number>();
  // A sub-period the table publishes as partial is not a covered one: the period it rolls up to is partial too (at the table's own grain, 0 of 1).
  for (const p of await tablePeriods(conn, await storeMetadata(conn), ds.vintage, ds.id)) {
    const rolled = rollPeriod(p, grain, ds.grain);
    const full = !ds.partialPeriods.has(p);
    covered.set(rolled, (covered.get(rolled) ?? 0) + (full ? 1 : 0));
  }
  return found.map((r) => {
    const period = String(r.period);
    const expected = parts === '1' ? 1 : parts === '12' ? 12 : daysIn(period, grain);
    return {
      period,
      grain,
      keys: Object.fromEntries(plan.groups.map((g) => [g.dim, String(r[g.dim])])),
      value: Number(r.nonnull) < Number(r.cells) ? null : (r.value as number),
      complete: (covered.get(period) ?? 0) >= expected,
      parts: covered.get(period) ?? 0,
      expectedParts: expected,
      source: ds.source,
      dataset: ds.id,
      vintage: ds.vintage,
      rounding: ds.rounding,
      cells: Number(r.cells),
    };
  });
}

function daysIn(period: string, grain: string): number {
  const start = new Date(`${period}T00:00:00Z`);
  const end = new Date(start);
  if (grain === 'month') end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCFullYear(end.getUTCFullYear() + 1);
  return Math.round((end.getTime() - start.getTime()) / 86_400_000);
}
