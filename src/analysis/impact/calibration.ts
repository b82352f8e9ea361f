/**
 * Intervals calibrated by back-tests in the pre-event history. At each earlier origin the
 * same counterfactual is made (same window, model and horizon) and compared with what was
 * then observed, as the relative error actual / forecast − 1, month by month and
 * cumulatively (sum of actuals / sum of forecasts − 1) at each horizon. The interval for
 * a new forecast F is [F (1 + q_lo), F (1 + q_hi)], with q_lo and q_hi order statistics of
 * those errors chosen as split-conformal prediction does, so that with n exchangeable
 * errors the coverage is at least the nominal level: the ⌊(n + 1) α/2⌋-th smallest and the
 * ⌈(n + 1)(1 − α/2)⌉-th smallest. With too few origins for that (n < 2/α − 1, 39 at 95%)
 * there is no calibrated interval.
 *
 * Empirical intervals from out-of-sample errors: Williams & Goodman (1971), "A simple
 * method for the construction of empirical confidence limits for economic forecasts",
 * JASA 66, 752-754; the order statistics as in split conformal prediction (Lei, G'Sell,
 * Rinaldo, Tibshirani & Wasserman 2018, "Distribution-free predictive inference for
 * regression", JASA 113, 1094-1111).
 */

/** Relative errors of one back-test origin, month by month and cumulative, by horizon. */
export interface OriginErrors {
  origin: number;
  monthly: number[];
  cumulative: number[];
}

/** Errors of a forecast against the actuals (undefined if any month lacks either). */
export function originErrors(origin: number, actual: (number | null)[], forecast: (number | null)[]): OriginErrors | undefined {
  const monthly: number[] = [];
  const cumulative: number[] = [];
  let sumA = 0;
  let sumF = 0;
  for (let k = 0; k < forecast.length; k++) {
    const a = actual[k];
    const f = forecast[k];
    if (a === null || a === undefined || f === null || !(f > 0)) return undefined;
    sumA += a;
    sumF += f;
    monthly.push(a / f - 1);
    cumulative.push(sumA / sumF - 1);
  }
  return { origin, monthly, cumulative };
}

/** Split-conformal lower and upper order statistics of `errors`, or undefined when n is too small. */
export function conformalBounds(errors: number[], level: number): { lower: number; upper: number } | undefined {
  const n = errors.length;
  // (n + 1) α/2 and (n + 1)(1 − α/2), with α = 1 − level/100, in exact arithmetic for whole levels.
  const lo = Math.floor(((n + 1) * (100 - level)) / 200);
  const hi = Math.ceil(((n + 1) * (100 + level)) / 200);
  if (lo < 1 || hi > n) return undefined;
  const sorted = [...errors].sort((a, b) => a - b);
  return { lower: sorted[lo - 1], upper: sorted[hi - 1] };
}

/** The fewest origins that give a calibrated interval at `level`. */
export function minimumOrigins(level: number): number {
  let n = 1;
  while (Math.floor(((n + 1) * (100 - level)) / 200) < 1 || Math.ceil(((n + 1) * (100 + level)) / 200) > n) n++;
  return n;
}

export interface CalibratedQuantiles {
  origins: number;
  /** By horizon (0-based): bounds of the relative error of one month, and of the cumulative sum. */
  monthly: { lower: number; upper: number }[];
  cumulative: { lower: number; upper: number }[];
}

/** Quantiles by horizon from the errors of many origins, or undefined when there are too few. */
export function calibrate(errors: OriginErrors[], horizon: number, level: number): CalibratedQuantiles | undefined {
  const monthly: CalibratedQuantiles['monthly'] = [];
  const cumulative: CalibratedQuantiles['cumulative'] = [];
  for (let k = 0; k < horizon; k++) {
    const m = conformalBounds(errors.map((e) => e.monthly[k]), level);
    const c = conformalBounds(errors.map((e) => e.cumulative[k]), level);
    if (!m || !c) return undefined;
    monthly.push(m);
    cumulative.push(c);
  }
  return { origins: errors.length, monthly, cumulative };
}
