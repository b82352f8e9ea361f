/**
 * Where several sources publish the same series, compares each with the figures a
 * default query returns (the precedence's choice), period by period, and reports
 * every difference: the store never hides that two publishers disagree.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { candidateSeries, querySeries } from '../../store/query/series.js';
import type { SeriesRequest } from '../../store/query/plan.js';
import type { Bilingual } from '../../model/index.js';
import { roundingTolerance, type CheckResult } from './types.js';
import { count, inPeriod, signed } from './words.js';

export async function overlapCheck(conn: DuckDBConnection, id: string, title: Bilingual, req: SeriesRequest): Promise<CheckResult> {
  const chosen = await querySeries(conn, req);
  const winner = new Map(chosen.rows.map((r) => [r.period, r]));
  const { answers } = await candidateSeries(conn, req);
  const sources = [...new Set(answers.map((a) => a.ds.source))];
  const comparisons: Record<string, unknown>[] = [];
  let beyond = 0;
  for (const source of sources) {
    // The source's own best figures, as a query restricted to it would give them.
    const theirs = await querySeries(conn, { ...req, source });
    let compared = 0;
    let over = 0;
    let worst: { period: string; theirs: number; chosen: number; chosenFrom: string; diff: number; pct: number } | undefined;
    for (const r of theirs.rows) {
      const w = winner.get(r.period);
      if (!w || w.source === source || r.value === null || w.value === null || !r.complete || !w.complete) continue;
      compared++;
      const diff = r.value - w.value;
      // Each side's rounding over its own cells: an exact side adds none, however many cells it sums
      // (ICE's FOIA months sum thousands of unrounded cells; OHSS's month is one cell rounded to 10).
      if (Math.abs(diff) > Math.max(roundingTolerance(r.rounding, r.cells), roundingTolerance(w.rounding, w.cells))) over++;
      if (!worst || Math.abs(diff) > Math.abs(worst.diff)) {
        worst = { period: r.period, theirs: r.value, chosen: w.value, chosenFrom: w.source, diff, pct: w.value ? Math.round((diff / w.value) * 10000) / 100 : 0 };
      }
    }
    if (compared === 0) continue;
    beyond += over;
    comparisons.push({ source, periods: compared, beyondRounding: over, worst });
  }
  const status = comparisons.length === 0 ? 'skipped' : beyond === 0 ? 'pass' : 'differs';
  const worstOf = (c: Record<string, unknown>) => c.worst as { period: string; diff: number; pct: number; chosenFrom: string };
  // "largest -11,233 (-9.76%) in June 2000"; where every period agrees, that is said rather than "largest 0 in" a period.
  const largest = (c: Record<string, unknown>, lang: 'en' | 'es') => {
    const w = worstOf(c);
    if (w.diff === 0) return lang === 'es' ? 'todas iguales' : 'all equal';
    const when = inPeriod(w.period, req)[lang];
    return lang === 'es' ? `la mayor ${signed(w.diff)} (${w.pct} %) ${when}` : `largest ${signed(w.diff)} (${w.pct}%) ${when}`;
  };
  const summary =
    comparisons.length === 0
      ? { en: 'no two sources overlap on this series', es: 'ningún par de fuentes se solapa en esta serie' }
      : {
          en: comparisons.map((c) => `${c.source} vs ${worstOf(c).chosenFrom}: ${count(c.periods as number)} periods, ${c.beyondRounding} beyond rounding, ${largest(c, 'en')}`).join('; '),
          es: comparisons.map((c) => `${c.source} frente a ${worstOf(c).chosenFrom}: ${count(c.periods as number)} periodos, ${c.beyondRounding} más allá del redondeo, ${largest(c, 'es')}`).join('; '),
        };
  return { id, title, status, summary, figures: { request: req, periods: chosen.rows.length, comparisons } };
}
