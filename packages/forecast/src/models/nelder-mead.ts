/**
 * Nelder-Mead simplex minimisation (Nelder & Mead 1965, "A simplex method for function
 * minimization", The Computer Journal 7, 308-313), following the variant in J. C. Nash,
 * "Compact Numerical Methods for Computers" (2nd ed., 1990, Algorithm 19) that R's
 * `optim(method = "Nelder-Mead")` and forecast's `ets` use: the same initial simplex (one
 * step of 10% of the largest parameter along each axis), reflection 1, contraction 0.5,
 * expansion 2, shrink towards the best vertex, and the same stopping rule (the spread of
 * function values within `reltol * (|f0| + reltol)`, or `maxit` evaluations). Following R
 * step by step matters: ETS likelihoods are multimodal, and an optimizer that walks a
 * different path ends at a different (not necessarily worse) optimum than R's.
 * Non-finite function values are treated as 1e35, so infeasible points are simply rejected.
 */

export interface NelderMeadOptions {
  /** Relative convergence tolerance on function values (R: sqrt(.Machine$double.eps)). */
  reltol?: number;
  /** Stop when the best value is at or below this (R: -Inf). */
  abstol?: number;
  /** Maximum number of function evaluations. */
  maxit?: number;
  alpha?: number;
  beta?: number;
  gamma?: number;
}

export interface NelderMeadResult {
  par: number[];
  value: number;
  evaluations: number;
  /** 0 converged, 1 maxit reached, 10 the simplex stopped shrinking. */
  fail: number;
}

const BIG = 1.0e35;

/**
 * Minimises f from `start`.
 * @throws Error when f is not finite at the starting point.
 */
export function nelderMead(f: (x: Float64Array) => number, start: readonly number[], options: NelderMeadOptions = {}): NelderMeadResult {
  const reltol = options.reltol ?? Math.sqrt(Number.EPSILON);
  const abstol = options.abstol ?? -Infinity;
  const maxit = options.maxit ?? 500;
  const alpha = options.alpha ?? 1;
  const bet = options.beta ?? 0.5;
  const gamm = options.gamma ?? 2;
  const n = start.length;
  const bvec = Float64Array.from(start);
  let fval = f(bvec);
  if (!Number.isFinite(fval)) throw new Error('function cannot be evaluated at initial parameters');
  if (maxit <= 0) return { par: Array.from(bvec), value: fval, evaluations: 0, fail: 0 };

  // P holds n+1 vertices (columns 0..n) plus the centroid (column n+1); row n holds values.
  const n1 = n + 1;
  const C = n + 2; // 1-based index of the centroid column, as in Nash
  const P: Float64Array[] = Array.from({ length: n1 }, () => new Float64Array(n + 2));
  let funcount = 1;
  const convtol = reltol * (Math.abs(fval) + reltol);
  P[n1 - 1][0] = fval;
  for (let i = 0; i < n; i++) P[i][0] = bvec[i];
  let L = 1;
  let size = 0;
  let step = 0;
  for (let i = 0; i < n; i++) if (0.1 * Math.abs(bvec[i]) > step) step = 0.1 * Math.abs(bvec[i]);
  if (step === 0) step = 0.1;
  for (let j = 2; j <= n1; j++) {
    for (let i = 0; i < n; i++) P[i][j - 1] = bvec[i];
    let trystep = step;
    while (P[j - 2][j - 1] === bvec[j - 2]) {
      P[j - 2][j - 1] = bvec[j - 2] + trystep;
      trystep *= 10;
    }
    size += trystep;
  }
  let oldsize = size;
  let calcvert = true;
  let fail = 0;
  for (;;) {
    if (calcvert) {
      for (let j = 0; j < n1; j++) {
        if (j + 1 !== L) {
          for (let i = 0; i < n; i++) bvec[i] = P[i][j];
          fval = f(bvec);
          if (!Number.isFinite(fval)) fval = BIG;
          funcount++;
          P[n1 - 1][j] = fval;
        }
      }
      calcvert = false;
    }
    let VL = P[n1 - 1][L - 1];
    let VH = VL;
    let H = L;
    for (let j = 1; j <= n1; j++) {
      if (j !== L) {
        const v = P[n1 - 1][j - 1];
        if (v < VL) {
          L = j;
          VL = v;
        }
        if (v > VH) {
          H = j;
          VH = v;
        }
      }
    }
    if (VH <= VL + convtol || VL <= abstol) break;

    for (let i = 0; i < n; i++) {
      let temp = -P[i][H - 1];
      for (let j = 0; j < n1; j++) temp += P[i][j];
      P[i][C - 1] = temp / n;
    }
    for (let i = 0; i < n; i++) bvec[i] = (1 + alpha) * P[i][C - 1] - alpha * P[i][H - 1];
    fval = f(bvec);
    if (!Number.isFinite(fval)) fval = BIG;
    funcount++;
    const VR = fval;
    if (VR < VL) {
      // Reflection is the new best: try expanding further.
      P[n1 - 1][C - 1] = fval;
      for (let i = 0; i < n; i++) {
        const e = gamm * bvec[i] + (1 - gamm) * P[i][C - 1];
        P[i][C - 1] = bvec[i];
        bvec[i] = e;
      }
      fval = f(bvec);
      if (!Number.isFinite(fval)) fval = BIG;
      funcount++;
      if (fval < VR) {
        for (let i = 0; i < n; i++) P[i][H - 1] = bvec[i];
        P[n1 - 1][H - 1] = fval;
      } else {
        for (let i = 0; i < n; i++) P[i][H - 1] = P[i][C - 1];
        P[n1 - 1][H - 1] = VR;
      }
    } else {
      if (VR < VH) {
        for (let i = 0; i < n; i++) P[i][H - 1] = bvec[i];
        P[n1 - 1][H - 1] = VR;
      }
      for (let i = 0; i < n; i++) bvec[i] = (1 - bet) * P[i][H - 1] + bet * P[i][C - 1];
      fval = f(bvec);
      if (!Number.isFinite(fval)) fval = BIG;
      funcount++;
      if (fval < P[n1 - 1][H - 1]) {
        for (let i = 0; i < n; i++) P[i][H - 1] = bvec[i];
        P[n1 - 1][H - 1] = fval;
      } else if (VR >= VH) {
        // Contraction failed: shrink the simplex towards the best vertex.
        calcvert = true;
        size = 0;
        for (let j = 0; j < n1; j++) {
          if (j + 1 !== L) {
            for (let i = 0; i < n; i++) {
              P[i][j] = bet * (P[i][j] - P[i][L - 1]) + P[i][L - 1];
              size += Math.abs(P[i][j] - P[i][L - 1]);
            }
          }
        }
        if (size < oldsize) {
          oldsize = size;
        } else {
          fail = 10;
          break;
        }
      }
    }
    if (funcount > maxit) break;
  }
  const par = new Array<number>(n);
  for (let i = 0; i < n; i++) par[i] = P[i][L - 1];
  if (funcount > maxit) fail = 1;
  return { par, value: P[n1 - 1][L - 1], evaluations: funcount, fail };
}
