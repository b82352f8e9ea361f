/**
 * How many differences a series needs before an ARMA model, as forecast::auto.arima decides
 * by default (Hyndman & Khandakar 2008, "Automatic time series forecasting: the forecast
 * package for R", Journal of Statistical Software 27(3)):
 *
 * - seasonal differences (nsdiffs, test "seas"): one when the seasonal strength of an STL
 *   decomposition (stl.ts) exceeds 0.64 (Wang, Smith & Hyndman 2006), never more than one;
 * - first differences (ndiffs, test "kpss"): while the KPSS level-stationarity statistic
 *   (Kwiatkowski, Phillips, Schmidt & Shin 1992) exceeds its 5% critical value 0.463, at
 *   most twice. The long-run variance uses a Bartlett kernel with trunc(3 sqrt(n) / 13)
 *   lags, as forecast passes to urca::ur.kpss.
 */
import { seasonalStrength } from './stl.js';
import { isConstant } from './validate.js';

/** Lag-`lag` differences applied `times` times. */
export function difference(x: readonly number[], lag = 1, times = 1): number[] {
  let out = x.slice();
  for (let k = 0; k < times; k++) out = out.slice(lag).map((v, i) => v - out[i]);
  return out;
}

/** The KPSS statistic for level stationarity with `lags` Bartlett lags. */
export function kpssStatistic(x: readonly number[], lags = Math.trunc((3 * Math.sqrt(x.length)) / 13)): number {
  const n = x.length;
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const e = x.map((v) => v - mean);
  let S = 0;
  let num = 0;
  for (const v of e) {
    S += v;
    num += S * S;
  }
  num /= n * n;
  let s2 = e.reduce((a, v) => a + v * v, 0) / n;
  for (let l = 1; l <= lags; l++) {
    let cov = 0;
    for (let t = l; t < n; t++) cov += e[t] * e[t - l];
    s2 += (2 / n) * (1 - l / (lags + 1)) * cov;
  }
  return num / s2;
}

/** Number of first differences (0..maxD) by repeated KPSS tests at 5%. */
export function ndiffs(x: readonly number[], maxD = 2): number {
  let d = 0;
  let series = x.slice();
  if (isConstant(series)) return 0;
  let diff = kpssStatistic(series) > 0.463;
  while (diff && d < maxD) {
    d++;
    series = difference(series);
    if (isConstant(series)) return d;
    diff = kpssStatistic(series) > 0.463;
  }
  return d;
}

/** Number of seasonal differences (0 or 1) by the seasonal-strength heuristic. */
export function nsdiffs(x: readonly number[], period: number): number {
  if (period <= 1 || isConstant(x) || period >= x.length) return 0;
  let strength: number;
  try {
    strength = seasonalStrength(x, period);
  } catch {
    return 0; // stl needs more than two periods; forecast then warns and uses 0
  }
  return strength > 0.64 ? 1 : 0;
}
