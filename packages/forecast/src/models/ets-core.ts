/**
 * The innovations state-space recursions of exponential smoothing (Hyndman, Koehler, Ord &
 * Snyder 2008, "Forecasting with Exponential Smoothing: the State Space Approach", Springer,
 * chapter 2, tables 2.2 and 2.3) and their Gaussian likelihood, as computed by
 * `etscalc` in R's forecast package.
 *
 * The state is a level l, an optional trend b and, for seasonal models, the last m seasonal
 * indices s (newest first). Each step makes the one-step forecast
 *   mu = (l + phi b) (+ s[m] or * s[m]),
 * takes the error e = y - mu (additive errors) or (y - mu) / mu (multiplicative errors), and
 * updates the state in error-correction form, which is the same for both error types:
 *   l' = q + alpha (p - q),  q = l + phi b,  p = y - s[m] or y / s[m] (or y)
 *   b' = phi b + (beta / alpha) (l' - l - phi b)
 *   s' = s[m] + gamma (t - s[m]),  t = y - q or y / q.
 * The criterion minimised by maximum likelihood (twice the negative log-likelihood, with
 * the error variance concentrated out) is
 *   n log(sum e^2)              for additive errors,
 *   n log(sum e^2) + 2 sum log|mu|  for multiplicative errors.
 * With opt.crit "mse", "amse" (and "tmse", "gtmse") the criterion is instead built from the
 * in-sample squared errors of the 1..nmse-step forecasts made from the state at each t, before
 * y[t] updates it: amse[h] is the mean over t (with t + h inside the data) of
 * (y[t+h-1] - f_t(h))^2, on the data's own scale for either error type, as etscalc's amse array.
 * Only additive (possibly damped) trends are supported: forecast::ets leaves multiplicative
 * trends out of automatic selection by default, and so does corridor.
 */

export type ErrorType = 'A' | 'M';
export type TrendType = 'N' | 'A';
export type SeasonType = 'N' | 'A' | 'M';

export interface EtsForm {
  error: ErrorType;
  trend: TrendType;
  damped: boolean;
  season: SeasonType;
}

export interface EtsParameters {
  alpha: number;
  /** 0 without a trend. */
  beta: number;
  /** 0 without seasonality. */
  gamma: number;
  /** 1 without damping. */
  phi: number;
}

/** "ETS(M,Ad,M)" */
export function formName(form: EtsForm): string {
  return `ETS(${form.error},${form.trend}${form.damped ? 'd' : ''},${form.season})`;
}

/**
 * Parses a model form written as R's ets model string plus an optional "d":
 * "ANN", "AAN", "AAdN", "MAdM", ...
 */
export function parseForm(text: string): EtsForm {
  const match = /^([AM])([NA])(d?)([NAM])$/.exec(text);
  if (!match) {
    throw new Error(
      `unknown ETS form "${text}": expected error A|M, trend N|A|Ad, season N|A|M, e.g. "ANN", "AAdN", "MAdM" (multiplicative trends are not supported)`,
    );
  }
  const [, error, trend, d, season] = match;
  if (d && trend === 'N') throw new Error(`ETS form "${text}": a damped trend needs a trend`);
  return { error: error as ErrorType, trend: trend as TrendType, damped: d === 'd', season: season as SeasonType };
}

/** Number of state values: level, trend, m seasonal indices. */
export function stateSize(form: EtsForm, m: number): number {
  return 1 + (form.trend !== 'N' ? 1 : 0) + (form.season !== 'N' ? m : 0);
}

const TOL = 1.0e-10;
const HUGEN = 1.0e10;
/** Most horizons of the multi-step criteria (R: nmse <= 30). */
export const MAX_NMSE = 30;

/**
 * Runs the recursions over y from an initial state. Reuses its buffers between calls, so the
 * optimizer can evaluate the likelihood thousands of times without allocating.
 */
