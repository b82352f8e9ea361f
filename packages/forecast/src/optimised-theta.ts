/**
 * The optimised Theta models of Fiorucci, Pellegrini, Louzada, Petropoulos & Koehler (2016),
 * "Models for optimising the theta method and their relationship to state space models",
 * International Journal of Forecasting 32, 1151-1161: the Optimised Theta Model (OTM) and the
 * Dynamic Optimised Theta Model (DOTM), in which theta is estimated (theta >= 1) rather than fixed
 * at 2 as in the standard Theta method (`models/theta.ts`, forecast::thetaf).
 *
 * Two theta lines: the regression line A + B t (t = 1..n) and Z_t(theta) = theta Y_t + (1 - theta)(A + B t),
 * extrapolated by simple exponential smoothing; the forecast weighs them 1 - 1/theta and 1/theta.
 * The paper's state-space form (its section 3), with c = 1 - 1/theta:
 *
 *   mu_t   = l_{t-1} + c ((1 - alpha)^{t-1} A_{t-1} + B_{t-1} (1 - (1 - alpha)^t) / alpha)
 *   l_t    = alpha Y_t + (1 - alpha) l_{t-1}
 *
 * OTM: A_t = A_n and B_t = B_n, the least-squares line of the whole series (t = 1..n), for every t;
 * the h-step forecast is then mu_{n+h} = l_n + c ((1 - alpha)^n A_n + B_n ((h - 1) + (1 - (1 - alpha)^{n+1}) / alpha)),
 * which the recursion continued with Y_{n+k} = mu_{n+k} gives (tested).
 * DOTM: A_t and B_t are the least-squares line of Y_1..Y_t, updated recursively
 * (Ybar_t = ((t - 1) Ybar_{t-1} + Y_t) / t; B_t = ((t - 2) B_{t-1} + 6 (Y_t - Ybar_{t-1}) / t) / (t + 1);
 * A_t = Ybar_t - B_t (t + 1) / 2), starting from A_1 = Y_1, B_1 = 0 and mu_1 = Y_1; the forecasts continue
 * the same recursion with each forecast taken as the next observation (so the line moves with them),
 * as the authors' R package forecTheta computes them.
 *
 * Estimation (as forecTheta's `otm` and `dotm`): l_0, alpha and theta minimise the in-sample sum of
 * squared one-step errors (Y_t - mu_t)^2 (t = 1..n for OTM; t = 3..n for DOTM, whose first two
 * one-step forecasts rest on one and two observations), by Nelder-Mead from (Y_1 / 2, 0.5, 2) with
 * alpha in [0.1, 0.99] and theta >= 1 (the objective is infinite outside). Errors are divided by the
 * mean absolute value of the series, as forecTheta does (this changes only the optimiser's path).
 * `theta` fixes theta (theta = 2: the paper's Standard Theta Model, STM / DSTM) and estimates l_0 and
 * alpha only.
 *
 * Seasonality as the package's Theta method does it (`thetaSeasonalityTest`, multiplicative classical
 * decomposition, the last period's indices repeated; forecTheta's test uses 1.64 where thetaf uses
 * qnorm(0.95) = 1.645). On the log scale when `options.log`, like every model of the package.
 *
 * Intervals (an assumption; forecTheta simulates 200 paths): normal, sigma sqrt(1 + (h - 1) alpha^2)
 * around the forecast, the standard error of SES that thetaf uses, with sigma^2 the mean squared
 * one-step error over the scored observations times (number scored) / (number scored - 3); multiplied
 * by the seasonal index only through the mean, as thetaf does.
 *
 * Relation to thetaf (Hyndman & Billah 2003): with theta = 2 and thetaf's alpha and initial level,
 * OTM's forecast is thetaf's plus (1 - alpha)^n (A_n + B_n) / 2, the term thetaf's closed form leaves
 * out (tested to 1e-10); thetaf also estimates alpha and l_0 by SES without the drift, here they are
 * estimated with it.
 */
import type { FittedModel, Forecast, ForecastModel, ModelOptions } from './model.js';
import { decompose } from './models/decompose.js';
import { nelderMead } from './models/nelder-mead.js';
import { thetaSeasonalityTest } from './models/theta.js';
import { checkHorizon, checkSeries, isConstant, ModelInputError, normalIntervals, toDataScale } from './models/validate.js';

