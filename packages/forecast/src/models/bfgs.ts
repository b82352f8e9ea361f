/**
 * Quasi-Newton (BFGS) minimisation with finite-difference gradients, as R's
 * `optim(method = "BFGS")` that stats::arima uses: the variable-metric method of J. C. Nash,
 * "Compact Numerical Methods for Computers" (2nd ed., 1990, Algorithm 21), with its
 * backtracking line search (step shrunk by 0.2 until the Armijo condition with 1e-4 holds),
 * inverse-Hessian updates, resets when the update would lose positive definiteness, and
 * the same stopping rule (relative change of the value below reltol, or maxit gradients).
 * Gradients are central differences with step `ndeps` (1e-3) on the scaled parameters
 * par / parscale, exactly as optim computes them when no gradient is supplied; `hessian`
 * is optim's `optimhess` (central differences of those gradients, symmetrised).
 */

export interface BfgsOptions {
  maxit?: number;
  reltol?: number;
  abstol?: number;
  /** Scale of each parameter; optim works on par / parscale. */
  parscale?: readonly number[];
  /** Finite-difference steps on the scaled parameters. */
  ndeps?: readonly number[];
}

export interface BfgsResult {
  par: number[];
  value: number;
  /** 0 converged, 1 maxit reached (optim's convergence code). */
  convergence: number;
  evaluations: number;
  gradients: number;
}

/** Thrown when a finite difference is not finite (optim: "non-finite finite-difference value"). */
export class NonFiniteGradientError extends Error {}

export type Objective = (par: readonly number[]) => number;

function numericGradient(f: Objective, scaled: Float64Array, parscale: readonly number[], ndeps: readonly number[], out: Float64Array): void {
  const n = scaled.length;
  const x = new Array<number>(n);
  for (let i = 0; i < n; i++) x[i] = scaled[i] * parscale[i];
  for (let i = 0; i < n; i++) {
    const eps = ndeps[i];
    x[i] = (scaled[i] + eps) * parscale[i];
    const v1 = f(x);
    x[i] = (scaled[i] - eps) * parscale[i];
    const v2 = f(x);
    const g = (v1 - v2) / (2 * eps);
    if (!Number.isFinite(g)) throw new NonFiniteGradientError(`non-finite finite-difference value [${i + 1}]`);
    out[i] = g;
    x[i] = scaled[i] * parscale[i];
  }
}

/**
 * Minimises f from `start`.
 * @throws Error when f is not finite at the start; NonFiniteGradientError as optim does.
 */
