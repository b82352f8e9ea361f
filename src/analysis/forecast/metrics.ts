/**
 * Forecast accuracy measures used by the back-tests (Hyndman & Koehler 2006;
 * Gneiting & Raftery 2007 for the interval score):
 *
 * - MASE: absolute error divided by the in-sample mean absolute seasonal-naive
 *   error of the training data, so that 1 means "as good as last year's value on
 *   the history seen so far" and series of any size can be averaged.
 * - sMAPE: 200·|y − f| / (|y| + |f|), in percent, 0 when both are 0.
 * - Coverage: share of outcomes inside the interval.
 * - Winkler (interval) score at level 1 − α: width + (2/α)·distance outside.
 */

/**
 * Mean absolute seasonal difference of a training series (lag `period`), the MASE
 * denominator. Falls back to lag 1 when the series is shorter than two seasons'
 * worth of differences, and to the mean absolute value (or 1) when the series is
 * constant, so the scale is never 0.
 */
export function maseScale(y: readonly number[], period: number): number {
  const lagged = (lag: number) => {
    let sum = 0;
    let n = 0;
    for (let t = lag; t < y.length; t++) {
      sum += Math.abs(y[t] - y[t - lag]);
      n++;
    }
    return n ? sum / n : 0;
  };
  const seasonal = y.length > period ? lagged(period) : 0;
  if (seasonal > 0) return seasonal;
  const first = lagged(1);
  if (first > 0) return first;
  const level = y.reduce((s, v) => s + Math.abs(v), 0) / Math.max(1, y.length);
  return level > 0 ? level : 1;
}

/** Symmetric absolute percentage error of one forecast, in percent (0..200). */
export function smape(actual: number, forecast: number): number {
  const denominator = Math.abs(actual) + Math.abs(forecast);
  return denominator === 0 ? 0 : (200 * Math.abs(actual - forecast)) / denominator;
}

export function covers(lower: number, upper: number, actual: number): boolean {
  return actual >= lower && actual <= upper;
}

/** Winkler score of a central interval of `level` percent (lower is better). */
export function winkler(lower: number, upper: number, actual: number, level: number): number {
  const alpha = 1 - level / 100;
  const width = upper - lower;
  if (actual < lower) return width + (2 / alpha) * (lower - actual);
  if (actual > upper) return width + (2 / alpha) * (actual - upper);
  return width;
}

/** One evaluated forecast: what the summaries below average. */
export interface ScoredPoint {
  actual: number;
  mean: number;
  /** MASE denominator of the training data at the forecast origin. */
  scale: number;
  /** Interval bounds by level (80, 95), when the forecast has them. */
  intervals: Record<number, { lower: number; upper: number } | undefined>;
}

export interface AccuracySummary {
  /** Number of (origin, horizon) points scored. */
  n: number;
  mase: number;
  smape: number;
  /** Share of outcomes inside the 80% and 95% intervals (NaN when none had intervals). */
  coverage80: number;
  coverage95: number;
  /** Mean Winkler score divided by the MASE scale, comparable across series. */
  winkler80: number;
  winkler95: number;
}

export function summarise(points: readonly ScoredPoint[]): AccuracySummary {
  let mase = 0;
  let sm = 0;
  const cover: Record<number, { hit: number; n: number; winkler: number }> = { 80: { hit: 0, n: 0, winkler: 0 }, 95: { hit: 0, n: 0, winkler: 0 } };
  for (const p of points) {
    mase += Math.abs(p.actual - p.mean) / p.scale;
    sm += smape(p.actual, p.mean);
    for (const level of [80, 95]) {
      const iv = p.intervals[level];
      if (!iv) continue;
      const c = cover[level];
      c.n++;
      if (covers(iv.lower, iv.upper, p.actual)) c.hit++;
      c.winkler += winkler(iv.lower, iv.upper, p.actual, level) / p.scale;
    }
  }
  const n = points.length;
  return {
    n,
    mase: n ? mase / n : NaN,
    smape: n ? sm / n : NaN,
    coverage80: cover[80].n ? cover[80].hit / cover[80].n : NaN,
    coverage95: cover[95].n ? cover[95].hit / cover[95].n : NaN,
    winkler80: cover[80].n ? cover[80].winkler / cover[80].n : NaN,
    winkler95: cover[95].n ? cover[95].winkler / cover[95].n : NaN,
  };
}
