/**
 * Starting values for ETS estimation, as forecast::ets chooses them (functions `initparam`
 * and `initstate`; Hyndman et al. 2008, section 2.6.1):
 *
 * - smoothing parameters a fixed fraction into their bounds: alpha = l + 0.2 (u - l) / m,
 *   beta = 0.1 of its range, gamma = 0.05 of its range, phi = 0.978;
 * - seasonal indices from a classical decomposition of the whole series (or, with fewer
 *   than three years, from a regression on a linear trend and one pair of Fourier terms);
 * - level and trend from a straight line fitted to the first max(10, 2m) seasonally adjusted
 *   values (the level alone, without a trend, is their mean).
 *
 * The starting point matters because the likelihood has several optima; starting where R
 * starts is what makes the optimizer end where R ends.
 */
import { decompose } from './decompose.js';
import { DEFAULT_BOUNDS, type Bounds } from './ets-admissible.js';
import type { EtsForm } from './ets-core.js';
import { leastSquares, mean } from './linear.js';

export interface StartingParameters {
  alpha: number;
  beta?: number;
  gamma?: number;
  phi?: number;
}

/** Initial smoothing parameters (m is 1 for non-seasonal models). */
export function initialParameters(form: EtsForm, m: number, bounds: Bounds = DEFAULT_BOUNDS): StartingParameters {
  const lower = bounds.lower.slice();
  const upper = bounds.upper.slice();
  let alpha = lower[0] + (0.2 * (upper[0] - lower[0])) / m;
  if (alpha > 1 || alpha < 0) alpha = lower[0] + 0.002;
  const out: StartingParameters = { alpha };
  if (form.trend !== 'N') {
    upper[1] = Math.min(upper[1], alpha);
    let beta = lower[1] + 0.1 * (upper[1] - lower[1]);
    if (beta < 0 || beta > alpha) beta = alpha - 0.001;
    out.beta = beta;
  }
  if (form.season !== 'N') {
    upper[2] = Math.min(upper[2], 1 - alpha);
    let gamma = lower[2] + 0.05 * (upper[2] - lower[2]);
    if (gamma < 0 || gamma > 1 - alpha) gamma = 1 - alpha - 0.001;
    out.gamma = gamma;
  }
  if (form.damped) {
    let phi = lower[3] + 0.99 * (upper[3] - lower[3]);
    if (phi < 0 || phi > 1) phi = upper[3] - 0.001;
    out.phi = phi;
  }
  return out;
}

/**
 * Initial states: level, trend (if any) and the m - 1 free seasonal indices, newest first
 * (the m-th is implied: the indices sum to 0, or to m when multiplicative).
 * @throws Error when the series is too short for a seasonal model.
 */
export function initialStates(y: readonly number[], m: number, form: EtsForm): number[] {
  const n = y.length;
  let ySA: number[];
  let seasonalStates: number[] = [];
  if (form.season !== 'N') {
    if (n < 4) throw new Error('ets: not enough data for a seasonal model');
    let seasonal: number[];
    if (n < 3 * m) {
      // Regression on a linear trend and the first Fourier pair (forecast's fourier(y, 1)).
      const t = Array.from({ length: n }, (_, i) => i + 1);
      const fit = leastSquares(
        [
          t.map(() => 1),
          t,
          t.map((ti) => Math.sin(2 * Math.PI * (ti / m))),
          t.map((ti) => Math.cos(2 * Math.PI * (ti / m))),
        ],
        y,
      );
      const [c0, c1] = fit.coefficients;
      seasonal = y.map((v, i) => (form.season === 'A' ? v - c0 - c1 * (i + 1) : v / (c0 + c1 * (i + 1))));
    } else {
      seasonal = decompose(y, m, form.season === 'A' ? 'additive' : 'multiplicative').seasonal;
    }
    // rev(seasonal[2:m]) in R: positions m, m-1, ..., 2 of the first cycle.
    seasonalStates = [];
    for (let k = m - 1; k >= 1; k--) seasonalStates.push(seasonal[k]);
    if (form.season === 'A') {
      ySA = y.map((v, i) => v - seasonal[i]);
    } else {
      seasonalStates = seasonalStates.map((s) => Math.max(s, 0.01));
      const total = seasonalStates.reduce((a, b) => a + b, 0);
      if (total > m) {
        const denom = seasonalStates.reduce((a, b) => a + b + 0.01, 0);
        seasonalStates = seasonalStates.map((s) => s / denom);
      }
      ySA = y.map((v, i) => v / Math.max(seasonal[i], 0.01));
    }
  } else {
    ySA = y.slice();
    m = 1;
  }
  const maxn = Math.min(Math.max(10, 2 * m), ySA.length);
  if (form.trend === 'N') return [mean(ySA, 0, maxn), ...seasonalStates];
  const x = Array.from({ length: maxn }, (_, i) => i + 1);
  const fit = leastSquares([x.map(() => 1), x], ySA.slice(0, maxn));
  let [l0, b0] = fit.coefficients;
  if (Math.abs(l0 + b0) < 1e-8) {
    l0 *= 1 + 0.001;
    b0 *= 1 - 0.001;
  }
  return [l0, b0, ...seasonalStates];
}

/** The full initial state (l, b?, all m seasonal indices newest first) from the free values. */
export function completeState(free: ArrayLike<number>, form: EtsForm, m: number): Float64Array {
  const nfree = free.length;
  const seasonal = form.season !== 'N';
  const out = new Float64Array(nfree + (seasonal ? 1 : 0));
  for (let i = 0; i < nfree; i++) out[i] = free[i];
  if (seasonal) {
    const start = form.trend !== 'N' ? 2 : 1;
    let sum = 0;
    for (let i = start; i < nfree; i++) sum += free[i];
    out[nfree] = (form.season === 'M' ? m : 0) - sum;
  }
  return out;
}
