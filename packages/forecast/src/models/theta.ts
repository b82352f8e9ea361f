/**
 * The standard Theta method (Assimakopoulos & Nikolopoulos 2000, "The theta model: a
 * decomposition approach to forecasting", International Journal of Forecasting 16,
 * 521-530), in the form Hyndman & Billah (2003, "Unmasking the Theta method", IJF 19,
 * 287-290) showed it to be, simple exponential smoothing with drift, as R's forecast::thetaf
 * computes it:
 *
 * 1. Seasonality test: the series is seasonal when it has more than two years of data and
 *    its lag-m autocorrelation r_m exceeds 1.645 sqrt((1 + 2 sum_{k<m} r_k^2) / n) (a 90%
 *    two-sided test). Seasonal series are divided by the multiplicative classical
 *    decomposition's seasonal indices (decompose.ts) and re-seasonalised at the end.
 * 2. Simple exponential smoothing, ETS(A,N,N) with alpha and the initial level chosen to
 *    minimise the in-sample mean squared error (as forecast::ses).
 * 3. Drift: half the slope b of a straight line fitted to the adjusted series,
 *    added as b/2 (h - 1 + (1 - (1 - alpha)^n) / alpha).
 * 4. Intervals: the SES standard error sigma sqrt(1 + (h - 1) alpha^2) around the mean, with
 *    sigma^2 the SES residual variance (divided by n - 2); multiplied by the seasonal index
 *    only through the mean, as thetaf does.
 *
 * The Theta method won the M3 competition and remains a strong default for monthly data.
 */
import type { FittedModel, Forecast, ForecastModel, ModelOptions } from '../model.js';
import { decompose } from './decompose.js';
import type { EtsForm } from './ets-core.js';
import { fitEtsForm } from './ets.js';
import { leastSquares } from './linear.js';
import { checkHorizon, checkSeries, isConstant, qnorm, qnormUpper, toDataScale } from './validate.js';

export interface ThetaFittedModel extends FittedModel {
  /** Whether the series was seasonally adjusted. */
  seasonal: boolean;
  alpha: number;
  /** Half the slope of the linear trend of the (adjusted) series. */
  drift: number;
  /** SES residual variance on the adjusted scale. */
  sigma2: number;
}

/** Sample autocorrelations r_1..r_maxLag (R's acf: mean removed, divided by n). */
export function autocorrelations(x: readonly number[], maxLag: number): number[] {
  const n = x.length;
  let mean = 0;
  for (const v of x) mean += v;
  mean /= n;
  let c0 = 0;
  for (const v of x) c0 += (v - mean) * (v - mean);
  const r: number[] = [];
  for (let k = 1; k <= maxLag; k++) {
    let c = 0;
    for (let t = k; t < n; t++) c += (x[t] - mean) * (x[t - k] - mean);
    r.push(c / c0);
  }
  return r;
}

/** thetaf's test for seasonality at lag m (90% level). */
export function thetaSeasonalityTest(x: readonly number[], m: number): boolean {
  const n = x.length;
  if (m <= 1 || isConstant(x) || n <= 2 * m) return false;
  const r = autocorrelations(x, m);
  let s = 0;
  for (let k = 0; k < m - 1; k++) s += r[k] * r[k];
  const stat = Math.sqrt((1 + 2 * s) / n);
  return Math.abs(r[m - 1]) / stat > qnorm(0.95);
}

const SES: EtsForm = { error: 'A', trend: 'N', damped: false, season: 'N' };

export const thetaModel: ForecastModel = {
  id: 'theta',
  minLength(): number {
    return 7;
  },
  fit(y: number[], options: ModelOptions): ThetaFittedModel {
    const m = options.period;
    const x = checkSeries(y, options, { model: 'theta', minLength: 7 });
    const n = x.length;
    let seasonal = thetaSeasonalityTest(x, m);
    let indices: number[] = [];
    let adjusted = x;
    if (seasonal) {
      const decomposition = decompose(x, m, 'multiplicative');
      if (decomposition.seasonal.some((s) => Math.abs(s) < 1e-4)) {
        seasonal = false; // thetaf warns and falls back to the non-seasonal method
      } else {
        indices = decomposition.seasonal;
        adjusted = x.map((v, i) => v / indices[i]);
      }
    }
    let alpha: number;
    let level: number;
    let sesFitted: number[];
    let sigma2: number;
    if (isConstant(adjusted)) {
      alpha = 0.99999;
      level = adjusted[n - 1];
      sesFitted = adjusted.map((_, i) => (i === 0 ? adjusted[0] : adjusted[i - 1]));
      sigma2 = 0;
    } else {
      const fit = fitEtsForm(adjusted, 1, SES, 'mse');
      if (!fit) throw new Error('theta: simple exponential smoothing could not be fitted');
      alpha = fit.params.alpha;
      level = fit.finalState[0];
      sesFitted = fit.fitted;
      sigma2 = fit.residuals.reduce((s, e) => s + e * e, 0) / (n - fit.npar);
    }
    const t = adjusted.map((_, i) => i);
    const slope = isConstant(adjusted) ? 0 : leastSquares([t.map(() => 1), t], adjusted).coefficients[1];
    const drift = slope / 2;
    alpha = Math.max(1e-10, alpha);
    const lastIndices = seasonal ? indices.slice(n - m) : [];
    const fittedModelScale = seasonal ? sesFitted.map((f, i) => f * indices[i]) : sesFitted;
    const back = (v: number) => (options.log ? Math.exp(v) : v);
    const parameters: Record<string, number> = { alpha, drift, sigma2, seasonal: seasonal ? 1 : 0 };
    return {
      name: seasonal ? `Theta (seasonally adjusted, period ${m})` : 'Theta',
      fitted: fittedModelScale.map(back),
      parameters,
      seasonal,
      alpha,
      drift,
      sigma2,
      forecast(h: number, levels: number[]): Forecast {
        checkHorizon('theta', h, levels);
        const correction = (1 - Math.pow(1 - alpha, n)) / alpha;
        const mean: number[] = [];
        for (let i = 0; i < h; i++) {
          let f = level + drift * (i + correction);
          if (seasonal) f *= lastIndices[i % m];
          mean.push(f);
        }
        const se = mean.map((_, i) => Math.sqrt(sigma2) * Math.sqrt(i * alpha * alpha + 1));
        const out: Forecast = {
          mean,
          intervals: levels.map((level) => {
            const z = qnormUpper(level);
            return { level, lower: mean.map((f, i) => f - z * se[i]), upper: mean.map((f, i) => f + z * se[i]) };
          }),
        };
        return toDataScale(out, options.log);
      },
    };
  },
};
