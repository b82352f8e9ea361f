/**
 * Automatic ARIMA order selection as forecast::auto.arima (stepwise = TRUE; Hyndman &
 * Khandakar 2008, "Automatic time series forecasting: the forecast package for R", Journal
 * of Statistical Software 27(3)): the number of seasonal and first differences from the
 * seasonal-strength and KPSS tests (arima-differencing.ts); a start at ARIMA(2,d,2)(1,D,1)
 * (with a constant when d + D <= 1) and three small alternatives; then moves of one order up
 * or down, and the constant on or off, while the AICc improves. Models with an AR or MA root
 * within 1.01 of the unit circle, or coefficient variances with a negative diagonal, are
 * rejected. For series longer than 150 (or periods above 12) the search compares CSS fits
 * with auto.arima's offset, then refits the best by CSS-ML.
 */
import { transPars } from './arima-core.js';
import { difference, ndiffs, nsdiffs } from './arima-differencing.js';
import { fitArima, type ArimaFit, type ArimaOrder } from './arima-fit.js';
import { polyroot } from './polyroot.js';
import { isConstant, ModelInputError } from './validate.js';

/** auto.arima's options (its defaults in parentheses). */
export interface AutoArimaOptions {
  /** Information criterion (AICc). */
  ic?: 'aicc' | 'aic' | 'bic';
  /** Largest p and q (5) and seasonal P and Q (2). */
  maxP?: number;
  maxQ?: number;
  maxSeasonalP?: number;
  maxSeasonalQ?: number;
  /** Search with CSS fits (when n > 150 or the period exceeds 12). */
  approximation?: boolean;
  /**
   * After a CSS search, refit the chosen model by CSS-ML (true, auto.arima's way) or keep its
   * CSS fit (false: no exact likelihood at all, the Kalman filter runs once to set the state
   * forecasts start from; an order of magnitude faster, as stats::arima(method = "CSS")).
   */
  refit?: boolean;
}

interface Candidate {
  order: ArimaOrder;
  constant: boolean;
  ic: number;
  fit?: ArimaFit;
  /** The coefficient-variance check has been run (see ArimaFit.varianceOk). */
  verified?: boolean;
}

/**
 * auto.arima sets the criterion of a model whose coefficient variances fail to Inf. The
 * check is expensive, so it runs only when the result could matter: when a model is about
 * to become the best one (and for the first model, the initial best). Returns whether the
 * model passed; a failure sets its criterion to Infinity.
 */
function verify(c: Candidate): boolean {
  if (!c.fit || !Number.isFinite(c.ic)) return false;
  if (c.verified) return true;
  c.verified = true;
  let ok = false;
  try {
    ok = c.fit.varianceOk();
  } catch {
    ok = false;
  }
  if (!ok) c.ic = Infinity;
  return ok;
}

function improves(c: Candidate, best: Candidate): boolean {
  return c.ic < best.ic && verify(c);
}

