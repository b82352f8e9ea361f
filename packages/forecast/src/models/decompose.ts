/**
 * Classical seasonal decomposition by moving averages, as R's `stats::decompose`
 * (Kendall & Stuart 1983; Brockwell & Davis 1996, section 1.5): the trend is a centred
 * moving average of length `period` (a 2 x period MA for even periods), the seasonal figure
 * is the mean of the detrended values (y - trend, or y / trend when multiplicative) at each
 * position in the cycle, normalised to sum to 0 (additive) or to average 1 (multiplicative).
 * ETS uses it for initial seasonal states and Theta to seasonally adjust.
 */
import { mean } from './linear.js';

export interface Decomposition {
  /** Centred moving average; NaN for the first and last period/2 values. */
  trend: number[];
  /** Seasonal figure for positions 1..period of the cycle, the first position being y[0]'s. */
  figure: number[];
  /** The figure repeated over the series (same length as y). */
  seasonal: number[];
}

export function decompose(y: readonly number[], period: number, type: 'additive' | 'multiplicative'): Decomposition {
  const n = y.length;
  if (period <= 1 || n < 2 * period) {
    throw new Error(`decompose requires at least two full periods (${2 * period} observations), got ${n}`);
  }
  const filter: number[] =
    period % 2 === 0
      ? [0.5, ...new Array<number>(period - 1).fill(1), 0.5].map((w) => w / period)
      : new Array<number>(period).fill(1 / period);
  const nf = filter.length;
  const shift = Math.floor(nf / 2);
  // stats::filter(sides = 2): out[i] = sum_j filter[j] * y[i + shift - j], NA where incomplete.
  const trend = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    if (i + shift - (nf - 1) < 0 || i + shift >= n) {
      trend[i] = NaN;
      continue;
    }
    let z = 0;
    for (let j = 0; j < nf; j++) z += filter[j] * y[i + shift - j];
    trend[i] = z;
  }
  const detrended = y.map((v, i) => (type === 'additive' ? v - trend[i] : v / trend[i]));
  const figure = new Array<number>(period);
  for (let p = 0; p < period; p++) {
    const values: number[] = [];
    for (let i = p; i < n; i += period) if (!Number.isNaN(detrended[i])) values.push(detrended[i]);
    figure[p] = mean(values);
  }
  const centre = mean(figure);
  const normalised = figure.map((f) => (type === 'additive' ? f - centre : f / centre));
  const seasonal = y.map((_, i) => normalised[i % period]);
  return { trend, figure: normalised, seasonal };
}
