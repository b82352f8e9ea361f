/**
 * Estimation of one seasonal ARIMA(p,d,q)(P,D,Q)[m] as R's stats::arima does with method
 * "CSS-ML" (or "CSS"), with forecast::Arima's conventions (see arima.ts for the method and
 * arima-core.ts for the numerical core): starting values and parameter scales, CSS by BFGS,
 * then exact maximum likelihood by BFGS on transformed parameters, MA roots flipped to
 * invertibility, the likelihood-based criteria and forecast's sigma^2, and the Kalman
 * forecasts with their standard errors.
 */
import {
  armaCss,
  armaCssDifferenced,
  cssDifference,
  arimaLikelihood,
  differencingDelta,
  gradTrans,
  invTrans,
  kalmanForecast,
  makeArima,
  transPars,
  undoPars,
  type Arma,
  type ArimaStateSpace,
} from './arima-core.js';
import { difference } from './arima-differencing.js';
import { bfgs, numericHessian } from './bfgs.js';
import { solve } from './linear.js';
import { polyroot, type Complex } from './polyroot.js';
import { ModelInputError } from './validate.js';

export interface ArimaOrder {
  p: number;
  d: number;
  q: number;
  P: number;
  D: number;
  Q: number;
}

export type Constant = 'none' | 'mean' | 'drift';

/** One fitted ARIMA as stats::arima returns it, with forecast::Arima's extras. */
export interface ArimaFit {
  order: ArimaOrder;
  period: number;
  constant: Constant;
  arma: Arma;
  /** Coefficients ar1.., ma1.., sar1.., sma1.., then intercept or drift. */
  coef: Record<string, number>;
  coefValues: number[];
  /** Final state (filtered to the end of the series): the start of forecasts. */
  model: ArimaStateSpace;
  residuals: number[];
  loglik: number;
  aic: number;
  aicc: number;
  bic: number;
  /** forecast's sigma^2: sum of squared residuals / (n* - k + 1). */
  sigma2: number;
  /** stats::arima's sigma^2: the innovation variance estimate (CSS: mean squared CSS residual). */
  statsSigma2: number;
  nstar: number;
  /**
   * Whether the coefficient variances (inverse numerical Hessian, as stats::arima's var.coef)
   * have a non-negative diagonal; auto.arima rejects a model otherwise. Computed on demand
   * (it costs 4 k^2 likelihood evaluations); throws when the Hessian is singular, which makes
   * stats::arima fail.
   */
  varianceOk: () => boolean;
  method: 'CSS-ML' | 'CSS';
}

export function arimaName(order: ArimaOrder, period: number, constant: Constant): string {
  let s = `ARIMA(${order.p},${order.d},${order.q})`;
  if (period > 1 && order.P + order.D + order.Q > 0) s += `(${order.P},${order.D},${order.Q})[${period}]`;
  if (constant === 'mean') s += ' with non-zero mean';
  else if (constant === 'drift') s += ' with drift';
  else if (order.d + order.D === 0) s += ' with zero mean';
  return s;
}

/** All roots of 1 - ar_1 z - ... outside the unit circle (stats::arima's arCheck). */
function arCheck(ar: readonly number[]): boolean {
  const poly = [1, ...ar.map((v) => -v)];
  let p = poly.length - 1;
  while (p > 0 && poly[p] === 0) p--;
  if (p === 0) return true;
  return polyroot(poly.slice(0, p + 1)).every((r) => Math.hypot(r.re, r.im) > 1);
}

