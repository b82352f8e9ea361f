/**
 * The computational core of seasonal ARIMA, as in R's stats::arima (Ripley 2002, "Time
 * series in R 1.5.0", R News 2/2; Durbin & Koopman 2012, "Time Series Analysis by State
 * Space Methods", 2nd ed., chapter 3.4; Gardner, Harvey & Phillips 1980, "Algorithm AS 154",
 * Applied Statistics 29, 311-322):
 *
 * - parameter transformations that keep AR polynomials stationary during optimisation
 *   (partial autocorrelations mapped through tanh, then the Durbin-Levinson recursion;
 *   Jones 1980), and the expansion of seasonal polynomials into one AR and one MA polynomial;
 * - the conditional sum of squares (CSS) of the differenced series;
 * - the state-space form (Harvey's, with the differencing operator in the state), the
 *   stationary covariance of the ARMA part as the initial state covariance, a diffuse prior
 *   (variance kappa = 1e6) on the differencing states, and the Kalman filter giving the exact
 *   Gaussian likelihood (observations whose prediction variance is still above 1e4, i.e.
 *   dominated by the diffuse prior, are left out of it, as R does);
 * - Kalman forecasts and their variances.
 *
 * One deliberate difference from R: the stationary covariance solves P = T P T' + R R' by
 * the doubling algorithm instead of Gardner et al.'s Givens-rotation method (AS 154). Both
 * give the exact solution up to rounding for stationary models, but AS 154 costs
 * O(r^6) for r = max(p + m P, q + m Q + 1) and is the bottleneck for seasonal models, while
 * doubling costs O(r^3 log(1 / (1 - spectral radius))).
 */

/** (p, q, P, Q, period, d, D), R's `arma` vector. */
export type Arma = [number, number, number, number, number, number, number];

/** Jones's transformation of one AR block: raw (unbounded) values to a stationary AR. */
function partrans(p: number, raw: readonly number[], rawOff: number, out: number[], outOff: number): void {
  const work = new Array<number>(p);
  for (let j = 0; j < p; j++) {
    out[outOff + j] = Math.tanh(raw[rawOff + j]);
    work[j] = out[outOff + j];
  }
  for (let j = 1; j < p; j++) {
    const a = out[outOff + j];
    for (let k = 0; k < j; k++) work[k] -= a * out[outOff + j - k - 1];
    for (let k = 0; k < j; k++) out[outOff + k] = work[k];
  }
}

/** Inverse of partrans (from AR coefficients back to atanh of the partial autocorrelations). */
function invpartrans(p: number, phi: readonly number[], off: number, out: number[]): void {
  const nw = new Array<number>(p);
  const work = new Array<number>(p);
  for (let j = 0; j < p; j++) {
    nw[j] = phi[off + j];
    work[j] = nw[j];
  }
  for (let j = p - 1; j > 0; j--) {
    const a = nw[j];
    for (let k = 0; k < j; k++) work[k] = (nw[k] + a * nw[j - k - 1]) / (1 - a * a);
    for (let k = 0; k < j; k++) nw[k] = work[k];
  }
  for (let j = 0; j < p; j++) out[off + j] = Math.atanh(nw[j]);
}

/**
 * From the parameter vector (ar, ma, sar, sma, ...) to the expanded AR polynomial phi
 * (length p + m P) and MA polynomial theta (length q + m Q); with `trans`, the AR blocks are
 * first mapped through partrans.
 */
export function transPars(par: readonly number[], arma: Arma, trans: boolean): { phi: number[]; theta: number[] } {
  const [mp, mq, msp, msq, ns] = arma;
  const p = mp + ns * msp;
  const q = mq + ns * msq;
  let params = par as number[];
  if (trans) {
    params = par.slice(0, mp + mq + msp + msq);
    if (mp > 0) partrans(mp, par, 0, params, 0);
    const v = mp + mq;
    if (msp > 0) partrans(msp, par, v, params, v);
  }
  const phi = new Array<number>(p).fill(0);
  const theta = new Array<number>(q).fill(0);
  for (let i = 0; i < mp; i++) phi[i] = params[i];
  for (let i = 0; i < mq; i++) theta[i] = params[i + mp];
  if (ns > 0) {
    for (let j = 0; j < msp; j++) {
      phi[(j + 1) * ns - 1] += params[j + mp + mq];
      for (let i = 0; i < mp; i++) phi[(j + 1) * ns + i] -= params[i] * params[j + mp + mq];
    }
    for (let j = 0; j < msq; j++) {
      theta[(j + 1) * ns - 1] += params[j + mp + mq + msp];
      for (let i = 0; i < mq; i++) theta[(j + 1) * ns + i] += params[i + mp] * params[j + mp + mq + msp];
    }
  }
  return { phi, theta };
}

