/**
 * Two measures that count the same thing from different publishers (INM's daily
 * tallies of US encounters against CBP's published monthly figures), compared period
 * by period. They are not the same measure, so the store never substitutes one for
 * the other: the check reports how far apart they are.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { querySeries } from '../../store/query/series.js';
import type { SeriesRequest } from '../../store/query/plan.js';
import type { Bilingual } from '../../model/index.js';
import type { CheckResult } from './types.js';
import { count, inPeriod } from './words.js';

export async function crossCheck(
  conn: DuckDBConnection,
  id: string,
  title: Bilingual,
  reference: SeriesRequest,
  other: SeriesRequest,
  /** Largest relative gap, in percent, that counts as agreement. */
  tolerancePct: number,
): Promise<CheckResult> {
  const ref = new Map((await querySeries(conn, reference)).rows.map((r) => [r.period, r]));
  const oth = (await querySeries(conn, other)).rows;
  let compared = 0;
  let beyond = 0;
  let worst: { period: string; reference: number; other: number; pct: number } | undefined;
  for (const r of oth) {
    const w = ref.get(r.period);
    if (!w || w.value === null || r.value === null || !w.complete || !r.complete || w.value === 0) continue;
    compared++;
    const pct = Math.round(((r.value - w.value) / w.value) * 10000) / 100;
    if (Math.abs(pct) > tolerancePct) beyond++;
    if (!worst || Math.abs(pct) > Math.abs(worst.pct)) worst = { period: r.period, reference: w.value, other: r.value, pct };
  }
  const status = compared === 0 ? 'skipped' : beyond === 0 ? 'pass' : 'differs';
  const summary =
    compared === 0
      ? { en: 'the two series share no complete period', es: 'las dos series no comparten ningún periodo completo' }
      : {
          en: `${count(compared)} periods, ${beyond} more than ${tolerancePct}% apart, largest ${worst!.pct}% ${inPeriod(worst!.period, reference).en} (${count(worst!.other)} vs ${count(worst!.reference)})`,
          es: `${count(compared)} periodos, ${beyond} separados más de ${tolerancePct} %, la mayor diferencia ${worst!.pct} % ${inPeriod(worst!.period, reference).es} (${count(worst!.other)} frente a ${count(worst!.reference)})`,
        };
  return { id, title, status, summary, figures: { reference, other, compared, beyond, tolerancePct, worst } };
}
