/**
 * Nowcasting the months a monthly series has not published yet from a daily series of the
 * same flow that runs ahead of it (INM's daily copy of CBP's encounters, daily.ts).
 *
 * For a month M known through day d (the days up to d that have a figure; a day INM left
 * blank is listed, and the month rests on the others):
 *   1. the month's daily total is the sum over those days divided by their share of the month,
 *      from the weights the days of the month had in the PROFILE_MONTHS latest complete
 *      months before M (dayWeights: each month's days over its mean day, by day number);
 *   2. that total is put on the monthly series' definition by the ratio monthly / daily
 *      total over the RATIO_MONTHS latest months both have whole, counting only the monthly
 *      figures published by then (month m is published on day TARGET_PUBLISHED_DAY of m + 1:
 *      an assumption, like the regressors' lags).
 * Nothing after day d of M is read, so the error measured by `nowcastErrors` is the error a
 * nowcast made on that day would have had.
 */
import { addMonths, monthIndex, monthLabel } from '../months.js';
import type { MonthlySeries } from '../series.js';

export const PROFILE_MONTHS = 3;
export const RATIO_MONTHS = 3;
/** How far back the profile and the ratio look for months the daily series has whole (months with a blank day are passed over). */
const LOOKBACK_MONTHS = 12;
/** Assumption: CBP publishes a month's encounters around the 15th of the following month. */
export const TARGET_PUBLISHED_DAY = 15;
/** The days of a month with figures a nowcast of it needs (fillLatest). */
export const MIN_DAYS = 7;

export interface Nowcast {
  month: string;
  /** The day of the month it is known through. */
  days: number;
  /** Days up to `days` the daily series left blank ('YYYY-MM-DD'): the month rests on the others. */
  blank: string[];
  value: number;
  /** The sum over the days known. */
  monthToDate: number;
  /** Share of the month's days the days known are, by the weights days had in the complete months before (dayWeights). */
  share: number;
  /** Monthly series / daily totals in the latest months both had. */
  ratio: number;
}

/** Days in a month 'YYYY-MM'. */
export const daysIn = (month: string): number => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
const day = (month: string, d: number) => `${month}-${String(d).padStart(2, '0')}`;

/** The days 1..upTo of a month with a figure, by number. */
export function daysWithFigures(daily: ReadonlyMap<string, number>, month: string, upTo: number): number[] {
  const out: number[] = [];
  for (let d = 1; d <= upTo; d++) if (daily.has(day(month, d))) out.push(d);
  return out;
}

/** The sum over some days of a month (the days it has of them). */
const sumOver = (daily: ReadonlyMap<string, number>, month: string, days: readonly number[]) => days.reduce((s, d) => s + (daily.get(day(month, d)) ?? 0), 0);

/** A month's total when the daily series has every day of it. */
function wholeMonth(daily: ReadonlyMap<string, number>, month: string): number | undefined {
  const days = daysWithFigures(daily, month, daysIn(month));
  return days.length === daysIn(month) ? sumOver(daily, month, days) : undefined;
}

/**
 * The weight of each day of the month (1..31) in the latest PROFILE_MONTHS complete months
 * before `month`: each month's days over its mean day, averaged by day number (over the months
 * that have that day; 1 where none has). A month's share of its days is then the sum of their
 * weights over the sum of all its days' weights, so that months of 28, 30 and 31 days compare
 * (a share taken as a ratio of sums would put February's first days against longer months'
 * totals). Undefined when fewer complete months are found.
 */
function dayWeights(daily: ReadonlyMap<string, number>, month: string): number[] | undefined {
  const sum = new Array<number>(31).fill(0);
  const count = new Array<number>(31).fill(0);
  let profiles = 0;
  for (let k = 1; k <= LOOKBACK_MONTHS && profiles < PROFILE_MONTHS; k++) {
    const m = addMonths(month, -k);
    const all = wholeMonth(daily, m);
    if (all === undefined || !(all > 0)) continue;
    const mean = all / daysIn(m);
    for (let d = 1; d <= daysIn(m); d++) {
      sum[d - 1] += daily.get(day(m, d))! / mean;
      count[d - 1]++;
    }
    profiles++;
  }
  if (profiles < PROFILE_MONTHS) return undefined;
  return sum.map((s, i) => (count[i] ? s / count[i] : 1));
}

/** The monthly figures published on day `d` of `month` (month m appears on day TARGET_PUBLISHED_DAY of m + 1). */
export function lastPublished(month: string, d: number): string {
  return addMonths(month, d >= TARGET_PUBLISHED_DAY ? -1 : -2);
}