/** ARIMA_Invtrans: AR blocks to the unconstrained scale, everything else unchanged. */
export function invTrans(par: readonly number[], arma: Arma): number[] {
  const [mp, mq, msp] = arma;
  const out = par.slice();
  if (mp > 0) invpartrans(mp, par, 0, out);
  const v = mp + mq;
  if (msp > 0) invpartrans(msp, par, v, out);
  return out;
}

/** ARIMA_undoPars: AR blocks from the unconstrained scale, everything else unchanged. */
export function undoPars(par: readonly number[], arma: Arma): number[] {
  const [mp, mq, msp] = arma;
  const out = par.slice();
  if (mp > 0) partrans(mp, par, 0, out, 0);
  const v = mp + mq;
  if (msp > 0) partrans(msp, par, v, out, v);
  return out;
}

/** ARIMA_Gradtrans: Jacobian of undoPars by forward differences (step 1e-3), rows = inputs. */
export function gradTrans(par: readonly number[], arma: Arma): number[][] {
  const [mp, mq, msp] = arma;
  const n = par.length;
  const eps = 1e-3;
  const A: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  const block = (count: number, off: number) => {
    const w1 = par.slice(off, off + count);
    const w2 = new Array<number>(count);
    const w3 = new Array<number>(count);
    partrans(count, w1, 0, w2, 0);
    for (let i = 0; i < count; i++) {
      w1[i] += eps;
      partrans(count, w1, 0, w3, 0);
      for (let j = 0; j < count; j++) A[off + i][off + j] = (w3[j] - w2[j]) / eps;
      w1[i] -= eps;
    }
  };
  if (mp > 0) block(mp, 0);
  if (msp > 0) block(msp, mp + mq);
  return A;
}

/** The differencing polynomial's coefficients: (1 - B)^d (1 - B^s)^D = 1 - Delta_1 B - ... */
export function differencingDelta(d: number, D: number, period: number): number[] {
  let poly = [1];
  const conv = (a: number[], b: number[]) => {
    const out = new Array<number>(a.length + b.length - 1).fill(0);
    for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) out[i + j] += a[i] * b[j];
    return out;
  };
  for (let i = 0; i < d; i++) poly = conv(poly, [1, -1]);
  const seasonal = [1, ...new Array<number>(Math.max(period - 1, 0)).fill(0), -1];
  for (let i = 0; i < D; i++) poly = conv(poly, seasonal);
  return poly.slice(1).map((v) => (v === 0 ? 0 : -v));
}

/**
 * Conditional sum of squares: the series is differenced, then ARMA residuals are computed
 * from observation ncond on with earlier residuals taken as zero. Returns ssq / (number of
 * residuals) and the residuals (zero before ncond).
 */
export function armaCss(y: readonly number[], arma: Arma, phi: readonly number[], theta: readonly number[], ncond: number): { sigma2: number; residuals: number[] } {
  const { sigma2, residuals } = armaCssDifferenced(cssDifference(y, arma), phi, theta, ncond);
  return { sigma2, residuals: Array.from(residuals) };
}

/** The series differenced in place as armaCss does (d first differences, then D seasonal ones; the first values are left as they are and skipped by ncond). */
export function cssDifference(y: readonly number[], arma: Arma): number[] {
  const n = y.length;
  const w = y.slice();
  const ns = arma[4];
  for (let i = 0; i < arma[5]; i++) for (let l = n - 1; l > 0; l--) w[l] -= w[l - 1];
  for (let i = 0; i < arma[6]; i++) for (let l = n - 1; l >= ns; l--) w[l] -= w[l - ns];
  return w;
}

/**
 * armaCss on a series already differenced (cssDifference). The expanded seasonal
 * polynomials are mostly zeros: the recursions loop over the non-zero terms only (adding
 * the zero terms would not change a bit of the result).
 */
