/**
 * Small dense linear algebra for the models: least squares by Householder QR (what R's
 * `lm` and `lsfit` use, so coefficients agree to rounding), and solving a square system by
 * Gaussian elimination with partial pivoting. Sizes here are tiny (a handful of columns).
 */

export interface LeastSquares {
  coefficients: number[];
  residuals: number[];
  /** Standard errors of the coefficients (NaN when the residual degrees of freedom are 0). */
  standardErrors: number[];
  /** Residual variance, sum of squared residuals / (n - k). */
  sigma2: number;
}

/**
 * Ordinary least squares of y on the columns of X (each column an array of length n).
 * @throws Error when X is rank deficient.
 */
export function leastSquares(columns: readonly (readonly number[])[], y: readonly number[]): LeastSquares {
  const n = y.length;
  const k = columns.length;
  // A is n x k, column-major copy; b is y.
  const A = columns.map((c) => Float64Array.from(c));
  const b = Float64Array.from(y);
  const diag = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const col = A[j];
    let norm = 0;
    for (let i = j; i < n; i++) norm += col[i] * col[i];
    norm = Math.sqrt(norm);
    if (norm === 0) throw new Error('least squares: the design matrix is rank deficient');
    const alpha = col[j] > 0 ? -norm : norm;
    // v = col[j..] - alpha e1, stored in col[j..]
    col[j] -= alpha;
    let vnorm2 = 0;
    for (let i = j; i < n; i++) vnorm2 += col[i] * col[i];
    diag[j] = alpha;
    if (vnorm2 === 0) continue;
    for (let jj = j + 1; jj < k; jj++) {
      const other = A[jj];
      let dot = 0;
      for (let i = j; i < n; i++) dot += col[i] * other[i];
      const f = (2 * dot) / vnorm2;
      for (let i = j; i < n; i++) other[i] -= f * col[i];
    }
    let dot = 0;
    for (let i = j; i < n; i++) dot += col[i] * b[i];
    const f = (2 * dot) / vnorm2;
    for (let i = j; i < n; i++) b[i] -= f * col[i];
  }
  // R is upper triangular: R[j][j] = diag[j], R[i][j] = A[j][i] for i < j.
  for (let j = 0; j < k; j++) {
    if (Math.abs(diag[j]) < 1e-12 * Math.abs(diag[0])) throw new Error('least squares: the design matrix is rank deficient');
  }
  const coef = new Array<number>(k).fill(0);
  for (let i = k - 1; i >= 0; i--) {
    let s = b[i];
    for (let j = i + 1; j < k; j++) s -= A[j][i] * coef[j];
    coef[i] = s / diag[i];
  }
  const residuals = y.map((v, i) => {
    let fit = 0;
    for (let j = 0; j < k; j++) fit += columns[j][i] * coef[j];
    return v - fit;
  });
  const df = n - k;
  const rss = residuals.reduce((s, r) => s + r * r, 0);
  const sigma2 = df > 0 ? rss / df : NaN;
  // (X'X)^-1 = R^-1 R^-T; the standard error of coefficient j is sqrt(sigma2 * ||row j of R^-1||^2).
  const Rinv: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let j = 0; j < k; j++) {
    Rinv[j][j] = 1 / diag[j];
    for (let i = j - 1; i >= 0; i--) {
      let s = 0;
      for (let l = i + 1; l <= j; l++) s += A[l][i] * Rinv[l][j];
      Rinv[i][j] = -s / diag[i];
    }
  }
  const standardErrors = Rinv.map((row) => Math.sqrt(sigma2 * row.reduce((s, v) => s + v * v, 0)));
  return { coefficients: coef, residuals, standardErrors, sigma2 };
}

/**
 * Solves A x = b for square A (row-major array of rows) by Gaussian elimination with partial
 * pivoting. Returns undefined when A is singular to working precision (reciprocal condition
 * estimate below machine epsilon, as R's `solve` refuses).
 */
export function solve(A: readonly (readonly number[])[], b: readonly number[]): number[] | undefined {
  const n = A.length;
  const M = A.map((row) => row.slice());
  const x = b.slice();
  let maxAbs = 0;
  for (const row of M) for (const v of row) maxAbs = Math.max(maxAbs, Math.abs(v));
  if (maxAbs === 0 || !Number.isFinite(maxAbs)) return undefined;
  let minPivot = Infinity;
  let maxPivot = 0;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    if (M[p][c] === 0) return undefined;
    if (p !== c) {
      [M[p], M[c]] = [M[c], M[p]];
      [x[p], x[c]] = [x[c], x[p]];
    }
    const pivot = M[c][c];
    minPivot = Math.min(minPivot, Math.abs(pivot));
    maxPivot = Math.max(maxPivot, Math.abs(pivot));
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / pivot;
      if (f === 0) continue;
      for (let k = c; k < n; k++) M[r][k] -= f * M[c][k];
      x[r] -= f * x[c];
    }
  }
  if (minPivot / maxPivot < Number.EPSILON) return undefined;
  for (let r = n - 1; r >= 0; r--) {
    let s = x[r];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}

/** Inverse of a square matrix, or undefined when singular (see `solve`). */
export function inverse(A: readonly (readonly number[])[]): number[][] | undefined {
  const n = A.length;
  const cols: number[][] = [];
  for (let j = 0; j < n; j++) {
    const e = new Array<number>(n).fill(0);
    e[j] = 1;
    const col = solve(A, e);
    if (col === undefined) return undefined;
    cols.push(col);
  }
  return Array.from({ length: n }, (_, i) => cols.map((c) => c[i]));
}

/** Mean as R computes it for doubles: a sum, then a correction pass. */
export function mean(x: ArrayLike<number>, from = 0, to = x.length): number {
  const n = to - from;
  let s = 0;
  for (let i = from; i < to; i++) s += x[i];
  s /= n;
  let t = 0;
  for (let i = from; i < to; i++) t += x[i] - s;
  return s + t / n;
}
