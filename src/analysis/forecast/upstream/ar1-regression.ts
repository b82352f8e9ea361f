/**
 * Linear regression with AR(1) errors, y_t = x_t'β + u_t, u_t = φ u_{t−1} + e_t, by
 * iterated Prais–Winsten feasible GLS (Prais & Winsten 1954; Hyndman & Athanasopoulos,
 * FPP3 §10 "regression with ARIMA errors", the simplest ARIMA error): OLS, φ from the
 * residuals' lag-1 autocorrelation, the transformed regression, repeated until φ settles.
 * φ is kept in [−0.5, PHI_MAX]: near 1 the regression and the error's level cannot be told
 * apart on the few years these regressors cover.
 */
import { leastSquares } from '@corridor/forecast';

export const PHI_MAX = 0.95;

export interface Ar1Regression {
  beta: number[];
  phi: number;
  /** Variance of the innovations e_t. */
  sigma2: number;
  /** u_t = y_t − x_t'β over the sample. */
  errors: number[];
  /** One-step in-sample predictions x_t'β + φ u_{t−1}. */
  fitted: number[];
}

/** `columns`: regressors, each an array over the sample (include a column of ones for an intercept). */
export function fitAr1Regression(columns: readonly (readonly number[])[], y: readonly number[], iterations = 8): Ar1Regression {
  const n = y.length;
  let beta = leastSquares(columns, y).coefficients;
  let phi = 0;
  const errorsOf = (b: number[]) => y.map((v, t) => v - columns.reduce((s, c, j) => s + c[t] * b[j], 0));
  for (let it = 0; it < iterations; it++) {
    const u = errorsOf(beta);
    let num = 0;
    let den = 0;
    for (let t = 1; t < n; t++) {
      num += u[t] * u[t - 1];
      den += u[t - 1] * u[t - 1];
    }
    const next = den > 0 ? Math.min(PHI_MAX, Math.max(-0.5, num / den)) : 0;
    const settled = Math.abs(next - phi) < 1e-6;
    phi = next;
    const w = Math.sqrt(1 - phi * phi);
    const ty = y.map((v, t) => (t === 0 ? w * v : v - phi * y[t - 1]));
    const tx = columns.map((c) => c.map((v, t) => (t === 0 ? w * v : v - phi * c[t - 1])));
    beta = leastSquares(tx, ty).coefficients;
    if (settled) break;
  }
  const errors = errorsOf(beta);
  const fitted = y.map((v, t) => v - errors[t] + (t > 0 ? phi * errors[t - 1] : 0));
  let ss = 0;
  for (let t = 1; t < n; t++) ss += (errors[t] - phi * errors[t - 1]) ** 2;
  const sigma2 = ss / Math.max(1, n - 1 - columns.length - 1);
  return { beta, phi, sigma2, errors, fitted };
}

/** Variance of the AR(1) error's h-step forecast: σ²(1 + φ² + … + φ^{2(h−1)}). */
export function ar1ForecastVariance(phi: number, sigma2: number, h: number): number {
  let v = 0;
  for (let i = 0; i < h; i++) v += phi ** (2 * i);
  return sigma2 * v;
}
