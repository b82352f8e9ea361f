/**
 * STL, Seasonal-Trend decomposition by Loess (Cleveland, Cleveland, McRae & Terpenning
 * 1990, "STL: A seasonal-trend decomposition procedure based on loess", Journal of Official
 * Statistics 6, 3-73), the non-robust version of R's `stats::stl` (the netlib Fortran):
 * an inner loop that (1) detrends, (2) smooths each cycle-subseries with loess of span
 * `sWindow`, (3) removes the low-pass of the result (moving averages of length m, m, 3 and a
 * loess) to get the seasonal part, and (4) smooths the deseasonalised series with loess of
 * span `tWindow` to get the trend. Loess fits are computed every `jump` points and linearly
 * interpolated between, as R does by default.
 *
 * ARIMA's automatic differencing uses it for forecast's seasonal-strength heuristic
 * (mstl with s.window = 11): a seasonal difference is taken when
 * 1 - var(remainder) / var(seasonal + remainder) > 0.64.
 */

export interface StlOptions {
  /** Seasonal smoothing span (odd, >= 3). */
  sWindow: number;
  sDegree?: 0 | 1;
  tWindow?: number;
  tDegree?: 0 | 1;
  lWindow?: number;
  lDegree?: 0 | 1;
  sJump?: number;
  tJump?: number;
  lJump?: number;
  inner?: number;
}

export interface StlResult {
  seasonal: number[];
  trend: number[];
  remainder: number[];
}

function nextOdd(x: number): number {
  let v = Math.round(x);
  if (v % 2 === 0) v += 1;
  return v;
}

/**
 * Loess estimate at xs from y[nleft..nright] (1-based positions), tricube weights over the
 * half-width h, local constant (degree 0) or local linear (degree 1). Returns NaN when all
 * weights vanish (Fortran's ok = .false.). `w` is scratch (indexed like y).
 */
function stlest(y: Float64Array, yOff: number, n: number, len: number, ideg: number, xs: number, nleft: number, nright: number, w: Float64Array): number {
  const range = n - 1;
  let h = Math.max(xs - nleft, nright - xs);
  if (len > n) h += Math.trunc((len - n) / 2);
  const h9 = 0.999 * h;
  const h1 = 0.001 * h;
  let a = 0;
  for (let j = nleft; j <= nright; j++) {
    const r = Math.abs(j - xs);
    if (r <= h9) {
      w[j] = r <= h1 ? 1 : Math.pow(1 - Math.pow(r / h, 3), 3);
      a += w[j];
    } else {
      w[j] = 0;
    }
  }
  if (a <= 0) return NaN;
  for (let j = nleft; j <= nright; j++) w[j] /= a;
  if (h > 0 && ideg > 0) {
    a = 0;
    for (let j = nleft; j <= nright; j++) a += w[j] * j;
    let b = xs - a;
    let c = 0;
    for (let j = nleft; j <= nright; j++) c += w[j] * (j - a) * (j - a);
    if (Math.sqrt(c) > 0.001 * range) {
      b /= c;
      for (let j = nleft; j <= nright; j++) w[j] *= b * (j - a) + 1;
    }
  }
  let ys = 0;
  for (let j = nleft; j <= nright; j++) ys += w[j] * y[yOff + j];
  return ys;
}

/**
 * Loess smoothing of y[1..n] into ys[1..n] (ys stored from ysOff + 1), every njump points
 * with linear interpolation in between. Arrays are 1-based through their offsets.
 */
function stless(y: Float64Array, yOff: number, n: number, len: number, ideg: number, njump: number, ys: Float64Array, ysOff: number, res: Float64Array): void {
  if (n < 2) {
    ys[ysOff + 1] = y[yOff + 1];
    return;
  }
  const newnj = Math.min(njump, n - 1);
  let nleft = 0;
  let nright = 0;
  const est = (i: number) => {
    const v = stlest(y, yOff, n, len, ideg, i, nleft, nright, res);
    ys[ysOff + i] = Number.isNaN(v) ? y[yOff + i] : v;
  };
  if (len >= n) {
    nleft = 1;
    nright = n;
    for (let i = 1; i <= n; i += newnj) est(i);
  } else if (newnj === 1) {
    const nsh = Math.trunc((len + 1) / 2);
    nleft = 1;
    nright = len;
    for (let i = 1; i <= n; i++) {
      if (i > nsh && nright !== n) {
        nleft++;
        nright++;
      }
      est(i);
    }
  } else {
    const nsh = Math.trunc((len + 1) / 2);
    for (let i = 1; i <= n; i += newnj) {
      if (i < nsh) {
        nleft = 1;
        nright = len;
      } else if (i >= n - nsh + 1) {
        nleft = n - len + 1;
        nright = n;
      } else {
        nleft = i - nsh + 1;
        nright = len + i - nsh;
      }
      est(i);
    }
  }
  if (newnj !== 1) {
    for (let i = 1; i <= n - newnj; i += newnj) {
      const delta = (ys[ysOff + i + newnj] - ys[ysOff + i]) / newnj;
      for (let j = i + 1; j <= i + newnj - 1; j++) ys[ysOff + j] = ys[ysOff + i] + delta * (j - i);
    }
    const k = Math.trunc((n - 1) / newnj) * newnj + 1;
    if (k !== n) {
      est(n);
      if (k !== n - 1) {
        const delta = (ys[ysOff + n] - ys[ysOff + k]) / (n - k);
        for (let j = k + 1; j <= n - 1; j++) ys[ysOff + j] = ys[ysOff + k] + delta * (j - k);
      }
    }
  }
}

