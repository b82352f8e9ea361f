/**
 * A stated simple forecast for short weekly series (the INM files span about 85 weeks,
 * too short for the monthly models of src/analysis/forecast), flat over the horizon.
 *
 * Level ('shift', the default): the mean of the last `window` weeks, unless the series has
 * shifted level within them: when the last m weeks (m from `minShiftWeeks` to window - 1)
 * all lie outside the range of the `window` weeks before them, on one side, and their mean
 * is at least `shiftFactor` times (or at most 1/shiftFactor of) the mean of those weeks, the
 * level is the mean of the weeks since the shift (the longest such m). So a fall from ~1,300 a
 * week to ~80 (Tamaulipas, 13 April 2026) is followed after two weeks instead of being
 * averaged with the old level for eight. 'mean' is the former method (the mean of the last
 * `window` weeks, always), kept for the back-test (bench/reception-forecast.ts).
 *
 * The 80% interval comes from the method's own record on the series: at every past origin,
 * the ratio of what happened 1 to `horizon` weeks later to what the method would have
 * forecast then; the 10th and 90th percentiles of those ratios scale the level. Transient
 * dips the method took for a shift (and the weeks it then missed) are in that record, so
 * the interval says how far a level just after a shift can be off.
 */
export type WeeklyMethod = 'mean' | 'shift';

export interface WeeklyOptions {
  method?: WeeklyMethod;
  /** Furthest week ahead the interval is measured for (1 = next week only). */
  horizon?: number;
  minShiftWeeks?: number;
  shiftFactor?: number;
}

export interface WeeklyForecast {
  level: number;
  low80: number;
  high80: number;
  window: number;
  method: WeeklyMethod;
  /** Weeks since a detected level shift (the level is their mean); null when none was found. */
  shiftWeeks: number | null;
  /** Past (origin, week ahead) pairs the interval's ratios came from. */
  ratios: number;
  /** Weeks ahead the interval covers (1 to horizon). */
  horizon: number;
}

export const SHIFT_DEFAULTS = { minShiftWeeks: 2, shiftFactor: 2 } as const;

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * How many of the last weeks follow a level shift (null: none), by the rule above: the
 * longest run of m ≥ minWeeks last weeks all below the minimum (or all above the maximum)
 * of the `window` weeks before them, whose mean differs from theirs by `factor` or more.
 */
export function shiftWeeks(series: number[], window: number, minWeeks: number = SHIFT_DEFAULTS.minShiftWeeks, factor: number = SHIFT_DEFAULTS.shiftFactor): number | null {
  for (let m = window - 1; m >= minWeeks; m--) {
    if (series.length < m + window) continue;
    const after = series.slice(-m);
    const before = series.slice(-m - window, -m);
    const lo = Math.min(...before);
    const hi = Math.max(...before);
    const a = mean(after);
    const b = mean(before);
    const down = after.every((x) => x < lo) && a * factor <= b;
    const up = after.every((x) => x > hi) && a >= factor * b;
    if (down || up) return m;
  }
  return null;
}

/** The flat level the method forecasts from `series` (its last week is the latest data). */
export function weeklyLevel(series: number[], window: number, opts: WeeklyOptions = {}): { level: number; shiftWeeks: number | null } {
  if ((opts.method ?? 'shift') === 'mean') return { level: mean(series.slice(-window)), shiftWeeks: null };
  const m = shiftWeeks(series, window, opts.minShiftWeeks, opts.shiftFactor);
  return m === null ? { level: mean(series.slice(-window)), shiftWeeks: null } : { level: mean(series.slice(-m)), shiftWeeks: m };
}

export function forecastWeekly(series: number[], window: number, opts: WeeklyOptions = {}): WeeklyForecast {
  if (series.length < window) throw new Error(`a weekly forecast needs at least ${window} weeks, found ${series.length}`);
  const method = opts.method ?? 'shift';
  const horizon = Math.max(1, opts.horizon ?? 1);
  const { level, shiftWeeks: since } = weeklyLevel(series, window, opts);
  const ratios: number[] = [];
  for (let o = window; o < series.length; o++) {
    const base = weeklyLevel(series.slice(0, o), window, opts).level;
    if (!(base > 0)) continue;
    for (let h = 1; h <= horizon && o + h - 1 < series.length; h++) ratios.push(series[o + h - 1] / base);
  }
  const out = { level, window, method, shiftWeeks: since, ratios: ratios.length, horizon };
  if (ratios.length < 5) return { ...out, low80: level, high80: level };
  ratios.sort((a, b) => a - b);
  return { ...out, low80: level * quantile(ratios, 0.1), high80: level * quantile(ratios, 0.9) };
}

/** Linear interpolation between order statistics (R's type 7). */
export function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]) - sorted[lo]);
}