/** forecast::auto.arima, stepwise, on a series already on the model scale. */
export function autoArima(x: readonly number[], period: number, options: AutoArimaOptions = {}): ArimaFit {
  const n = x.length;
  let ic = options.ic ?? 'aicc';
  if (isConstant(x)) return constantFit(x, period);
  const m = Math.max(1, Math.round(period));
  let maxp = Math.min(options.maxP ?? 5, Math.floor(n / 3));
  let maxq = Math.min(options.maxQ ?? 5, Math.floor(n / 3));
  let maxP = Math.min(options.maxSeasonalP ?? 2, Math.floor(n / 3 / m));
  let maxQ = Math.min(options.maxSeasonalQ ?? 2, Math.floor(n / 3 / m));
  if (n <= 3) ic = 'aic';
  let D: number;
  if (m === 1) {
    D = 0;
    maxP = 0;
    maxQ = 0;
  } else if (n <= 2 * m) {
    D = 0;
  } else {
    D = nsdiffs(x, m);
  }
  let dx = D > 0 ? difference(x, m, D) : x.slice();
  const d = ndiffs(dx);
  if (d > 0) dx = difference(dx, 1, d);
  if (dx.length === 0) throw new ModelInputError('arima: not enough data after differencing');
  if (isConstant(dx)) return constantDifferences(x, dx, d, D, m);
  if (m > 1) {
    if (maxP > 0) maxp = Math.min(maxp, m - 1);
    if (maxQ > 0) maxq = Math.min(maxq, m - 1);
  }
  const approximation = options.approximation ?? (n > 150 || m > 12);
  let offset = 0;
  if (approximation) {
    try {
      const base = fitArima(x, {
        order: { p: 0, d, q: 0, P: 0, D, Q: 0 },
        period: m,
        constant: d + D === 0 ? 'mean' : 'none',
        method: 'CSS-ML',
      });
      offset = -2 * base.loglik - n * Math.log(base.statsSigma2);
    } catch {
      offset = 0;
    }
  }
  const allowDrift = d + D === 1;
  const allowMean = d + D === 0;
  let constant = allowDrift || allowMean;
  const results: Candidate[] = [];
  const tried = (p: number, q: number, P: number, Q: number, c: boolean) =>
    results.some((r) => r.order.p === p && r.order.q === q && r.order.P === P && r.order.Q === Q && r.constant === c);
  const fitOne = (p: number, q: number, P: number, Q: number, c: boolean, approx: boolean): Candidate => {
    const order: ArimaOrder = { p, d, q, P, D, Q };
    const cand: Candidate = { order, constant: c, ic: Infinity };
    try {
      const fit = fitArima(x, {
        order,
        period: m,
        constant: c ? (d + D === 0 ? 'mean' : d + D === 1 ? 'drift' : 'none') : 'none',
        method: approx ? 'CSS' : 'CSS-ML',
      });
      const k = Object.keys(fit.coef).length + 1;
      const nstar = fit.nstar;
      let aic = fit.aic;
      if (approx) aic = offset + nstar * Math.log(fit.statsSigma2) + 2 * k;
      if (Number.isNaN(aic)) return cand;
      const aicc = aic + (2 * k * (k + 1)) / (nstar - k - 1);
      const bic = aic + k * (Math.log(nstar) - 2);
      let value = ic === 'aicc' ? aicc : ic === 'aic' ? aic : bic;
      if (rootsTooClose(fit)) value = Infinity;
      fit.aic = aic;
      fit.aicc = aicc;
      fit.bic = bic;
      cand.ic = Number.isNaN(value) ? Infinity : value;
      cand.fit = fit;
    } catch {
      // estimation failed: the model is skipped, as auto.arima's try() does
    }
    return cand;
  };
  const nmodels = 94;
  let p = Math.min(n < 10 ? 1 : 2, maxp);
  let q = Math.min(n < 10 ? 1 : 2, maxq);
  let P = Math.min(n < 10 ? 0 : 1, maxP);
  let Q = Math.min(n < 10 ? 0 : 1, maxQ);
  const record = (c: Candidate) => {
    results.push(c);
    return c;
  };
  let best = record(fitOne(p, q, P, Q, constant, approximation));
  verify(best);
  let fit = record(fitOne(0, 0, 0, 0, constant, approximation));
  if (improves(fit, best)) {
    best = fit;
    p = q = P = Q = 0;
  }
  if (maxp > 0 || maxP > 0) {
    const pp = maxp > 0 ? 1 : 0;
    const PP = m > 1 && maxP > 0 ? 1 : 0;
    fit = record(fitOne(pp, 0, PP, 0, constant, approximation));
    if (improves(fit, best)) {
      best = fit;
      p = pp;
      P = PP;
      q = Q = 0;
    }
  }
  if (maxq > 0 || maxQ > 0) {
    const qq = maxq > 0 ? 1 : 0;
    const QQ = m > 1 && maxQ > 0 ? 1 : 0;
    fit = record(fitOne(0, qq, 0, QQ, constant, approximation));
    if (improves(fit, best)) {
      best = fit;
      p = P = 0;
      Q = QQ;
      q = qq;
    }
  }
  if (constant) {
    fit = record(fitOne(0, 0, 0, 0, false, approximation));
    if (improves(fit, best)) {
      best = fit;
      p = q = P = Q = 0;
    }
  }
  // Stepwise moves, in auto.arima's order; after an improvement the search restarts.
  let startk = 0;
  while (startk < results.length && results.length < nmodels) {
    startk = results.length;
    const moves: [number, number, number, number, boolean][] = [
      [p, q, P - 1, Q, constant],
      [p, q, P, Q - 1, constant],
      [p, q, P + 1, Q, constant],
      [p, q, P, Q + 1, constant],
      [p, q, P - 1, Q - 1, constant],
      [p, q, P - 1, Q + 1, constant],
      [p, q, P + 1, Q - 1, constant],
      [p, q, P + 1, Q + 1, constant],
      [p - 1, q, P, Q, constant],
      [p, q - 1, P, Q, constant],
      [p + 1, q, P, Q, constant],
      [p, q + 1, P, Q, constant],
      [p - 1, q - 1, P, Q, constant],
      [p - 1, q + 1, P, Q, constant],
      [p + 1, q - 1, P, Q, constant],
      [p + 1, q + 1, P, Q, constant],
    ];
    if (allowDrift || allowMean) moves.push([p, q, P, Q, !constant]);
    for (const [mp, mq, mP, mQ, mc] of moves) {
      if (mp < 0 || mq < 0 || mP < 0 || mQ < 0 || mp > maxp || mq > maxq || mP > maxP || mQ > maxQ) continue;
      if (tried(mp, mq, mP, mQ, mc)) continue;
      if (results.length >= nmodels) break;
      fit = record(fitOne(mp, mq, mP, mQ, mc, approximation));
      if (improves(fit, best)) {
        best = fit;
        p = mp;
        q = mq;
        P = mP;
        Q = mQ;
        constant = mc;
        break;
      }
    }
  }
  if (approximation && options.refit === false) {
    // The best CSS candidate as it is (verify() has passed for it, or it is the first one).
    if (!best.fit || !Number.isFinite(best.ic) || !verify(best)) throw new ModelInputError('arima: no suitable ARIMA model found');
    return best.fit;
  }
  if (approximation) {
    // auto.arima refits in order of the approximate criterion (ties and failed fits, Inf,
    // in the order they were tried) until a refit succeeds.
    const pending = results.map((c, index) => ({ c, index }));
    let refit: Candidate | undefined;
    while (pending.length > 0) {
      pending.sort((a, b) => (a.c.ic === b.c.ic ? a.index - b.index : a.c.ic < b.c.ic ? -1 : 1));
      const next = pending[0];
      if (Number.isFinite(next.c.ic) && !verify(next.c)) continue; // now Inf: re-sorted
      pending.shift();
      const r = next.c;
      const c = fitOne(r.order.p, r.order.q, r.order.P, r.order.Q, r.constant, false);
      if (c.ic < Infinity && verify(c)) {
        refit = c;
        break;
      }
    }
    if (!refit?.fit) throw new ModelInputError('arima: no suitable ARIMA model found');
    return refit.fit;
  }
  if (!best.fit || best.ic === Infinity) throw new ModelInputError('arima: no suitable ARIMA model found');
  return best.fit;
}