/** Running mean of length len: ave[j] = mean(x[j..j+len-1]), j = 1..n-len+1 (1-based). */
function stlma(x: Float64Array, n: number, len: number, ave: Float64Array): void {
  const newn = n - len + 1;
  let v = 0;
  for (let i = 1; i <= len; i++) v += x[i];
  ave[1] = v / len;
  let k = len;
  let m = 0;
  for (let j = 2; j <= newn; j++) {
    k++;
    m++;
    v = v - x[m] + x[k];
    ave[j] = v / len;
  }
}

/** Cycle-subseries smoothing, extended one period at each end: season[1..n+2np]. */
function stlss(y: Float64Array, n: number, np: number, ns: number, isdeg: number, nsjump: number, season: Float64Array, work1: Float64Array, work2: Float64Array, work4: Float64Array): void {
  for (let j = 1; j <= np; j++) {
    const k = Math.trunc((n - j) / np) + 1;
    for (let i = 1; i <= k; i++) work1[i] = y[(i - 1) * np + j];
    stless(work1, 0, k, ns, isdeg, nsjump, work2, 1, work4);
    const nright = Math.min(ns, k);
    let v = stlest(work1, 0, k, ns, isdeg, 0, 1, nright, work4);
    work2[1] = Number.isNaN(v) ? work2[2] : v;
    const nleft = Math.max(1, k - ns + 1);
    v = stlest(work1, 0, k, ns, isdeg, k + 1, nleft, k, work4);
    work2[k + 2] = Number.isNaN(v) ? work2[k + 1] : v;
    for (let m = 1; m <= k + 2; m++) season[(m - 1) * np + j] = work2[m];
  }
}

/** Decomposes y (period `period`) as R's stl(x, s.window, robust = FALSE). */
export function stl(y: readonly number[], period: number, options: StlOptions): StlResult {
  const n = y.length;
  if (period < 2 || n <= 2 * period) {
    throw new Error(`stl requires more than two full periods (${2 * period + 1} observations), got ${n}`);
  }
  const sWindow = options.sWindow;
  const sDegree = options.sDegree ?? 0;
  const tDegree = options.tDegree ?? 1;
  const lDegree = options.lDegree ?? tDegree;
  const tWindow = options.tWindow ?? nextOdd(Math.ceil((1.5 * period) / (1 - 1.5 / sWindow)));
  const lWindow = options.lWindow ?? nextOdd(period);
  const sJump = options.sJump ?? Math.ceil(sWindow / 10);
  const tJump = options.tJump ?? Math.ceil(tWindow / 10);
  const lJump = options.lJump ?? Math.ceil(lWindow / 10);
  const inner = options.inner ?? 2;
  const oddAtLeast3 = (v: number) => {
    let w = Math.max(3, v);
    if (w % 2 === 0) w += 1;
    return w;
  };
  const ns = oddAtLeast3(sWindow);
  const nt = oddAtLeast3(tWindow);
  const nl = oddAtLeast3(lWindow);
  const np = Math.max(2, period);
  const size = n + 2 * np + 1; // 1-based
  const Y = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) Y[i] = y[i - 1];
  const trend = new Float64Array(n + 1);
  const season = new Float64Array(size);
  const w1 = new Float64Array(size);
  const w2 = new Float64Array(size);
  const w3 = new Float64Array(size);
  const w4 = new Float64Array(size);
  const w5 = new Float64Array(size);
  for (let it = 0; it < inner; it++) {
    for (let i = 1; i <= n; i++) w1[i] = Y[i] - trend[i];
    stlss(w1, n, np, ns, sDegree, sJump, w2, w3, w4, season);
    // Low-pass filter of the cycle-subseries: MA(np), MA(np), MA(3), then loess.
    stlma(w2, n + 2 * np, np, w3);
    stlma(w3, n + np + 1, np, w1);
    stlma(w1, n + 2, 3, w3);
    stless(w3, 0, n, nl, lDegree, lJump, w1, 0, w5);
    for (let i = 1; i <= n; i++) season[i] = w2[np + i] - w1[i];
    for (let i = 1; i <= n; i++) w1[i] = Y[i] - season[i];
    stless(w1, 0, n, nt, tDegree, tJump, trend, 0, w3);
  }
  const seasonal = Array.from(season.subarray(1, n + 1));
  const trendOut = Array.from(trend.subarray(1, n + 1));
  return { seasonal, trend: trendOut, remainder: y.map((v, i) => v - seasonal[i] - trendOut[i]) };
}

/**
 * forecast's seasonal strength (seas.heuristic on mstl with s.window = 11):
 * max(0, min(1, 1 - var(remainder) / var(seasonal + remainder))).
 */
export function seasonalStrength(y: readonly number[], period: number): number {
  const d = stl(y, period, { sWindow: 11 });
  const variance = (x: number[]) => {
    const m = x.reduce((a, b) => a + b, 0) / x.length;
    return x.reduce((a, b) => a + (b - m) * (b - m), 0) / (x.length - 1);
  };
  const vr = variance(d.remainder);
  const vs = variance(d.remainder.map((r, i) => r + d.seasonal[i]));
  return Math.max(0, Math.min(1, 1 - vr / vs));
}