export class EtsFilter {
  readonly n: number;
  readonly m: number;
  readonly form: EtsForm;
  readonly y: Float64Array;
  /** One-step errors of the last run (relative errors for multiplicative models). */
  readonly e: Float64Array;
  /** One-step forecasts of the last run. */
  readonly fitted: Float64Array;
  /** Mean squared one-step error (y - mu)^2 of the last run, when requested (opt.crit "mse"). */
  mse = NaN;
  /**
   * amse[h - 1]: mean squared h-step error of the last run for h = 1..nmse (etscalc's amse
   * array), when requested; amse[0] is `mse`. Entries past the requested nmse are 0.
   */
  readonly amse = new Float64Array(MAX_NMSE);
  /** Number of horizons amse was computed for in the last run (0 when not requested). */
  nmse = 0;
  /**
   * forecast <= 9.0.2's etscalc extends the damped sum of its multi-step forecasts by phi^h
   * where the model has phi^(h+1) (h = 2: 2 phi b for (phi + phi^2) b; fixed upstream in
   * June 2026, commit b500142b). true reproduces that, for the reference tests against R 8.20;
   * the default uses the model's forecasts (etsPointForecast). Undamped forms are the same.
   */
  legacyDampedAmse = false;
  private readonly amseCount = new Float64Array(MAX_NMSE);
  private readonly phistar = new Float64Array(MAX_NMSE);
  /** Final state after the last run: l, b?, s (newest first). */
  readonly last: Float64Array;
  private readonly seasonal: Float64Array;
  private readonly mseasons: number;

  constructor(y: ArrayLike<number>, m: number, form: EtsForm) {
    this.n = y.length;
    this.form = form;
    this.m = form.season === 'N' ? 1 : m;
    this.mseasons = form.season === 'N' ? 0 : m;
    this.y = Float64Array.from(y as ArrayLike<number>);
    this.e = new Float64Array(this.n);
    this.fitted = new Float64Array(this.n);
    this.last = new Float64Array(stateSize(form, m));
    this.seasonal = new Float64Array(Math.max(this.mseasons, 1));
  }

  /**
   * Twice the negative concentrated log-likelihood ("lik" in forecast::ets) for the initial
   * state `x0` (l, b?, s newest first) and parameters. With `withMse` (true, or a number of
   * horizons nmse, 1..30), also the mean squared 1..nmse-step errors (`amse`, `mse`),
   * accumulated as running means the way etscalc does.
   */
  run(x0: ArrayLike<number>, p: EtsParameters, withMse: boolean | number = false): number {
    const { n, y, e, fitted } = this;
    const trend = this.form.trend !== 'N';
    const season = this.form.season;
    const multErr = this.form.error === 'M';
    const m = this.mseasons;
    const s = this.seasonal;
    const { alpha, beta, gamma, phi } = p;
    let l = x0[0];
    let b = trend ? x0[1] : 0;
    const off = trend ? 2 : 1;
    for (let j = 0; j < m; j++) s[j] = x0[off + j];
    // Circular buffer: s[head] is the newest seasonal index, s[(head + m - 1) % m] the oldest.
    let head = 0;
    const nmse = withMse === false ? 0 : withMse === true ? 1 : Math.min(Math.max(1, Math.floor(withMse)), MAX_NMSE);
    const amse = this.amse;
    const count = this.amseCount;
    const phistar = this.phistar;
    amse.fill(0);
    count.fill(0);
    if (nmse > 1) {
      // phistar[j] = phi + phi^2 + ... + phi^(j+1), the damped sum of the (j+1)-step forecast.
      phistar[0] = phi;
      const one = Math.abs(phi - 1) < TOL;
      for (let j = 1; j < nmse; j++) {
        phistar[j] = phistar[j - 1] + (one ? 1 : Math.pow(phi, this.legacyDampedAmse ? j : j + 1));
      }
    }
    let sse = 0;
    let sumlog = 0;
    for (let i = 0; i < n; i++) {
      const oldest = m > 0 ? (head === 0 ? m - 1 : head - 1) : 0;
      const sOld = m > 0 ? s[oldest] : 0;
      // One-step forecast.
      let f = trend ? l + phi * b : l;
      if (season === 'A') f += sOld;
      else if (season === 'M') f *= sOld;
      fitted[i] = f;
      const yi = y[i];
      const err = multErr ? (yi - f) / f : yi - f;
      e[i] = err;
      if (nmse > 0) {
        const d = yi - f;
        amse[0] = (amse[0] * i + d * d) / (i + 1);
        count[0] = i + 1;
        for (let j = 1; j < nmse && i + j < n; j++) {
          let fj = trend ? l + phistar[j] * b : l;
          if (m > 0) {
            // Newest-first index m - 1 - j (mod m): the same month a year before the target.
            let k = m - 1 - j;
            while (k < 0) k += m;
            const sj = s[(head + k) % m];
            fj = season === 'A' ? fj + sj : fj * sj;
          }
          const dj = y[i + j] - fj;
          const c = count[j] + 1;
          amse[j] = (amse[j] * (c - 1) + dj * dj) / c;
          count[j] = c;
        }
      }
      // State update.
      let q: number;
      let phib = 0;
      if (trend) {
        phib = phi * b;
        q = l + phib;
      } else {
        q = l;
      }
      let pv: number;
      if (season === 'N') pv = yi;
      else if (season === 'A') pv = yi - sOld;
      else pv = Math.abs(sOld) < TOL ? HUGEN : yi / sOld;
      const lNew = q + alpha * (pv - q);
      if (trend) {
        const r = lNew - l;
        b = phib + (beta / alpha) * (r - phib);
      }
      if (m > 0) {
        let t: number;
        if (season === 'A') t = yi - q;
        else t = Math.abs(q) < TOL ? HUGEN : yi / q;
        s[oldest] = sOld + gamma * (t - sOld);
        head = oldest;
      }
      l = lNew;
      sse += err * err;
      if (multErr) sumlog += Math.log(Math.abs(f));
    }
    this.mse = nmse > 0 ? amse[0] : NaN;
    this.nmse = nmse;
    let lik = n * Math.log(sse);
    if (multErr) lik += 2 * sumlog;
    const last = this.last;
    last[0] = l;
    if (trend) last[1] = b;
    for (let j = 0; j < m; j++) last[off + j] = s[(head + j) % m];
    return lik;
  }
}