/** auto.arima for a constant series: ARIMA(0,0,0) with the mean fixed at the constant. */
export function constantFit(x: readonly number[], period: number): ArimaFit {
  const order: ArimaOrder = { p: 0, d: 0, q: 0, P: 0, D: 0, Q: 0 };
  return fitArima(x, { order, period, constant: 'mean', method: 'CSS-ML', fixedConstant: x.reduce((a, b) => a + b, 0) / x.length });
}

/** myarima's check: a root of the AR or MA polynomial within 1.01 of the unit circle. */
function rootsTooClose(fit: ArimaFit): boolean {
  const trimmed = (v: readonly number[]) => {
    let last = v.length - 1;
    while (last >= 0 && Math.abs(v[last]) <= 1e-8) last--;
    return v.slice(0, last + 1);
  };
  let minroot = 2;
  const { order } = fit;
  // The polynomials from the coefficients (as the state-space form holds them), without building that form.
  const polys = transPars(fit.coefValues, fit.arma, false);
  if (order.p + order.P > 0) {
    const phi = trimmed(polys.phi);
    if (phi.length > 0) for (const r of polyroot([1, ...phi.map((v) => -v)])) minroot = Math.min(minroot, Math.hypot(r.re, r.im));
  }
  if (order.q + order.Q > 0) {
    const theta = trimmed(polys.theta);
    if (theta.length > 0) for (const r of polyroot([1, ...theta])) minroot = Math.min(minroot, Math.hypot(r.re, r.im));
  }
  return minroot < 1.01;
}

/** auto.arima when the differenced series is constant (a polynomial trend): no ARMA terms. */
function constantDifferences(x: readonly number[], dx: readonly number[], d: number, D: number, m: number): ArimaFit {
  const meanDx = dx.reduce((a, b) => a + b, 0) / dx.length;
  const zero = { p: 0, q: 0, P: 0, Q: 0 };
  if (D > 0 && d === 0) {
    return fitArima(x, { order: { ...zero, d, D }, period: m, constant: 'drift', method: 'CSS-ML', fixedConstant: meanDx / m });
  }
  if (D > 0 && d > 0) return fitArima(x, { order: { ...zero, d, D }, period: m, constant: 'none', method: 'CSS-ML' });
  if (d === 2) return fitArima(x, { order: { ...zero, d, D: 0 }, period: m, constant: 'none', method: 'CSS-ML' });
  return fitArima(x, { order: { ...zero, d, D: 0 }, period: m, constant: d === 0 ? 'mean' : 'drift', method: 'CSS-ML', fixedConstant: meanDx });
}