/** The nowcast of `month` known through day `days` (undefined when it has no day, or the history is too short). */
export function nowcastMonth(month: string, days: number, daily: ReadonlyMap<string, number>, target: Pick<MonthlySeries, 'start' | 'values'>): Nowcast | undefined {
  const known = daysWithFigures(daily, month, days);
  if (known.length === 0) return undefined;
  const monthToDate = sumOver(daily, month, known);
  const weights = dayWeights(daily, month);
  if (!weights) return undefined;
  const length = daysIn(month);
  const share = known.length === length ? 1 : known.reduce((a, d) => a + weights[d - 1], 0) / weights.slice(0, length).reduce((a, w) => a + w, 0);
  const published = monthIndex(lastPublished(month, days));
  const startIdx = monthIndex(target.start);
  let num = 0;
  let den = 0;
  let n = 0;
  for (let m = published; m >= startIdx && m > published - LOOKBACK_MONTHS && n < RATIO_MONTHS; m--) {
    const label = monthLabel(m);
    const y = target.values[m - startIdx];
    if (y === undefined) break;
    const all = wholeMonth(daily, label);
    if (all === undefined) continue;
    num += y;
    den += all;
    n++;
  }
  if (n === 0 || !(share > 0) || !(den > 0)) return undefined;
  const ratio = num / den;
  const blank = Array.from({ length: days }, (_, i) => i + 1).filter((d) => !known.includes(d)).map((d) => day(month, d));
  return { month, days, blank, value: (monthToDate / share) * ratio, monthToDate, share, ratio };
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

/** A nowcast made on day `d` of a month both series cover, the published month, and the last monthly figure published by then. */
export interface NowcastOutcome {
  month: string;
  nowcast: number;
  actual: number;
  known: number;
}

/** Nowcasts made on day `d` of every month the daily and the monthly series both cover (months with a positive published figure). */
export function nowcastOutcomes(daily: ReadonlyMap<string, number>, target: Pick<MonthlySeries, 'start' | 'values'>, d: number): NowcastOutcome[] {
  const months = [...new Set([...daily.keys()].map((k) => k.slice(0, 7)))].sort();
  const startIdx = monthIndex(target.start);
  const out: NowcastOutcome[] = [];
  for (const month of months) {
    const actual = target.values[monthIndex(month) - startIdx];
    if (actual === undefined || !(actual > 0)) continue;
    const nc = nowcastMonth(month, Math.min(d, daysIn(month)), daily, target);
    if (!nc) continue;
    const known = target.values[monthIndex(lastPublished(month, d)) - startIdx];
    if (known === undefined) continue;
    out.push({ month, nowcast: nc.value, actual, known });
  }
  return out;
}

/** The error of nowcasts made on day `d` of every month the daily and the monthly series both cover. */
export function nowcastErrors(daily: ReadonlyMap<string, number>, target: Pick<MonthlySeries, 'start' | 'values'>, dayList: readonly number[]): NowcastError[] {
  return dayList.map((d) => {
    const outcomes = nowcastOutcomes(daily, target, d);
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
    const ape = outcomes.map((o) => Math.abs(o.nowcast / o.actual - 1));
    return {
      days: d,
      months: outcomes.length,
      mape: mean(ape),
      maxApe: Math.max(0, ...ape),
      bias: mean(outcomes.map((o) => o.nowcast / o.actual - 1)),
      naiveMape: mean(outcomes.map((o) => Math.abs(o.known / o.actual - 1))),
    };
  });
}

/**
 * The series with its missing latest months filled by nowcasts from the daily series (each
 * listed, with the days it rests on): the months after the last published one that have at
 * least `minDays` days of daily figures.
 */
export function fillLatest(target: MonthlySeries, daily: ReadonlyMap<string, number>, minDays = MIN_DAYS): { series: MonthlySeries; nowcasts: Nowcast[] } {
  const nowcasts: Nowcast[] = [];
  const values = [...target.values];
  const sources = [...target.sources];
  let month = addMonths(target.start, values.length);
  for (;;) {
    const present = daysWithFigures(daily, month, daysIn(month));
    if (present.length < minDays) break;
    const days = present.at(-1)!;
    const nc = nowcastMonth(month, days, daily, { start: target.start, values });
    if (!nc) break;
    nowcasts.push(nc);
    values.push(nc.value);
    sources.push('nowcast');
    month = addMonths(month, 1);
  }
  return { series: { ...target, values, sources, droppedAtEnd: target.droppedAtEnd.filter((d) => monthIndex(d.period) >= monthIndex(month)) }, nowcasts };
}
