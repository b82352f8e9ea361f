/**
 * A stated simple forecast for short weekly series (the INM files span about 85 weeks,
 * too short for the monthly models of src/analysis/forecast): the level is the mean of
 * the last `window` weeks, flat over the horizon. Its 80% interval comes from the
 * series' own history: at every past week w the ratio of what happened to the mean of the
 * `window` weeks before it; the 10th and 90th percentiles of those ratios scale the level.
 */
export interface WeeklyForecast {
  level: number;
  low80: number;
  high80: number;
  window: number;
  /** Past weeks the interval's ratios came from. */
  ratios: number;
}

export function forecastWeekly(series: number[], window: number): WeeklyForecast {
  if (series.length < window) throw new Error(`a weekly forecast needs at least ${window} weeks, found ${series.length}`);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const level = mean(series.slice(-window));
  const ratios: number[] = [];
  for (let w = window; w < series.length; w++) {
    const base = mean(series.slice(w - window, w));
    if (base > 0) ratios.push(series[w] / base);
  }
  if (ratios.length < 5) return { level, low80: level, high80: level, window, ratios: ratios.length };
  ratios.sort((a, b) => a - b);
  return { level, low80: level * quantile(ratios, 0.1), high80: level * quantile(ratios, 0.9), window, ratios: ratios.length };
}

/** Linear interpolation between order statistics (R's type 7). */
export function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]) - sorted[lo]);
}
