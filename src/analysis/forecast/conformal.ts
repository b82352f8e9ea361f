/**
 * Conformal calibration of prediction intervals from back-test errors
 * (split conformal prediction, Vovk, Gammerman & Shafer 2005; for forecasting,
 * Stankeviciute et al. 2021), one calibration set per horizon.
 *
 * Errors are log ratios with an offset, e = log((y + c) / (f + c)), so that one set of
 * errors serves a series whatever its level (flows here change tenfold in a year) and
 * lower bounds never go below 0; c is 5% of the mean level of the last 12 training
 * months (so scaling a series scales its intervals), or 1 for an all-zero series.
 * The interval at level L takes the (1 − L)/2 and (1 + L)/2 empirical quantiles of the
 * errors with the finite-sample correction ⌈(n + 1)·p⌉, and beyond the errors seen, by normal
 * tails, where they are too few for p (tailQuantile; error-sets.ts's NORMAL_TAILS).
 *
 * Forecasts made right after a break (see window.ts) are calibrated on the errors of
 * origins that were also right after a break (Mondrian conformal prediction, by
 * category), joined with the all-origin interval so that they are never narrower. With
 * too few such errors at a horizon, the all-origin quantiles are widened by the ratio of
 * mean absolute errors after breaks to all errors (pooled over horizons, at least 1);
 * with none at all, by DEFAULT_WIDENING.
 */
import { normalQuantile } from './bands.js';

/** Errors needed at a horizon before intervals are conformal (else the model's own are used). */
export const MIN_CALIBRATION = 10;
/** Widening of intervals right after a break when no back-test origin was in that situation. */
export const DEFAULT_WIDENING = 1.5;

export function ratioOffset(training: readonly number[]): number {
  const recent = training.slice(-12);
  const level = recent.reduce((s, v) => s + Math.abs(v), 0) / Math.max(1, recent.length);
  return level > 0 ? 0.05 * level : 1;
}

export function logRatioError(actual: number, mean: number, offset: number): number {
  return Math.log((Math.max(0, actual) + offset) / (Math.max(0, mean) + offset));
}

export interface CalibrationError {
  horizon: number;
  error: number;
  /** The origin was right after a break. */
  recent: boolean;
}

export interface LevelQuantiles {
  level: number;
  lower: number;
  upper: number;
}

export interface HorizonCalibration {
  horizon: number;
  n: number;
  quantiles: LevelQuantiles[];
}

export interface Calibration {
  levels: number[];
  /** By horizon (index h − 1): quantiles over every origin, or null when too few errors. */
  all: (HorizonCalibration | null)[];
  /** By horizon: quantiles over origins right after a break, or null when too few. */
  recent: (HorizonCalibration | null)[];
  /** Factor on the all-origin quantiles for a forecast right after a break when `recent` is null. */
  widening: number;
  wideningSource: 'calibrated' | 'default';
}

/** Empirical quantile with the conformal finite-sample correction, from sorted values. */
export function conformalQuantile(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (p >= 0.5) return sorted[Math.min(n, Math.max(1, Math.ceil((n + 1) * p))) - 1];
  return sorted[Math.max(1, Math.min(n, Math.floor((n + 1) * p))) - 1];
}

/**
 * The conformal quantile at p of sorted errors, or, when they are too few for p ((n + 1)·p > n
 * for an upper quantile: 8 errors reach only 8/9 with the largest), the most extreme error
 * scaled by the ratio of normal quantiles z(p) / z(n / (n + 1)): an assumption (normal tails
 * beyond what was seen) rather than an interval narrower than its level.
 */
export function tailQuantile(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (p >= 0.5) {
    if (Math.ceil((n + 1) * p) <= n) return conformalQuantile(sorted, p);
    return sorted[n - 1] * (normalQuantile(p) / normalQuantile(n / (n + 1)));
  }
  if (Math.floor((n + 1) * p) >= 1) return conformalQuantile(sorted, p);
  return sorted[0] * (normalQuantile(p) / normalQuantile(1 / (n + 1)));
}

export type IntervalMethod = 'conformal' | 'conformal-after-break' | 'conformal-widened' | 'model';

/**
 * Log-ratio bounds for horizon h at a level, or undefined when the calibration has too
 * few errors there (the caller then keeps the model's interval).
 */
export function calibratedBounds(cal: Calibration, h: number, level: number, recent: boolean): { lower: number; upper: number; method: IntervalMethod } | undefined {
  const all = cal.all[h - 1]?.quantiles.find((q) => q.level === level);
  if (!all) return undefined;
  if (!recent) return { lower: all.lower, upper: all.upper, method: 'conformal' };
  const after = cal.recent[h - 1]?.quantiles.find((q) => q.level === level);
  if (after) return { lower: Math.min(all.lower, after.lower), upper: Math.max(all.upper, after.upper), method: 'conformal-after-break' };
  return { lower: all.lower * cal.widening, upper: all.upper * cal.widening, method: 'conformal-widened' };
}

/**
 * Log-ratio bounds widened by an independent error's quantiles at the same level, added in
 * quadrature (variances of independent errors add; exact for normal errors): an upper bound
 * u ≥ 0 becomes √(u² + q²), a lower bound l ≤ 0 becomes −√(l² + q²). Widened only: a quantile
 * on the wrong side of 0 (a biased error) adds nothing, so bounds are never moved inwards.
 */
export function addIndependentError(b: { lower: number; upper: number }, q: { lower: number; upper: number }): { lower: number; upper: number } {
  const up = Math.max(0, q.upper);
  const down = Math.max(0, -q.lower);
  return {
    lower: b.lower <= 0 ? -Math.hypot(b.lower, down) : b.lower - down,
    upper: b.upper >= 0 ? Math.hypot(b.upper, up) : b.upper + up,
  };
}

/** Applies log-ratio bounds around a point forecast. */
export function applyBounds(mean: number, offset: number, b: { lower: number; upper: number }): { lower: number; upper: number } {
  const base = Math.max(0, mean) + offset;
  return { lower: Math.max(0, base * Math.exp(b.lower) - offset), upper: base * Math.exp(b.upper) - offset };
}

/**
 * Widens a model's own interval around its mean by `factor` (used right after a break
 * when no calibration is possible).
 */
export function widenInterval(mean: number, lower: number, upper: number, factor: number): { lower: number; upper: number } {
  return { lower: Math.max(0, mean - (mean - lower) * factor), upper: mean + (upper - mean) * factor };
}
