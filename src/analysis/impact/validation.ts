/**
 * The two checks of the impact method on real series (test/e2e/impact-mirror.test.ts and
 * bench/impact-validation.ts run them):
 *
 * - placebo: estimate the "effect" of dates with no timeline event near them; an effect
 *   called significant there is a false alarm, and should happen no more often than the
 *   nominal rate (5% at 95%).
 * - injected step: multiply a real series by a known factor from a date (a −30% step) and
 *   check that the estimate recovers the known effect within its interval.
 */
import type { PolicyEvent } from '../events/schema.js';
import type { EstimateInput, Estimator } from './estimate.js';
import { monthNumber } from './months.js';
import type { Bounds } from './types.js';

/**
 * Months with no timeline event (start or end) within ±`clearance` months, one every
 * `step` months (January, April, July, October with 3).
 */
export function quietDates(periods: string[], events: PolicyEvent[], clearance = 12, step = 3): number[] {
  const eventMonths = events.flatMap((e) => [e.date, ...(e.endDate ? [e.endDate] : [])]).map(monthNumber);
  const out: number[] = [];
  periods.forEach((p, i) => {
    const n = monthNumber(p);
    if (n % step !== 0) return;
    if (eventMonths.some((m) => Math.abs(m - n) <= clearance)) return;
    out.push(i);
  });
  return out;
}

export interface PlaceboOutcome {
  period: string;
  /** Cumulative effect at the horizon, its interval, and whether the interval excludes zero. */
  effect: number;
  relativeEffect: number;
  interval: Bounds;
  significant: boolean;
  method: 'calibrated' | 'model';
}

/** The cumulative effect `horizon` months after each date (dates that cannot be estimated are skipped). */
export function placebo(periods: string[], estimator: Estimator, dates: number[], horizon = 6): PlaceboOutcome[] {
  const out: PlaceboOutcome[] = [];
  for (const d of dates) {
    const r = estimator.at(d);
    if ('reason' in r || r.months.length < horizon) continue;
    const c = r.months[horizon - 1].cumulative;
    out.push({ period: periods[d], effect: c.effect, relativeEffect: c.relativeEffect, interval: c.interval, significant: c.significant, method: r.intervals.method });
  }
  return out;
}

/** The series multiplied by `factor` from index `from` on. */
export function injectStep(values: (number | null)[], from: number, factor: number): (number | null)[] {
  return values.map((v, i) => (v === null || i < from ? v : v * factor));
}

export interface InjectionOutcome {
  period: string;
  /** The effect put in: (factor − 1) × the observed cumulative sum. */
  truth: number;
  estimate: number;
  interval: Bounds;
  /** The truth lies within the interval. */
  recovered: boolean;
  /** The interval excludes zero. */
  detected: boolean;
  method: 'calibrated' | 'model';
}

/**
 * Injects a step at `date` into the treated series of `base` and estimates it `horizon`
 * months on, with an estimator of the changed series (which shares the fits of the
 * origins before the step: see Estimator.changedFrom).
 */
export function injection(input: EstimateInput, base: Estimator, date: number, factor: number, horizon = 6): InjectionOutcome | undefined {
  const treated = injectStep(input.treated, date, factor);
  const r = base.changedFrom(treated, date).at(date);
  if ('reason' in r || r.months.length < horizon) return undefined;
  let truth = 0;
  for (let k = 0; k < horizon; k++) truth += (input.treated[date + k] as number) * (factor - 1);
  const c = r.months[horizon - 1].cumulative;
  return {
    period: input.periods[date],
    truth,
    estimate: c.effect,
    interval: c.interval,
    recovered: c.interval.lower <= truth && truth <= c.interval.upper,
    detected: c.significant,
    method: r.intervals.method,
  };
}

/** Share of outcomes that are true, with the count. */
export function rate<T>(xs: T[], pick: (x: T) => boolean): { count: number; of: number; rate: number } {
  const count = xs.filter(pick).length;
  return { count, of: xs.length, rate: xs.length ? count / xs.length : NaN };
}

/**
 * The series of the placebo test: Border Patrol apprehensions at the southwest border and
 * in each of its nine sectors, monthly from October 1999 (CBP's legacy series, then OHSS):
 * the longest monthly series in the store, and the only ones with years free of timeline
 * events (the timeline starts in 2019) after enough history to calibrate.
 */
export const BORDER_PATROL_SERIES: { label: string; where: string[] }[] = [
  ['US-SWB', 'southwest border'],
  ['USBP-SDC', 'San Diego'],
  ['USBP-ELC', 'El Centro'],
  ['USBP-YUM', 'Yuma'],
  ['USBP-TCA', 'Tucson'],
  ['USBP-EPT', 'El Paso'],
  ['USBP-BBT', 'Big Bend'],
  ['USBP-DRT', 'Del Rio'],
  ['USBP-LRT', 'Laredo'],
  ['USBP-RGV', 'Rio Grande Valley'],
].map(([code, label]) => ({ label, where: [`geography=${code}`, 'component=USBP'] }));