export interface OptimisedThetaOptions {
  /** DOTM (the line re-estimated at every t) instead of OTM (default false). */
  dynamic?: boolean;
  /** Theta fixed at this value (>= 1) instead of estimated; 2 gives the STM (DSTM with `dynamic`). */
  theta?: number;
  /** The model's id (default 'otm', 'dotm', or with a fixed theta `otm-theta2`...). */
  id?: string;
}

export interface TwoLinesParameters {
  /** Initial level l_0. */
  level0: number;
  alpha: number;
  theta: number;
}

export interface TwoLinesPath {
  /** One-step forecasts mu_1..mu_n, then the forecasts mu_{n+1}..mu_{n+h}. */
  mu: number[];
  /** Levels l_1..l_{n+h}. */
  level: number[];
  /** The line's intercept and slope used at each t (1..n+h). */
  a: number[];
  b: number[];
}

/** Least-squares line of y on t = 1..n: intercept A (at t = 0) and slope B. */
export function thetaLine(y: readonly number[]): { a: number; b: number } {
  const n = y.length;
  if (n < 2) return { a: n ? y[0] : 0, b: 0 };
  let mean = 0;
  let ty = 0;
  for (let i = 0; i < n; i++) {
    mean += y[i] / n;
    ty += ((i + 1) * y[i]) / n;
  }
  const b = (6 * (2 * ty - (1 + n) * mean)) / (n * n - 1);
  return { a: mean - ((n + 1) * b) / 2, b };
}

/**
 * The state-space recursion of OTM (`dynamic` false) or DOTM over y, continued h steps with each
 * forecast taken as the next observation.
 */
export function twoLinesPath(y: readonly number[], par: TwoLinesParameters, dynamic: boolean, h = 0): TwoLinesPath {
  const n = y.length;
  const { level0, alpha, theta } = par;
  const c = 1 - 1 / theta;
  const total = n + h;
  const mu = new Array<number>(total);
  const level = new Array<number>(total);
  const a = new Array<number>(total);
  const b = new Array<number>(total);
  const line = dynamic ? undefined : thetaLine(y);
  const yy = (y as number[]).slice();
  let mean = yy[0];
  if (line) {
    a[0] = line.a;
    b[0] = line.b;
    mu[0] = level0 + c * (line.a + line.b);
  } else {
    a[0] = yy[0];
    b[0] = 0;
    mu[0] = yy[0];
  }
  level[0] = alpha * yy[0] + (1 - alpha) * level0;
  for (let i = 1; i < total; i++) {
    // i is the number of observations known (forecTheta's i; 0-based index of the next one).
    mu[i] = level[i - 1] + c * (a[i - 1] * (1 - alpha) ** i + (b[i - 1] * (1 - (1 - alpha) ** (i + 1))) / alpha);
    if (i >= n) yy[i] = mu[i];
    level[i] = alpha * yy[i] + (1 - alpha) * level[i - 1];
    const previousMean = mean;
    mean = (i * mean + yy[i]) / (i + 1);
    if (line) {
      a[i] = line.a;
      b[i] = line.b;
    } else {
      b[i] = ((i - 1) * b[i - 1] + (6 * (yy[i] - previousMean)) / (i + 1)) / (i + 2);
      a[i] = mean - (b[i] * (i + 2)) / 2;
    }
  }
  return { mu, level, a, b };
}

export const ALPHA_BOUNDS = [0.1, 0.99] as const;

/** The first one-step error scored: 1 for OTM, 3 for DOTM (forecTheta's). */
const firstScored = (dynamic: boolean) => (dynamic ? 3 : 1);

/** Sum of squared one-step errors divided by `scale` (forecTheta's objective). */
export function twoLinesSse(y: readonly number[], par: TwoLinesParameters, dynamic: boolean, scale = 1): number {
  const { mu } = twoLinesPath(y, par, dynamic);
  let s = 0;
  for (let t = firstScored(dynamic) - 1; t < y.length; t++) s += ((y[t] - mu[t]) / scale) ** 2;
  return s;
}

export interface OptimisedThetaFittedModel extends FittedModel {
  seasonal: boolean;
  level0: number;
  alpha: number;
  theta: number;
  sigma2: number;
}

/**
 * Estimates l_0, alpha and theta (or l_0 and alpha with `fixedTheta`) on the series as given (no
 * seasonal adjustment), from forecTheta's start (start[0] the first observation halved unless given).
 */
