/**
 * The hierarchy holds within one source: the parts of a breakdown (sectors of a
 * region, Title 8 and Title 42, Border Patrol and field operations, demographics)
 * add up to the published total, within the publisher's rounding.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Bilingual, Dimension } from '../../model/index.js';
import { querySeries } from '../../store/query/series.js';
import type { SeriesRequest } from '../../store/query/plan.js';
import { roundingTolerance, type CheckResult } from './types.js';
import { count, periodSaid, signed } from './words.js';

export async function addsUpCheck(conn: DuckDBConnection, id: string, title: Bilingual, total: SeriesRequest, dim: Dimension): Promise<CheckResult> {
  const whole = await querySeries(conn, total);
  const parts = await querySeries(conn, { ...total, by: [...(total.by ?? []), dim] });
  const sums = new Map<string, { value: number; cells: number; rounding: number; dataset: string }>();
  for (const r of parts.rows) {
    if (r.value === null) continue;
    const s = sums.get(r.period) ?? { value: 0, cells: 0, rounding: r.rounding, dataset: r.dataset };
    s.value += r.value;
    s.cells += r.cells;
    sums.set(r.period, s);
  }
  let compared = 0;
  let over = 0;
  let maxDiff = 0;
  let worst: Record<string, unknown> | undefined;
  for (const w of whole.rows) {
    const s = sums.get(w.period);
    if (!s || w.value === null || s.dataset === undefined) continue;
    compared++;
    const diff = s.value - w.value;
    const tolerance = roundingTolerance(Math.max(s.rounding, w.rounding), s.cells);
    if (Math.abs(diff) > tolerance) over++;
    if (Math.abs(diff) > Math.abs(maxDiff)) {
      maxDiff = diff;
      worst = { period: w.period, total: w.value, totalFrom: w.dataset, sumOfParts: s.value, partsFrom: s.dataset, diff, tolerance };
    }
  }
  // A rounded table whose cells that round to 0 are left out can miss its total by more
  // than the rounding of the cells shown: reported as a difference, not a failure.
  const rounded = parts.rows.some((r) => r.rounding > 1) || whole.rows.some((r) => r.rounding > 1);
  const status = compared === 0 ? 'skipped' : over === 0 ? 'pass' : rounded ? 'differs' : 'fail';
  const when = worst ? periodSaid(String(worst.period), total) : undefined;
  const where = worst ? ` (${when!.en}: parts ${count(worst.sumOfParts as number)} vs total ${count(worst.total as number)})` : '';
  const donde = worst ? ` (${when!.es}: partes ${count(worst.sumOfParts as number)} frente al total ${count(worst.total as number)})` : '';
  const summary =
    compared === 0
      ? { en: 'nothing to compare', es: 'nada que comparar' }
      : maxDiff === 0
        ? { en: `${count(compared)} periods, all add up exactly`, es: `${count(compared)} periodos, todos suman exactamente` }
        : { en: `${count(compared)} periods, ${over} beyond rounding, largest difference ${signed(maxDiff)}${where}`, es: `${count(compared)} periodos, ${over} más allá del redondeo, diferencia mayor ${signed(maxDiff)}${donde}` };
  return { id, title, status, summary, figures: { request: total, by: dim, compared, beyondRounding: over, maxDiff, worst } };
}
