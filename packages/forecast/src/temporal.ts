/**
 * Temporal hierarchies (THieF: Athanasopoulos, Hyndman, Kourentzes & Petropoulos 2017,
 * "Forecasting with temporal hierarchies", EJOR 262): a series is aggregated over every
 * block length k that divides its period (months: 1, 2, 3, 4, 6, 12), a base model is
 * fitted at each level, and the forecasts of every level are reconciled so that they agree.
 * The yearly and half-yearly levels see the trend without the monthly noise, the monthly
 * level sees the season; reconciliation lets each correct the others.
 *
 * Here a level is the mean (not the sum) of its k months, on the scale the model fits (the
 * log scale when `options.log`: the mean of the logs, so that reconciling on that scale is
 * linear); the blocks end at the last observation, so that the forecast's blocks are the
 * months 1..k, k+1..2k... after it. Reconciliation is weighted least squares,
 * x = (S'W⁻¹S)⁻¹S'W⁻¹ŷ for each year ahead:
 * - 'struc' (structural scaling): var of a level's error ∝ 1/k, the variance of a mean of k
 *   independent monthly errors (thief's "struc", stated for sums as ∝ k);
 * - 'var' (variance scaling): each level's in-sample one-step mean squared error (thief's "mse").
 * A level whose aggregated series is shorter than the base model's minimum is left out. The
 * monthly level's own intervals are kept, shifted by what reconciliation moved its mean.
 */
import type { FittedModel, Forecast, ForecastModel, ModelOptions } from './model.js';
import { cholesky, choleskySolve } from './reconcile.js';

export type TemporalWeights = 'struc' | 'var' | 'ols';

export interface TemporalOptions {
  /** Block lengths (each dividing the period; 1 is always included). Default: every divisor of the period. */
  levels?: number[];
  weights?: TemporalWeights;
  /** The model's id (default `${base.id}-thief`). */
  id?: string;
}

/** The divisors of a period, ascending (1 and the period included). */
export function divisors(period: number): number[] {
  const out: number[] = [];
  for (let k = 1; k <= period; k++) if (period % k === 0) out.push(k);
  return out;
}

/** Means of consecutive blocks of k values, the last block ending at the last value (a partial first block is dropped). */
export function blockMeans(z: readonly number[], k: number): number[] {
  const n = Math.floor(z.length / k);
  const from = z.length - n * k;
  return Array.from({ length: n }, (_, j) => {
    let s = 0;
    for (let i = 0; i < k; i++) s += z[from + j * k + i];
    return s / k;
  });
}

/**
 * Reconciles one period's forecasts: `base[l]` holds level levels[l]'s period/k forecasts (levels[0] must be 1),
 * `variance[l]` that level's error variance (W's diagonal). Returns the period's coherent monthly values.
 */
export function reconcileTemporal(levels: readonly number[], base: readonly (readonly number[])[], variance: readonly number[]): number[] {
  if (levels[0] !== 1) throw new Error('temporal reconciliation needs the level of single steps first');
  const m = base[0].length;
  // A = S'W⁻¹S (m × m), b = S'W⁻¹ŷ; row (level k, block j) of S is 1/k over the steps j·k..j·k+k−1.
  const A = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  const b = Array.from({ length: m }, () => [0]);
  levels.forEach((k, l) => {
    const w = 1 / variance[l];
    for (let j = 0; j < m / k; j++) {
      for (let p = j * k; p < j * k + k; p++) {
        b[p][0] += (w / k) * base[l][j];
        for (let q = j * k; q < j * k + k; q++) A[p][q] += w / (k * k);
      }
    }
  });
  return choleskySolve(cholesky(A), b).map((r) => r[0]);
}

/** A model forecasting through a temporal hierarchy of `base`. */
export function temporalHierarchy(base: ForecastModel, opts: TemporalOptions = {}): ForecastModel {
  const weights = opts.weights ?? 'struc';
  return {
    id: opts.id ?? `${base.id}-thief`,
    minLength: (period) => base.minLength(period),
    fit(y: number[], options: ModelOptions): FittedModel {
      const m = options.period;
      const monthly = base.fit(y, options);
      if (m <= 1) return monthly;
      const toScale = (v: number) => (options.log ? Math.log(v) : v);
      const fromScale = (v: number) => (options.log ? Math.exp(v) : v);
      const z = y.map(toScale);
      const fits: { k: number; fitted: FittedModel; variance: number }[] = [];
      for (const k of opts.levels ?? divisors(m)) {
        if (m % k !== 0) throw new Error(`temporal hierarchy: block length ${k} does not divide the period ${m}`);
        const agg = blockMeans(z, k);
        let fitted: FittedModel;
        if (k === 1) fitted = monthly;
        else {
          if (agg.length < base.minLength(m / k)) continue;
          try {
            fitted = base.fit(agg.map(fromScale), { ...options, period: m / k });
          } catch {
            continue; // a level the base model cannot fit is left out; the others still reconcile
          }
        }
        const res = agg.map((v, t) => v - toScale(fitted.fitted[t])).filter(Number.isFinite);
        const variance = res.length ? res.reduce((a, e) => a + e * e, 0) / res.length : NaN;
        fits.push({ k, fitted, variance });
      }
      fits.sort((a, b) => a.k - b.k);
      const used = fits.filter((f) => weights !== 'var' || (f.variance > 0 && Number.isFinite(f.variance)));
      if (used.length < 2 || used[0].k !== 1) return monthly;
      return {
        name: `THieF(${monthly.name}; levels ${used.map((f) => f.k).join(',')}; ${weights})`,
        fitted: monthly.fitted,
        parameters: { ...monthly.parameters, levels: used.length },
        aicc: monthly.aicc,
        forecast(h: number, levels: number[]): Forecast {
          const years = Math.ceil(h / m);
          const own = monthly.forecast(years * m, levels);
          const ahead = used.map((f) => (f.k === 1 ? own.mean : f.fitted.forecast((years * m) / f.k, []).mean).map(toScale));
          const variance = used.map((f) => (weights === 'struc' ? 1 / f.k : weights === 'ols' ? 1 : f.variance));
          const shift: number[] = [];
          for (let yr = 0; yr < years; yr++) {
            const x = reconcileTemporal(
              used.map((f) => f.k),
              ahead.map((a, l) => a.slice((yr * m) / used[l].k, ((yr + 1) * m) / used[l].k)),
              variance,
            );
            x.forEach((v, p) => shift.push(v - ahead[0][yr * m + p]));
          }
          // The monthly level's intervals, moved as its mean was (a ratio on the log scale).
          const move = (v: number, t: number) => (options.log ? v * Math.exp(shift[t]) : v + shift[t]);
          return {
            mean: own.mean.slice(0, h).map((_, t) => fromScale(ahead[0][t] + shift[t])),
            intervals: own.intervals.map((iv) => ({ level: iv.level, lower: iv.lower.slice(0, h).map(move), upper: iv.upper.slice(0, h).map(move) })),
          };
        },
      };
    },
  };
}
