/**
 * A reconciliation check's figures (the API's `result`) in the page's language: periods at
 * their grain (jul 2003, año fiscal 2019, 18 mar 2021), numbers with the language's
 * separators. The API's `summary` is the command line's prose (ISO periods, bare numbers);
 * the page shows it only for a check without figures (skipped, or an older run).
 */
import { dayText, num, periodText } from '../format';
import type { Check, Lang } from '../types';

type Result = NonNullable<Check['result']>;

/** A period start at the check's grain: Jul 2003, FY2019 (jul 2003, año fiscal 2019); a day in words. */
export function checkPeriod(period: string, grain: string, lang: Lang): string {
  return grain === 'day' || grain === 'week' ? dayText(period, lang, 'day') : periodText(period, grain, lang);
}

const pct = (value: number, lang: Lang) => (lang === 'es' ? `${num(value, lang, 2)} %` : `${num(value, lang, 2)}%`);

/** The result's line(s): one per pair of sources compared for an overlap, joined by "; ". */
export function checkResultText(r: Result, lang: Lang): string {
  const n = (value: number) => num(value, lang);
  const when = (period: string) => checkPeriod(period, r.grain, lang);
  const es = lang === 'es';
  if (r.kind === 'overlap') {
    return r.comparisons
      .map((c) => {
        const head = es
          ? `${c.source} frente a ${c.against}: ${n(c.periods)} periodos, ${n(c.beyond_rounding)} más allá del redondeo`
          : `${c.source} vs ${c.against}: ${n(c.periods)} periods, ${n(c.beyond_rounding)} beyond rounding`;
        const w = c.largest;
        if (!w) return head;
        return es
          ? `${head}, la mayor ${n(w.diff)} (${pct(w.pct, lang)}) en ${when(w.period)}: ${n(w.value)} frente a ${n(w.against_value)}`
          : `${head}, largest ${n(w.diff)} (${pct(w.pct, lang)}) in ${when(w.period)}: ${n(w.value)} vs ${n(w.against_value)}`;
      })
      .join('; ');
  }
  if (r.kind === 'adds-up') {
    const w = r.largest;
    return es
      ? `${n(r.periods)} periodos, ${n(r.beyond_rounding)} más allá del redondeo, diferencia mayor ${n(r.max_diff)}${w ? ` (${when(w.period)}: partes ${n(w.parts)} frente al total ${n(w.total)})` : ''}`
      : `${n(r.periods)} periods, ${n(r.beyond_rounding)} beyond rounding, largest difference ${n(r.max_diff)}${w ? ` (${when(w.period)}: parts ${n(w.parts)} vs total ${n(w.total)})` : ''}`;
  }
  const w = r.largest;
  return es
    ? `${n(r.periods)} periodos, ${n(r.beyond)} separados más de ${pct(r.tolerance_pct, lang)}${w ? `, la mayor diferencia ${pct(w.pct, lang)} en ${when(w.period)} (${n(w.other)} frente a ${n(w.reference)})` : ''}`
    : `${n(r.periods)} periods, ${n(r.beyond)} more than ${pct(r.tolerance_pct, lang)} apart${w ? `, largest ${pct(w.pct, lang)} in ${when(w.period)} (${n(w.other)} vs ${n(w.reference)})` : ''}`;
}

/** When a check ran ('2026-12-07 16:59:50'): 7 Dec 2026 16:59 (7 dic 2026 16:59). */
export function checkRunText(runAt: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(runAt)) return runAt;
  const time = runAt.slice(11, 16);
  return `${dayText(runAt.slice(0, 10), lang, 'day')}${time ? ` ${time}` : ''}`;
}
