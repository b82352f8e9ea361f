/**
 * Nowcasting the months a monthly series has not published yet from a daily series of the
 * same flow that runs ahead of it (INM's daily copy of CBP's encounters, daily.ts).
 *
 * For a month M of which the first d days are known:
 *   1. the month's daily total is the month to date divided by the share of a month the
 *      first d days held in the PROFILE_MONTHS complete months before M (day d of each);
 *   2. that total is put on the monthly series' definition by the ratio monthly / daily
 *      total over the RATIO_MONTHS latest months both have, counting only the monthly
 *      figures published by then (month m is published on day TARGET_PUBLISHED_DAY of m + 1:
 *      an assumption, like the regressors' lags).
 * Nothing after day d of M is read, so the error measured by `nowcastErrors` is the error a
 * nowcast made on that day would have had.
 */
import { addMonths, monthIndex, monthLabel } from '../months.js';
import type { MonthlySeries } from '../series.js';

export const PROFILE_MONTHS = 3;
export const RATIO_MONTHS = 3;
/** Assumption: CBP publishes a month's encounters around the 15th of the following month. */
export const TARGET_PUBLISHED_DAY = 15;

export interface Nowcast {
  month: string;
  /** Days of the month known. */
  days: number;
  value: number;
  monthToDate: number;
  /** Share of a month the first `days` days held in the months before. */
  share: number;
  /** Monthly series / daily totals in the latest months both had. */
  ratio: number;
}

/** Days in a month 'YYYY-MM'. */
export const daysIn = (month: string): number => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
const day = (month: string, d: number) => `${month}-${String(d).padStart(2, '0')}`;

function sumDays(daily: ReadonlyMap<string, number>, month: string, upTo: number): number | undefined {
  let s = 0;
  for (let d = 1; d <= upTo; d++) {
    const v = daily.get(day(month, d));
    if (v === undefined) return undefined;
    s += v;
  }
  return s;
}

/** The monthly figures published on day `d` of `month` (month m appears on day TARGET_PUBLISHED_DAY of m + 1). */
export function lastPublished(month: string, d: number): string {
  return addMonths(month, d >= TARGET_PUBLISHED_DAY ? -1 : -2);
}

/** The nowcast of `month` from its first `days` days (undefined when the history is too short). */
export function nowcastMonth(month: string, days: number, daily: ReadonlyMap<string, number>, target: Pick<MonthlySeries, 'start' | 'values'>): Nowcast | undefined {
  const monthToDate = sumDays(daily, month, days);
  if (monthToDate === undefined) return undefined;
  let part = 0;
  let whole = 0;
  for (let k = 1; k <= PROFILE_MONTHS; k++) {
    const m = addMonths(month, -k);
    const all = sumDays(daily, m, daysIn(m));
    const first = sumDays(daily, m, Math.min(days, daysIn(m)));
    if (all === undefined || first === undefined) return undefined;
    part += first;
    whole += all;
  }
  const share = days >= daysIn(month) ? 1 : part / whole;
  const published = monthIndex(lastPublished(month, days));
  const startIdx = monthIndex(target.start);
  let num = 0;
  let den = 0;
  let n = 0;
  for (let m = published; m >= startIdx && n < RATIO_MONTHS; m--) {
    const label = monthLabel(m);
    const y = target.values[m - startIdx];
    const all = sumDays(daily, label, daysIn(label));
    if (y === undefined || all === undefined) break;
    num += y;
    den += all;
    n++;
  }
  if (n === 0 || !(share > 0) || !(den > 0)) return undefined;
  const ratio = num / den;
  return { month, days, value: (monthToDate / share) * ratio, monthToDate, share, ratio };
}

export interface NowcastError {
  days: number;
  months: number;
  /** Mean and largest absolute percentage error against the published month. */
  mape: number;
  maxApe: number;
  /** Mean signed percentage error (bias). */
  bias: number;
  /** The same for the last monthly figure published by then, carried forward (what is known without a nowcast). */
  naiveMape: number;
}

/** The error of nowcasts made on day `d` of every month the daily and the monthly series both cover. */
export function nowcastErrors(daily: ReadonlyMap<string, number>, target: Pick<MonthlySeries, 'start' | 'values'>, dayList: readonly number[]): NowcastError[] {
  const months = [...new Set([...daily.keys()].map((d) => d.slice(0, 7)))].sort();
  const startIdx = monthIndex(target.start);
  return dayList.map((d) => {
    const ape: number[] = [];
    const signed: number[] = [];
    const naive: number[] = [];
    for (const month of months) {
      const actual = target.values[monthIndex(month) - startIdx];
      if (actual === undefined || !(actual > 0)) continue;
      const nc = nowcastMonth(month, Math.min(d, daysIn(month)), daily, target);
      if (!nc) continue;
      const known = target.values[monthIndex(lastPublished(month, d)) - startIdx];
      if (known === undefined) continue;
      ape.push(Math.abs(nc.value / actual - 1));
      signed.push(nc.value / actual - 1);
      naive.push(Math.abs(known / actual - 1));
    }
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
    return { days: d, months: ape.length, mape: mean(ape), maxApe: Math.max(0, ...ape), bias: mean(signed), naiveMape: mean(naive) };
  });
}

/**
 * The series with its missing latest months filled by nowcasts from the daily series (each
 * listed, with the days it rests on): the months after the last published one that have at
 * least `minDays` days of daily figures.
 */
export function fillLatest(target: MonthlySeries, daily: ReadonlyMap<string, number>, minDays = 7): { series: MonthlySeries; nowcasts: Nowcast[] } {
  const nowcasts: Nowcast[] = [];
  const values = [...target.values];
  const sources = [...target.sources];
  let month = addMonths(target.start, values.length);
  for (;;) {
    let days = 0;
    while (days < daysIn(month) && daily.has(day(month, days + 1))) days++;
    if (days < minDays) break;
    const nc = nowcastMonth(month, days, daily, { start: target.start, values });
    if (!nc) break;
    nowcasts.push(nc);
    values.push(nc.value);
    sources.push('nowcast');
    month = addMonths(month, 1);
  }
  return { series: { ...target, values, sources, droppedAtEnd: target.droppedAtEnd.filter((d) => monthIndex(d.period) >= monthIndex(month)) }, nowcasts };
}
