/**
 * Period arithmetic and labels for the claim engine: a period start ('2021-03-01') in a
 * grain has an index (months since year 0, or the fiscal/calendar year number) so that
 * windows such as "the 20 years before" are plain subtraction.
 */
import { dayWords, periodWords } from '../../model/index.js';
import type { Grain, Lang } from './types.js';

export function periodIndex(period: string, grain: Grain): number {
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5, 7));
  if (grain === 'month') return y * 12 + m - 1;
  if (grain === 'fy') return m >= 10 ? y + 1 : y;
  return y;
}

export function periodFromIndex(index: number, grain: Grain): string {
  if (grain === 'month') return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
  if (grain === 'fy') return `${index - 1}-10-01`;
  return `${index}-01-01`;
}

/** Periods per year in a grain. */
export function perYear(grain: Grain): number {
  return grain === 'month' ? 12 : 1;
}

export function periodLabel(period: string, grain: Grain, lang: Lang): string {
  return periodWords(period, grain)[lang];
}

/** "3 August 2021", "3 de agosto de 2021"; a month's first day of a monthly table is named as its month. */
export function dayLabel(day: string, lang: Lang, monthly = false): string {
  if (monthly) return periodLabel(day, 'month', lang);
  return dayWords(day)[lang];
}

/** "April 2001 – February 2021" for a run of periods. */
export function rangeLabel(first: string, last: string, grain: Grain, lang: Lang): string {
  return first === last ? periodLabel(first, grain, lang) : `${periodLabel(first, grain, lang)} – ${periodLabel(last, grain, lang)}`;
}

/** "from April 2001 to February 2021", "de abril de 2001 a febrero de 2021": a span in running text (rangeLabel's dash is for lists and brackets). */
export function fromToLabel(first: string, last: string, grain: Grain, lang: Lang): string {
  return lang === 'es' ? `de ${periodLabel(first, grain, lang)} a ${periodLabel(last, grain, lang)}` : `from ${periodLabel(first, grain, lang)} to ${periodLabel(last, grain, lang)}`;
}

/** Consecutive runs of periods (by index), for showing gaps briefly. */
export function runs(periods: string[], grain: Grain): [string, string][] {
  const idx = [...new Set(periods.map((p) => periodIndex(p, grain)))].sort((a, b) => a - b);
  const out: [string, string][] = [];
  for (const i of idx) {
    const last = out[out.length - 1];
    if (last && periodIndex(last[1], grain) === i - 1) last[1] = periodFromIndex(i, grain);
    else out.push([periodFromIndex(i, grain), periodFromIndex(i, grain)]);
  }
  return out;
}

/** Years between two periods, as a short phrase ("20 years", "6 years 5 months"). */
export function spanLabel(from: string, to: string, grain: Grain, lang: Lang): string {
  const n = periodIndex(to, grain) - periodIndex(from, grain);
  const years = Math.floor(n / perYear(grain));
  const months = grain === 'month' ? n % 12 : 0;
  const y = years === 1 ? (lang === 'es' ? '1 año' : '1 year') : lang === 'es' ? `${years} años` : `${years} years`;
  const mo = months === 1 ? (lang === 'es' ? '1 mes' : '1 month') : lang === 'es' ? `${months} meses` : `${months} months`;
  if (years === 0) return mo;
  return months ? `${y} ${mo}` : y;
}