export function armaCssDifferenced(w: ArrayLike<number>, phi: readonly number[], theta: readonly number[], ncond: number): { sigma2: number; residuals: Float64Array } {
  const n = w.length;
  const pk: number[] = [];
  const pv: number[] = [];
  for (let j = 0; j < phi.length; j++) if (phi[j] !== 0) (pk.push(j), pv.push(phi[j]));
  const qk: number[] = [];
  const qv: number[] = [];
  for (let j = 0; j < theta.length; j++) if (theta[j] !== 0) (qk.push(j), qv.push(theta[j]));
  const np = pk.length;
  const nq = qk.length;
  const resid = new Float64Array(n);
  let ssq = 0;
  let nu = 0;
  for (let l = ncond; l < n; l++) {
    let tmp = w[l];
    for (let k = 0; k < np; k++) tmp -= pv[k] * w[l - pk[k] - 1];
    const jmax = l - ncond;
    for (let k = 0; k < nq && qk[k] < jmax; k++) tmp -= qv[k] * resid[l - qk[k] - 1];
    resid[l] = tmp;
    if (!Number.isNaN(tmp)) {
      nu++;
      ssq += tmp * tmp;
    }
  }
  return { sigma2: ssq / nu, residuals: resid };
}

/** State-space form of an ARIMA model (R's makeARIMA), with mutable filter state. */
export interface ArimaStateSpace {
  phi: number[];
  theta: number[];
  Delta: number[];
  /** Observation vector (1, 0..., Delta). */
  Z: Float64Array;
  /** State mean and covariance (column-major rd x rd); after a Kalman run, the filtered end state. */
  a: Float64Array;
  P: Float64Array;
  /** Initial (predicted) state covariance for the first observation. */
  Pn: Float64Array;
  r: number;
  rd: number;
}

/**
 * Stationary covariance of the ARMA part of the state: the solution of P = T P T' + V,
 * V = (1, theta)(1, theta)', by doubling: S_{k+1} = S_k + A_k S_k A_k', A_{k+1} = A_k^2.
 * Returns a column-major r x r array.
 */
export function stationaryCovariance(phi: readonly number[], theta: readonly number[]): Float64Array {
  const p = phi.length;
  const q = theta.length;
  const r = Math.max(p, q + 1);
  if (r === 1) return Float64Array.of(p > 0 ? 1 / (1 - phi[0] * phi[0]) : 1);
  const R = new Float64Array(r);
  R[0] = 1;
  for (let i = 1; i < r; i++) R[i] = i - 1 < q ? theta[i - 1] : 0;
  // Row-major work arrays.
  const S = new Float64Array(r * r);
  for (let i = 0; i < r; i++) for (let j = 0; j < r; j++) S[i * r + j] = R[i] * R[j];
  const A = new Float64Array(r * r);
  for (let i = 0; i < r; i++) {
    if (i < p) A[i * r] = phi[i];
    if (i + 1 < r) A[i * r + i + 1] = 1;
  }
  const tmp = new Float64Array(r * r);
  const inc = new Float64Array(r * r);
  const A2 = new Float64Array(r * r);
  for (let iter = 0; iter < 200; iter++) {
    // tmp = A S
    tmp.fill(0);
    for (let i = 0; i < r; i++)
      for (let k = 0; k < r; k++) {
        const aik = A[i * r + k];
        if (aik === 0) continue;
        for (let j = 0; j < r; j++) tmp[i * r + j] += aik * S[k * r + j];
      }
    // inc = tmp A'
    let incMax = 0;
    let sMax = 0;
    for (let i = 0; i < r; i++)
      for (let j = 0; j < r; j++) {
        let s = 0;
        for (let k = 0; k < r; k++) s += tmp[i * r + k] * A[j * r + k];
        inc[i * r + j] = s;
      }
    for (let i = 0; i < r * r; i++) {
      S[i] += inc[i];
      incMax = Math.max(incMax, Math.abs(inc[i]));
      sMax = Math.max(sMax, Math.abs(S[i]));
    }
    if (!Number.isFinite(sMax)) break;
    if (incMax <= 1e-17 * sMax) break;
    // A = A A
    A2.fill(0);
    let aMax = 0;
    for (let i = 0; i < r; i++)
      for (let k = 0; k < r; k++) {
        const aik = A[i * r + k];
        if (aik === 0) continue;
        for (let j = 0; j < r; j++) A2[i * r + j] += aik * A[k * r + j];
      }
    for (let i = 0; i < r * r; i++) aMax = Math.max(aMax, Math.abs(A2[i]));
    A.set(A2);
    if (aMax === 0) break;
  }
  // S is symmetric, so row- and column-major coincide.
  return S;
}