export function bfgs(f: Objective, start: readonly number[], options: BfgsOptions = {}): BfgsResult {
  const n = start.length;
  const maxit = options.maxit ?? 100;
  const reltol = options.reltol ?? Math.sqrt(Number.EPSILON);
  const abstol = options.abstol ?? -Infinity;
  const parscale = options.parscale ?? new Array<number>(n).fill(1);
  const ndeps = options.ndeps ?? new Array<number>(n).fill(1e-3);
  const stepredn = 0.2;
  const acctol = 0.0001;
  const reltest = 10.0;
  const b = Float64Array.from(start, (v, i) => v / parscale[i]);
  const fs = (scaled: Float64Array): number => {
    const x = new Array<number>(n);
    for (let i = 0; i < n; i++) x[i] = scaled[i] * parscale[i];
    return f(x);
  };
  const unscale = () => Array.from(b, (v, i) => v * parscale[i]);
  if (maxit <= 0) return { par: unscale(), value: fs(b), convergence: 0, evaluations: 0, gradients: 0 };
  const g = new Float64Array(n);
  const t = new Float64Array(n);
  const X = new Float64Array(n);
  const c = new Float64Array(n);
  const B: Float64Array[] = Array.from({ length: n }, (_, i) => new Float64Array(i + 1));
  let fval = fs(b);
  if (!Number.isFinite(fval)) throw new Error("initial value in 'vmmin' is not finite");
  let Fmin = fval;
  let funcount = 1;
  let gradcount = 1;
  numericGradient(f, b, parscale, ndeps, g);
  let iter = 1;
  let ilast = gradcount;
  let count = 0;
  do {
    if (ilast === gradcount) {
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < i; j++) B[i][j] = 0;
        B[i][i] = 1;
      }
    }
    for (let i = 0; i < n; i++) {
      X[i] = b[i];
      c[i] = g[i];
    }
    let gradproj = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j <= i; j++) s -= B[i][j] * g[j];
      for (let j = i + 1; j < n; j++) s -= B[j][i] * g[j];
      t[i] = s;
      gradproj += s * g[i];
    }
    if (gradproj < 0) {
      let steplength = 1.0;
      let accpoint = false;
      do {
        count = 0;
        for (let i = 0; i < n; i++) {
          b[i] = X[i] + steplength * t[i];
          if (reltest + X[i] === reltest + b[i]) count++;
        }
        if (count < n) {
          fval = fs(b);
          funcount++;
          accpoint = Number.isFinite(fval) && fval <= Fmin + gradproj * steplength * acctol;
          if (!accpoint) steplength *= stepredn;
        }
      } while (!(count === n || accpoint));
      const enough = fval > abstol && Math.abs(fval - Fmin) > reltol * (Math.abs(Fmin) + reltol);
      if (!enough) {
        count = n;
        Fmin = fval;
      }
      if (count < n) {
        Fmin = fval;
        numericGradient(f, b, parscale, ndeps, g);
        gradcount++;
        iter++;
        let D1 = 0;
        for (let i = 0; i < n; i++) {
          t[i] = steplength * t[i];
          c[i] = g[i] - c[i];
          D1 += t[i] * c[i];
        }
        if (D1 > 0) {
          let D2 = 0;
          for (let i = 0; i < n; i++) {
            let s = 0;
            for (let j = 0; j <= i; j++) s += B[i][j] * c[j];
            for (let j = i + 1; j < n; j++) s += B[j][i] * c[j];
            X[i] = s;
            D2 += s * c[i];
          }
          D2 = 1.0 + D2 / D1;
          for (let i = 0; i < n; i++) {
            for (let j = 0; j <= i; j++) B[i][j] += (D2 * t[i] * t[j] - X[i] * t[j] - t[i] * X[j]) / D1;
          }
        } else {
          ilast = gradcount;
        }
      } else if (ilast < gradcount) {
        count = 0;
        ilast = gradcount;
      }
    } else {
      count = 0;
      if (ilast === gradcount) count = n;
      else ilast = gradcount;
    }
    if (iter >= maxit) break;
    if (gradcount - ilast > 2 * n) ilast = gradcount;
  } while (count !== n || ilast !== gradcount);
  return { par: unscale(), value: Fmin, convergence: iter < maxit ? 0 : 1, evaluations: funcount, gradients: gradcount };
}

/** optim's `optimhess`: the Hessian of f at par by differences of numerical gradients. */
export function numericHessian(f: Objective, par: readonly number[], options: BfgsOptions = {}): number[][] {
  const n = par.length;
  const parscale = options.parscale ?? new Array<number>(n).fill(1);
  const ndeps = options.ndeps ?? new Array<number>(n).fill(1e-3);
  const dpar = Float64Array.from(par, (v, i) => v / parscale[i]);
  const df1 = new Float64Array(n);
  const df2 = new Float64Array(n);
  const H: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const eps = ndeps[i] / parscale[i];
    dpar[i] += eps;
    numericGradient(f, dpar, parscale, ndeps, df1);
    dpar[i] -= 2 * eps;
    numericGradient(f, dpar, parscale, ndeps, df2);
    for (let j = 0; j < n; j++) H[i][j] = (df1[j] - df2[j]) / (2 * eps * parscale[i] * parscale[j]);
    dpar[i] += eps;
  }
  for (let i = 0; i < n; i++)
    for (let j = 0; j < i; j++) {
      const v = 0.5 * (H[i][j] + H[j][i]);
      H[i][j] = v;
      H[j][i] = v;
    }
  return H;
}
