/**
 * Forecast reconciliation: makes the forecasts of a hierarchy add up, children to
 * their parents, by projecting the base forecasts of every node onto the coherent
 * subspace ỹ = S·G·ŷ (Hyndman et al. 2011; Wickramasuriya, Athanasopoulos & Hyndman
 * 2019), where S sums the bottom series into every node and
 * G = (S'W⁻¹S)⁻¹S'W⁻¹:
 *
 * - bottom-up: the bottom forecasts, summed (G picks the bottom rows);
 * - OLS: W = I;
 * - MinT-shrink: W is the covariance of the in-sample one-step residuals, shrunk
 *   towards its diagonal with the Schäfer & Strimmer (2005) intensity, exactly as
 *   hts::MinT and fable's min_trace(method = "mint_shrink") compute it (residuals
 *   not centred).
 *
 * Counts cannot be negative: a negative reconciled bottom forecast is set to 0 and every
 * node is then the sum of its bottom series, so the result is always coherent.
 */

export type ReconciliationMethod = 'base' | 'bottom-up' | 'ols' | 'mint-shrink';
export const RECONCILIATION_METHODS: readonly ReconciliationMethod[] = ['base', 'bottom-up', 'ols', 'mint-shrink'];

export interface Structure {
  /** Rows: every node; columns: the bottom nodes; 1 where the bottom node belongs to the node. */
  S: number[][];
  /** Row of S of each bottom node (column j of S is bottom node bottom[j]). */
  bottom: number[];
}

/** Lower-triangular Cholesky factor of a symmetric positive definite matrix. */
export function cholesky(A: readonly (readonly number[])[]): Float64Array[] {
  const n = A.length;
  const L = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = A[i][j];
      const Li = L[i];
      const Lj = L[j];
      for (let k = 0; k < j; k++) sum -= Li[k] * Lj[k];
      if (i === j) {
        if (!(sum > 0)) throw new Error(`matrix is not positive definite (pivot ${i}: ${sum})`);
        Li[i] = Math.sqrt(sum);
      } else Li[j] = sum / Lj[j];
    }
  }
  return L;
}

/** Solves (L L') x = b for each column of B (n × k, row-major). */
export function choleskySolve(L: readonly Float64Array[], B: readonly (readonly number[])[]): number[][] {
  const n = L.length;
  const k = B[0]?.length ?? 0;
  const X = B.map((r) => [...r]);
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < n; i++) {
      let s = X[i][c];
      for (let j = 0; j < i; j++) s -= L[i][j] * X[j][c];
      X[i][c] = s / L[i][i];
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = X[i][c];
      for (let j = i + 1; j < n; j++) s -= L[j][i] * X[j][c];
      X[i][c] = s / L[i][i];
    }
  }
  return X;
}

export interface Shrinkage {
  W: number[][];
  lambda: number;
}

/**
 * Shrinkage covariance of residuals (T × n, by time then node): λ·diag + (1 − λ)·Σ̂,
 * Σ̂ = E'E/T. Zero variances are floored at 1e-6 of the mean variance (a node whose
 * residuals are all 0 is then forecast almost exactly as its base forecast).
 */
export function shrinkCovariance(residuals: readonly (readonly number[])[]): Shrinkage {
  const T = residuals.length;
  const n = residuals[0].length;
  const cov = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const e of residuals) {
    for (let i = 0; i < n; i++) {
      const ei = e[i];
      if (ei === 0) continue;
      const row = cov[i];
      for (let j = 0; j <= i; j++) row[j] += ei * e[j];
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) cov[j][i] = cov[i][j] = cov[i][j] / T;
  const meanVar = cov.reduce((s, r, i) => s + r[i], 0) / n;
  const floor = meanVar > 0 ? meanVar * 1e-6 : 1e-6;
  const sd = cov.map((r, i) => Math.sqrt(Math.max(r[i], floor)));
  // Schäfer-Strimmer: λ = Σ_{i≠j} Var(r̂_ij) / Σ_{i≠j} r̂_ij², on residuals scaled by their sd.
  let num = 0;
  let den = 0;
  if (T > 1) {
    const xs = residuals.map((e) => e.map((v, i) => v / sd[i]));
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < i; j++) {
        let s1 = 0;
        let s2 = 0;
        for (const x of xs) {
          const w = x[i] * x[j];
          s1 += w;
          s2 += w * w;
        }
        // v_ij = (1 / (T(T−1))) · (Σ w² − (Σ w)² / T); corr_ij = Σ w / T
        num += 2 * ((s2 - (s1 * s1) / T) / (T * (T - 1)));
        den += 2 * (s1 / T) ** 2;
      }
    }
  }
  const lambda = den > 0 ? Math.max(0, Math.min(1, num / den)) : 1;
  const W = cov.map((r, i) => r.map((v, j) => (i === j ? Math.max(v, floor) : (1 - lambda) * v)));
  return { W, lambda };
}

/**
 * Reconciles base forecasts (nodes × horizons). `residuals` (T × nodes) is needed for
 * MinT-shrink. Returns nodes × horizons, coherent with S.
 */
export function reconcile(structure: Structure, base: readonly (readonly number[])[], method: ReconciliationMethod, residuals?: readonly (readonly number[])[]): { forecasts: number[][]; lambda?: number } {
  const { S, bottom } = structure;
  if (method === 'base') return { forecasts: base.map((r) => [...r]) };
  let bottomForecasts: number[][];
  let lambda: number | undefined;
  if (method === 'bottom-up') {
    bottomForecasts = bottom.map((i) => [...base[i]]);
  } else {
    let W: number[][];
    if (method === 'ols') W = S.map((_, i) => S.map((__, j) => (i === j ? 1 : 0)));
    else {
      if (!residuals || residuals.length < 2) throw new Error('MinT-shrink needs at least 2 months of in-sample residuals of every node');
      const shrunk = shrinkCovariance(residuals);
      W = shrunk.W;
      lambda = shrunk.lambda;
    }
    const L = cholesky(W);
    const WinvS = choleskySolve(L, S); // n × m
    const m = bottom.length;
    const H = base[0].length;
    const M = Array.from({ length: m }, (_, a) => Array.from({ length: m }, (__, b) => S.reduce((s, row, i) => s + row[a] * WinvS[i][b], 0)));
    const rhs = Array.from({ length: m }, (_, a) => Array.from({ length: H }, (__, h) => WinvS.reduce((s, row, i) => s + row[a] * base[i][h], 0)));
    bottomForecasts = choleskySolve(cholesky(M), rhs);
  }
  const clipped = bottomForecasts.map((r) => r.map((v) => Math.max(0, v)));
  return { forecasts: S.map((row) => clipped[0].map((_, h) => row.reduce((s, w, j) => (w ? s + w * clipped[j][h] : s), 0))), lambda };
}