/** Reflects MA roots inside the unit circle to their inverses (stats::arima's maInvert). */
function maInvert(ma: readonly number[]): number[] {
  const q = ma.length;
  const poly = [1, ...ma];
  let q0 = poly.length - 1;
  while (q0 > 0 && poly[q0] === 0) q0--;
  if (q0 === 0) return ma.slice();
  const roots = polyroot(poly.slice(0, q0 + 1));
  const inside = roots.map((r) => Math.hypot(r.re, r.im) < 1);
  if (!inside.some(Boolean)) return ma.slice();
  if (q0 === 1) return [1 / ma[0], ...new Array<number>(q - q0).fill(0)];
  const flipped: Complex[] = roots.map((r, i) => {
    if (!inside[i]) return r;
    const m2 = r.re * r.re + r.im * r.im;
    return { re: r.re / m2, im: -r.im / m2 };
  });
  // x <- 1; for (r in roots) x <- c(x, 0) - c(0, x) / r
  let xr = [1];
  let xi = [0];
  for (const r of flipped) {
    const m2 = r.re * r.re + r.im * r.im;
    const nr = new Array<number>(xr.length + 1).fill(0);
    const ni = new Array<number>(xr.length + 1).fill(0);
    for (let k = 0; k < xr.length; k++) {
      nr[k] += xr[k];
      ni[k] += xi[k];
      // c(0, x)/r: (a + bi)(re - i im)/|r|^2
      nr[k + 1] -= (xr[k] * r.re + xi[k] * r.im) / m2;
      ni[k + 1] -= (xi[k] * r.re - xr[k] * r.im) / m2;
    }
    xr = nr;
    xi = ni;
  }
  return [...xr.slice(1), ...new Array<number>(q - q0).fill(0)];
}

export function regressorColumn(constant: Constant, n: number): number[] | undefined {
  if (constant === 'mean') return new Array<number>(n).fill(1);
  if (constant === 'drift') return Array.from({ length: n }, (_, i) => i + 1);
  return undefined;
}

function seasonalDiff(x: readonly number[], order: ArimaOrder, period: number): number[] {
  let dx = difference(x, 1, order.d);
  if (period > 1 && order.D > 0) dx = difference(dx, period, order.D);
  return dx;
}

export interface FitRequest {
  order: ArimaOrder;
  period: number;
  constant: Constant;
  method: 'CSS-ML' | 'CSS';
  /** Fix the regression coefficient (no estimation at all when there are no ARMA terms). */
  fixedConstant?: number;
}

/**
 * stats::arima with forecast's conventions. Throws (like R) when estimation fails: a
 * non-stationary AR part from CSS, a non-finite gradient, a singular Hessian when the
 * variances are requested.
 */