/** makeARIMA: the state-space form with a zero initial state. */
export function makeArima(phi: number[], theta: number[], Delta: number[], kappa = 1e6): ArimaStateSpace {
  const p = phi.length;
  const q = theta.length;
  const r = Math.max(p, q + 1);
  const d = Delta.length;
  const rd = r + d;
  const Z = new Float64Array(rd);
  Z[0] = 1;
  for (let i = 0; i < d; i++) Z[r + i] = Delta[i];
  const Pn = new Float64Array(rd * rd);
  const Q0 = stationaryCovariance(phi, theta);
  for (let i = 0; i < r; i++) for (let j = 0; j < r; j++) Pn[i + rd * j] = Q0[i * r + j];
  for (let i = 0; i < d; i++) Pn[r + i + rd * (r + i)] = kappa;
  return { phi, theta, Delta, Z, a: new Float64Array(rd), P: new Float64Array(rd * rd), Pn, r, rd };
}

export interface LikelihoodTerms {
  /** Sum of squared standardised innovations. */
  ssq: number;
  /** Sum of log prediction variances (relative to sigma^2). */
  sumlog: number;
  /** Observations counted (prediction variance below 1e4). */
  nu: number;
  /** Standardised innovations e_t / sqrt(F_t), when requested. */
  residuals?: number[];
}

/**
 * ARIMA_Like: the Kalman filter over y from the model's initial state, as R computes it
 * (mod.a, mod.P and mod.Pn are updated in place; afterwards a and P are the filtered state
 * at the end of the series, from which forecasts start).
 */
export function arimaLikelihood(y: readonly number[], mod: ArimaStateSpace, wantResiduals: boolean): LikelihoodTerms {
  const { phi, theta, Delta: delta, a, P, r, rd } = mod;
  const Pnew = mod.Pn;
  const n = y.length;
  const p = phi.length;
  const q = theta.length;
  const d = delta.length;
  // Seasonal differencing polynomials are mostly zeros: loop over the non-zero terms only
  // (adding the zero terms would not change a single bit of the result).
  const dk: number[] = [];
  const dv: number[] = [];
  for (let k = 0; k < d; k++) {
    if (delta[k] !== 0) {
      dk.push(k);
      dv.push(delta[k]);
    }
  }
  const nd = dk.length;
  const anew = new Float64Array(rd);
  const M = new Float64Array(rd);
  const mm = d > 0 ? new Float64Array(rd * rd) : new Float64Array(0);
  const residuals = wantResiduals ? new Array<number>(n) : undefined;
  let ssq = 0;
  let sumlog = 0;
  let nu = 0;
  for (let l = 0; l < n; l++) {
    const a0 = a[0];
    for (let i = 0; i < r; i++) {
      let tmp = i < r - 1 ? a[i + 1] : 0;
      if (i < p) tmp += phi[i] * a0;
      anew[i] = tmp;
    }
    if (d > 0) {
      for (let i = r + 1; i < rd; i++) anew[i] = a[i - 1];
      let tmp = a0;
      for (let k = 0; k < nd; k++) tmp += dv[k] * a[r + dk[k]];
      anew[r] = tmp;
    }
    if (l > 0) {
      if (d === 0) {
        for (let i = 0; i < r; i++) {
          const vi = i === 0 ? 1 : i - 1 < q ? theta[i - 1] : 0;
          for (let j = 0; j < r; j++) {
            let tmp = j === 0 ? vi : j - 1 < q ? vi * theta[j - 1] : 0;
            if (i < p && j < p) tmp += phi[i] * phi[j] * P[0];
            if (i < r - 1 && j < r - 1) tmp += P[i + 1 + r * (j + 1)];
            if (i < p && j < r - 1) tmp += phi[i] * P[j + 1];
            if (j < p && i < r - 1) tmp += phi[j] * P[i + 1];
            Pnew[i + r * j] = tmp;
          }
        }
      } else {
        // mm = T P
        for (let j = 0; j < rd; j++) {
          const cj = rd * j;
          const P0j = P[cj];
          for (let i = 0; i < r; i++) {
            let tmp = 0;
            if (i < p) tmp += phi[i] * P0j;
            if (i < r - 1) tmp += P[i + 1 + cj];
            mm[i + cj] = tmp;
          }
          let tmp = P0j;
          for (let k = 0; k < nd; k++) tmp += dv[k] * P[r + dk[k] + cj];
          mm[r + cj] = tmp;
          for (let i = 1; i < d; i++) mm[r + i + cj] = P[r + i - 1 + cj];
        }
        // Pnew = mm T'
        for (let i = 0; i < r; i++) {
          const ci = rd * i;
          for (let j = 0; j < rd; j++) {
            let tmp = 0;
            if (i < p) tmp += phi[i] * mm[j];
            if (i < r - 1) tmp += mm[rd * (i + 1) + j];
            Pnew[j + ci] = tmp;
          }
        }
        const cr = rd * r;
        for (let j = 0; j < rd; j++) {
          let tmp = mm[j];
          for (let k = 0; k < nd; k++) tmp += dv[k] * mm[rd * (r + dk[k]) + j];
          Pnew[cr + j] = tmp;
        }
        for (let i = 1; i < d; i++) {
          const ci = rd * (r + i);
          const cprev = rd * (r + i - 1);
          for (let j = 0; j < rd; j++) Pnew[ci + j] = mm[cprev + j];
        }
        for (let i = 0; i <= q; i++) {
          const vi = i === 0 ? 1 : theta[i - 1];
          for (let j = 0; j <= q; j++) Pnew[i + rd * j] += vi * (j === 0 ? 1 : theta[j - 1]);
        }
      }
    }
    const yl = y[l];
    if (!Number.isNaN(yl)) {
      let resid = yl - anew[0];
      for (let k = 0; k < nd; k++) resid -= dv[k] * anew[r + dk[k]];
      for (let i = 0; i < rd; i++) {
        let tmp = Pnew[i];
        for (let k = 0; k < nd; k++) tmp += Pnew[i + (r + dk[k]) * rd] * dv[k];
        M[i] = tmp;
      }
      let gain = M[0];
      for (let k = 0; k < nd; k++) gain += dv[k] * M[r + dk[k]];
      if (gain < 1e4) {
        nu++;
        ssq += (resid * resid) / gain;
        sumlog += Math.log(gain);
      }
      if (residuals) residuals[l] = resid / Math.sqrt(gain);
      const rg = resid / gain;
      for (let i = 0; i < rd; i++) a[i] = anew[i] + M[i] * rg;
      for (let j = 0; j < rd; j++) {
        const cj = j * rd;
        const mj = M[j] / gain; // R divides each product by the gain; same value to an ulp, faster
        for (let i = 0; i < rd; i++) P[i + cj] = Pnew[i + cj] - M[i] * mj;
      }
    } else {
      for (let i = 0; i < rd; i++) a[i] = anew[i];
      for (let i = 0; i < rd * rd; i++) P[i] = Pnew[i];
      if (residuals) residuals[l] = NaN;
    }
  }
  return { ssq, sumlog, nu, residuals };
}