/**
 * Point forecasts h = 1..H from a state (l, b?, s newest first): l + (phi + ... + phi^h) b,
 * plus or times the seasonal index of the same month last year.
 */
export function etsPointForecast(state: ArrayLike<number>, m: number, form: EtsForm, phi: number, h: number): number[] {
  const trend = form.trend !== 'N';
  const l = state[0];
  const b = trend ? state[1] : 0;
  const off = trend ? 2 : 1;
  const out = new Array<number>(h);
  let phistar = phi;
  for (let i = 0; i < h; i++) {
    let f = trend ? l + phistar * b : l;
    if (form.season !== 'N') {
      let j = m - 1 - i;
      while (j < 0) j += m;
      const sj = state[off + j];
      f = form.season === 'A' ? f + sj : f * sj;
    }
    out[i] = f;
    // phi + phi^2 + ... + phi^(i+2) for the next step. (forecast <= 9.0.2's C helper adds
    // phi^(i+1) here, which matters only for its multi-step "amse" criterion and simulated
    // means; EtsFilter.legacyDampedAmse reproduces it.)
    if (i < h - 1) phistar += Math.pow(phi, i + 2);
  }
  return out;
}

/**
 * Simulates one future path of length h from a state, with the given innovations (for
 * multiplicative errors, innovations below -1 are truncated at -1 as R does).
 */
export function etsSimulatePath(
  state: ArrayLike<number>,
  m: number,
  form: EtsForm,
  p: EtsParameters,
  innovations: ArrayLike<number>,
  out: Float64Array,
): void {
  const trend = form.trend !== 'N';
  const season = form.season;
  const ms = season === 'N' ? 0 : m;
  let l = state[0];
  let b = trend ? state[1] : 0;
  const off = trend ? 2 : 1;
  const s = new Float64Array(Math.max(ms, 1));
  for (let j = 0; j < ms; j++) s[j] = state[off + j];
  let head = 0;
  for (let i = 0; i < out.length; i++) {
    const oldest = ms > 0 ? (head + ms - 1) % ms : 0;
    const sOld = ms > 0 ? s[oldest] : 0;
    let f = trend ? l + p.phi * b : l;
    if (season === 'A') f += sOld;
    else if (season === 'M') f *= sOld;
    const e = innovations[i];
    const yi = form.error === 'A' ? f + e : f * (1 + Math.max(-1, e));
    out[i] = yi;
    const phib = trend ? p.phi * b : 0;
    const q = l + phib;
    let pv: number;
    if (season === 'N') pv = yi;
    else if (season === 'A') pv = yi - sOld;
    else pv = Math.abs(sOld) < TOL ? HUGEN : yi / sOld;
    const lNew = q + p.alpha * (pv - q);
    if (trend) b = phib + (p.beta / p.alpha) * (lNew - l - phib);
    if (ms > 0) {
      const t = season === 'A' ? yi - q : Math.abs(q) < TOL ? HUGEN : yi / q;
      s[oldest] = sOld + p.gamma * (t - sOld);
      head = oldest;
    }
    l = lNew;
  }
}