export function fitArima(x: readonly number[], req: FitRequest): ArimaFit {
  const { order, constant, method } = req;
  const period = order.P + order.D + order.Q > 0 ? req.period : 1;
  const n = x.length;
  const arma: Arma = [order.p, order.q, order.P, order.Q, period, order.d, order.D];
  const narma = order.p + order.q + order.P + order.Q;
  const Delta = differencingDelta(order.d, order.D, period);
  const nUsed = n - Delta.length;
  if (nUsed <= 0) throw new ModelInputError('arima: too few observations for the differencing');
  const xreg = regressorColumn(constant, n);
  const ncx = xreg ? 1 : 0;
  const init0 = new Array<number>(narma).fill(0);
  const parscale = new Array<number>(narma).fill(1);
  if (xreg) {
    if (req.fixedConstant !== undefined) {
      init0.push(req.fixedConstant);
      parscale.push(1);
    } else {
      const dx = seasonalDiff(x, order, period);
      const dxreg = seasonalDiff(xreg, order, period);
      let sxy = 0;
      let sxx = 0;
      for (let i = 0; i < dx.length; i++) {
        sxy += dx[i] * dxreg[i];
        sxx += dxreg[i] * dxreg[i];
      }
      const coef = sxy / sxx;
      let rss = 0;
      for (let i = 0; i < dx.length; i++) rss += (dx[i] - coef * dxreg[i]) ** 2;
      const se = Math.sqrt(rss / (dx.length - 1) / sxx);
      init0.push(coef);
      parscale.push(10 * se);
    }
  }
  const npar = narma + ncx;
  const mask = new Array<boolean>(npar).fill(true);
  if (req.fixedConstant !== undefined && xreg) mask[narma] = false;
  const free = mask.filter(Boolean).length;
  const maskedScale = parscale.filter((_, i) => mask[i]);
  const full = (p: readonly number[], base: readonly number[]): number[] => {
    const out = base.slice();
    let j = 0;
    for (let i = 0; i < npar; i++) if (mask[i]) out[i] = p[j++];
    return out;
  };
  const adjusted = (par: readonly number[]): number[] =>
    xreg ? x.map((v, i) => v - xreg[i] * par[narma]) : (x as number[]);
  let ncond = order.d + order.D * period + order.p + period * order.P;
  // Differencing is linear: the differenced series and regressor are computed once, and
  // each evaluation subtracts the regression from them instead of differencing again.
  const wx = cssDifference(x, arma);
  const wr = xreg ? cssDifference(xreg, arma) : undefined;
  const wbuf = new Float64Array(wx.length);
  const armaCssObjective = (p: readonly number[]): number => {
    const par = full(p, init0);
    const { phi, theta } = transPars(par, arma, false);
    let w: ArrayLike<number> = wx;
    if (wr) {
      const c = par[narma];
      for (let i = 0; i < wx.length; i++) wbuf[i] = wx[i] - c * wr[i];
      w = wbuf;
    }
    return 0.5 * Math.log(armaCssDifferenced(w, phi, theta, ncond).sigma2);
  };
  const armafn = (p: readonly number[], trans: boolean, base: readonly number[]): number => {
    const par = full(p, base);
    const { phi, theta } = transPars(par, arma, trans);
    const mod = makeArima(phi, theta, Delta);
    const res = arimaLikelihood(adjusted(par), mod, false);
    const s2 = res.ssq / res.nu;
    return 0.5 * (Math.log(s2) + res.sumlog / res.nu);
  };
  const masked = (v: readonly number[]) => v.filter((_, i) => mask[i]);
  let coef: number[];
  let value: number;
  let residuals: number[];
  let mod: ArimaStateSpace;
  let sigma2Arima: number;
  let varianceOk: () => boolean = () => true;
  let lazyModel: (() => ArimaStateSpace) | undefined;
  if (method === 'CSS') {
    let res = { par: masked(init0), value: free > 0 ? armaCssObjective(masked(init0)) : armaCssObjective([]) };
    if (free > 0) res = bfgs(armaCssObjective, masked(init0), { parscale: maskedScale });
    coef = full(res.par, init0);
    value = res.value;
    const { phi, theta } = transPars(coef, arma, false);
    const xa = adjusted(coef);
    // The state forecasts start from (one Kalman pass) is computed when first asked for:
    // a CSS search fits many candidates and forecasts from one.
    let state: ArimaStateSpace | undefined;
    lazyModel = () => {
      if (!state) {
        state = makeArima(phi, theta, Delta);
        arimaLikelihood(xa, state, false);
      }
      return state;
    };
    mod = undefined as unknown as ArimaStateSpace;
    const css = armaCss(xa, arma, phi, theta, ncond);
    sigma2Arima = css.sigma2;
    residuals = css.residuals;
    if (free > 0) {
      const at = res.par;
      varianceOk = () => {
        const H = numericHessian(armaCssObjective, at, { parscale: maskedScale });
        return diagonalOfInverseNonNegative(H.map((row) => row.map((v) => v * nUsed)), identity(free));
      };
    }
  } else {
    let init = init0.slice();
    if (free > 0) {
      const res = bfgs(armaCssObjective, masked(init0), { parscale: maskedScale });
      if (res.convergence === 0) init = full(res.par, init0);
    }
    if (order.p > 0 && !arCheck(init.slice(0, order.p))) throw new Error('arima: non-stationary AR part from CSS');
    if (order.P > 0 && !arCheck(init.slice(order.p + order.q, order.p + order.q + order.P))) {
      throw new Error('arima: non-stationary seasonal AR part from CSS');
    }
    ncond = 0;
    init = invTrans(init, arma);
    if (order.q > 0) init.splice(order.p, order.q, ...maInvert(init.slice(order.p, order.p + order.q)));
    if (order.Q > 0) {
      const off = order.p + order.q + order.P;
      init.splice(off, order.Q, ...maInvert(init.slice(off, off + order.Q)));
    }
    const fn = (p: readonly number[]) => armafn(p, true, init);
    let res = { par: masked(init), value: fn(masked(init)) };
    if (free > 0) res = bfgs(fn, masked(init), { parscale: maskedScale });
    coef = full(res.par, init);
    if (order.q > 0) coef.splice(order.p, order.q, ...maInvert(coef.slice(order.p, order.p + order.q)));
    if (order.Q > 0) {
      const off = order.p + order.q + order.P;
      coef.splice(off, order.Q, ...maInvert(coef.slice(off, off + order.Q)));
    }
    const maskedCoef = masked(coef);
    if (maskedCoef.some((v, i) => v !== res.par[i])) res = { par: maskedCoef, value: fn(maskedCoef) };
    value = res.value;
    if (free > 0) {
      const at = res.par;
      const transformed = coef.slice();
      varianceOk = () => {
        const H = numericHessian(fn, at, { parscale: maskedScale });
        const A = gradTrans(transformed, arma)
          .filter((_, i) => mask[i])
          .map((row) => row.filter((_, j) => mask[j]));
        return diagonalOfInverseNonNegative(H.map((row) => row.map((v) => v * nUsed)), A);
      };
    }
    coef = undoPars(coef, arma);
    const { phi, theta } = transPars(coef, arma, false);
    mod = makeArima(phi, theta, Delta);
    const val = arimaLikelihood(adjusted(coef), mod, true);
    sigma2Arima = val.ssq / nUsed;
    residuals = val.residuals ?? [];
  }
  const minus2loglik = 2 * nUsed * value + nUsed + nUsed * Math.log(2 * Math.PI);
  const k = free + 1;
  const nstar = n - order.d - order.D * period;
  const aic = method === 'CSS' ? NaN : minus2loglik + 2 * free + 2;
  const names = [
    ...Array.from({ length: order.p }, (_, i) => `ar${i + 1}`),
    ...Array.from({ length: order.q }, (_, i) => `ma${i + 1}`),
    ...Array.from({ length: order.P }, (_, i) => `sar${i + 1}`),
    ...Array.from({ length: order.Q }, (_, i) => `sma${i + 1}`),
    ...(constant === 'mean' ? ['intercept'] : constant === 'drift' ? ['drift'] : []),
  ];
  const coefRecord: Record<string, number> = {};
  names.forEach((name, i) => (coefRecord[name] = coef[i]));
  const sse = residuals.reduce((s, e) => s + e * e, 0);
  const result: ArimaFit = {
    order,
    period: req.period,
    constant,
    arma,
    coef: coefRecord,
    coefValues: coef,
    model: mod,
    residuals,
    loglik: -0.5 * minus2loglik,
    aic,
    aicc: aic + (2 * k * (k + 1)) / (nstar - k - 1),
    bic: aic + k * (Math.log(nstar) - 2),
    sigma2: sse / (nstar - k + 1),
    statsSigma2: sigma2Arima,
    nstar,
    varianceOk,
    method,
  };
  if (lazyModel) {
    const get = lazyModel;
    Object.defineProperty(result, 'model', { get, enumerable: true, configurable: true });
  }
  return result;
}

function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

/**
 * diag(A' M^-1 A) >= 0 (R: any(is.nan(sqrt(diag(var.coef)))) rejects the model).
 * @throws Error when M is singular (R's solve fails and so does arima).
 */
function diagonalOfInverseNonNegative(M: number[][], A: number[][]): boolean {
  const k = M.length;
  for (let j = 0; j < k; j++) {
    const col = A.map((row) => row[j]);
    const x = solve(M, col);
    if (!x) throw new Error('arima: the Hessian is singular');
    let d = 0;
    for (let i = 0; i < k; i++) d += col[i] * x[i];
    if (!(d >= 0)) return false;
  }
  return true;
}

/** Forecasts of a fitted ARIMA on the model scale: Kalman predictions plus the regression part. */
export function arimaForecast(fit: ArimaFit, n: number, h: number): { mean: number[]; se: number[] } {
  const z = kalmanForecast(h, fit.model);
  const mean = z.pred.map((v, i) => {
    if (fit.constant === 'mean') return v + fit.coef.intercept;
    if (fit.constant === 'drift') return v + fit.coef.drift * (n + i + 1);
    return v;
  });
  return { mean, se: z.variance.map((v) => Math.sqrt(v * fit.sigma2)) };
}