/** KalmanForecast: predictions and their variances (relative to sigma^2) h = 1..nAhead. */
export function kalmanForecast(nAhead: number, mod: ArimaStateSpace): { pred: number[]; variance: number[] } {
  const { rd, r, phi, Delta: delta, Z } = mod;
  const p = phi.length;
  const d = delta.length;
  // Transition T (column-major) and V = R R' as makeARIMA builds them.
  const T = new Float64Array(rd * rd);
  for (let i = 0; i < p; i++) T[i] = phi[i];
  for (let i = 1; i < r; i++) T[i - 1 + rd * i] = 1;
  if (d > 0) {
    for (let j = 0; j < rd; j++) T[r + rd * j] = Z[j];
    for (let i = 1; i < d; i++) T[r + i + rd * (r + i - 1)] = 1;
  }
  const Rv = new Float64Array(rd);
  Rv[0] = 1;
  for (let i = 1; i < r; i++) Rv[i] = i - 1 < mod.theta.length ? mod.theta[i - 1] : 0;
  let a = Float64Array.from(mod.a);
  let P = Float64Array.from(mod.P);
  const pred: number[] = [];
  const variance: number[] = [];
  const mm = new Float64Array(rd * rd);
  for (let l = 0; l < nAhead; l++) {
    const anew = new Float64Array(rd);
    let fc = 0;
    for (let i = 0; i < rd; i++) {
      let tmp = 0;
      for (let k = 0; k < rd; k++) tmp += T[i + rd * k] * a[k];
      anew[i] = tmp;
      fc += tmp * Z[i];
    }
    a = anew;
    pred.push(fc);
    for (let i = 0; i < rd; i++)
      for (let j = 0; j < rd; j++) {
        let tmp = 0;
        for (let k = 0; k < rd; k++) tmp += T[i + rd * k] * P[k + rd * j];
        mm[i + rd * j] = tmp;
      }
    const Pnew = new Float64Array(rd * rd);
    for (let i = 0; i < rd; i++)
      for (let j = 0; j < rd; j++) {
        let tmp = Rv[i] * Rv[j];
        for (let k = 0; k < rd; k++) tmp += mm[i + rd * k] * T[j + rd * k];
        Pnew[i + rd * j] = tmp;
      }
    P = Pnew;
    let v = 0;
    for (let i = 0; i < rd; i++) for (let j = 0; j < rd; j++) v += Z[i] * Z[j] * P[i + j * rd];
    variance.push(v);
  }
  return { pred, variance };
}