export function estimateTwoLines(
  y: readonly number[],
  dynamic: boolean,
  fixedTheta?: number,
  start?: TwoLinesParameters,
): TwoLinesParameters & { sse: number } {
  const scale = y.reduce((s, v) => s + Math.abs(v), 0) / y.length || 1;
  const s0 = start ?? { level0: y[0] / 2, alpha: 0.5, theta: 2 };
  const toPar = (x: ArrayLike<number>): TwoLinesParameters => ({ level0: x[0], alpha: x[1], theta: fixedTheta ?? x[2] });
  const objective = (x: Float64Array): number => {
    const p = toPar(x);
    if (p.alpha < ALPHA_BOUNDS[0] || p.alpha > ALPHA_BOUNDS[1] || p.theta < 1) return Infinity;
    return twoLinesSse(y, p, dynamic, scale);
  };
  const x0 = fixedTheta === undefined ? [s0.level0, s0.alpha, s0.theta] : [s0.level0, s0.alpha];
  const result = nelderMead(objective, x0);
  const par = toPar(result.par);
  return { ...par, sse: twoLinesSse(y, par, dynamic) };
}

/** OTM, DOTM, or either with theta fixed (see the file's comment). */
export function createOptimisedThetaModel(options: OptimisedThetaOptions = {}): ForecastModel {
  const dynamic = !!options.dynamic;
  const fixedTheta = options.theta;
  if (fixedTheta !== undefined && !(fixedTheta >= 1)) throw new ModelInputError(`optimised theta: theta must be at least 1, got ${fixedTheta}`);
  const id = options.id ?? `${dynamic ? 'dotm' : 'otm'}${fixedTheta !== undefined ? `-theta${fixedTheta}` : ''}`;
  return {
    id,
    minLength: () => 7,
    fit(y: number[], modelOptions: ModelOptions): OptimisedThetaFittedModel {
      const m = modelOptions.period;
      const x = checkSeries(y, modelOptions, { model: id, minLength: 7 });
      const n = x.length;
      let seasonal = thetaSeasonalityTest(x, m);
      let indices: number[] = [];
      let adjusted = x;
      if (seasonal) {
        const decomposition = decompose(x, m, 'multiplicative');
        if (decomposition.seasonal.some((s) => Math.abs(s) < 1e-4)) seasonal = false;
        else {
          indices = decomposition.seasonal;
          adjusted = x.map((v, i) => v / indices[i]);
        }
      }
      let par: TwoLinesParameters;
      if (isConstant(adjusted)) par = { level0: adjusted[0], alpha: ALPHA_BOUNDS[1], theta: fixedTheta ?? 1 };
      else par = estimateTwoLines(adjusted, dynamic, fixedTheta, { level0: x[0] / 2, alpha: 0.5, theta: 2 });
      const path = twoLinesPath(adjusted, par, dynamic);
      const first = firstScored(dynamic) - 1;
      let sse = 0;
      for (let t = first; t < n; t++) sse += (adjusted[t] - path.mu[t]) ** 2;
      const scored = n - first;
      const sigma2 = sse / Math.max(1, scored - (fixedTheta === undefined ? 3 : 2));
      const back = (v: number) => (modelOptions.log ? Math.exp(v) : v);
      const { alpha, theta, level0 } = par;
      return {
        name: `${dynamic ? 'DOTM' : 'OTM'} (theta ${theta.toFixed(2)}${seasonal ? `, seasonally adjusted, period ${m}` : ''})`,
        fitted: path.mu.map((f, i) => back(seasonal ? f * indices[i] : f)),
        parameters: { level0, alpha, theta, sigma2, seasonal: seasonal ? 1 : 0 },
        seasonal,
        level0,
        alpha,
        theta,
        sigma2,
        forecast(h: number, levels: number[]): Forecast {
          checkHorizon(id, h, levels);
          const ahead = twoLinesPath(adjusted, par, dynamic, h).mu.slice(n);
          const mean = ahead.map((f, i) => (seasonal ? f * indices[n - m + (i % m)] : f));
          const se = mean.map((_, i) => Math.sqrt(sigma2 * (1 + i * alpha * alpha)));
          return toDataScale(normalIntervals(mean, se, levels), modelOptions.log);
        },
      };
    },
  };
}

/** The Optimised Theta Model. */
export const optimisedThetaModel: ForecastModel = createOptimisedThetaModel();
/** The Dynamic Optimised Theta Model. */
export const dynamicOptimisedThetaModel: ForecastModel = createOptimisedThetaModel({ dynamic: true });
