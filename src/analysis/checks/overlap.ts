/**
 * Where several sources publish the same series, compares each with the one the
 * precedence picks, period by period, and reports every difference: the store never
 * hides that two publishers disagree.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { candidateSeries, querySeries } from '../../store/query/series.js';
import type { SeriesRequest } from '../../store/query/plan.js';
import { roundingTolerance, type CheckResult } from './types.js';

export async function overlapCheck(conn: DuckDBConnection, id: string, title: string, req: SeriesRequest): Promise<CheckResult> {
  const chosen = await querySeries(conn, req);
  const winner = new Map(chosen.rows.map((r) => [r.period, r]));
  const { answers } = await candidateSeries(conn, req);
  const pairs: Record<string, unknown>[] = [];
  let beyond = 0;
  for (const a of answers) {
    let compared = 0;
    let maxDiff = 0;
    let worst: Record<string, unknown> | undefined;
    let over = 0;
    for (const r of a.rows) {
      const w = winner.get(r.period);
      if (!w || w.dataset === r.dataset || r.value === null || w.value === null || !r.complete || !w.complete) continue;
      compared++;
      const diff = r.value - w.value;
      const tolerance = roundingTolerance(Math.max(r.rounding, w.rounding), Math.max(r.cells, w.cells));
      if (Math.abs(diff) > tolerance) over++;
      if (Math.abs(diff) > Math.abs(maxDiff)) {
        maxDiff = diff;
        worst = { period: r.period, [a.ds.id]: r.value, [w.dataset]: w.value, diff, pct: Math.round((diff / w.value) * 10000) / 100 };
      }
    }
    if (compared === 0) continue;
    beyond += over;
    pairs.push({ dataset: a.ds.id, source: a.ds.source, periods: compared, beyondRounding: over, maxDiff, worst });
  }
  const status = pairs.length === 0 ? 'skipped' : beyond === 0 ? 'pass' : 'differs';
  const summary =
    pairs.length === 0
      ? 'no two sources overlap on this series'
      : pairs.map((p) => `${p.dataset}: ${p.periods} periods, ${p.beyondRounding} beyond rounding, max diff ${p.maxDiff}`).join('; ');
  return { id, title, status, summary, figures: { request: req, winnerRows: chosen.rows.length, comparisons: pairs } };
}
