/**
 * A seasonally adjusted random walk ("Naive2", the benchmark of the M3 and M4 competitions;
 * Makridakis, Spiliotis & Assimakopoulos 2020, "The M4 Competition", IJF 36), with an optional
 * momentum drift.
 *
 * When the lag-m autocorrelation test of the Theta method says the series is seasonal
 * (`thetaSeasonalityTest`, as `forecast::thetaf` and the M4 benchmark test it), the series is
 * seasonally adjusted by classical additive decomposition (`stats::decompose`): on the log scale
 * when `options.log` (so multiplicative on the data's scale, as the M4 benchmark adjusts), on the
 * data's own scale otherwise. The last adjusted value is carried forward and the seasonal figure
 * put back: yhat(n + h) = sa(n) + h·drift + s(n + h).
 *
 * The drift is none by default (Naive2). With `driftMonths` k > 0 it is the momentum of the last
 * k months of the adjusted series times `driftFactor`: drift = (sa(n) − sa(n − k)) / k · factor
 * (k is cut to n − 1 on shorter series).
 *
 * Intervals are a random walk's on the adjusted series, as `forecast::naive` gives them: sigma² the
 * mean squared first difference of the adjusted series (no mean removed), the h-step standard error
 * sigma·√h; the drift is taken as known. The one-step fitted values are sa(t − 1) + s(t) (the first
 * is the first observation).
 */
import type { FittedModel, Forecast, ForecastModel, ModelOptions } from './model.js';
import { decompose } from './models/decompose.js';
import { thetaSeasonalityTest } from './models/theta.js';
import { checkHorizon, checkSeries, ModelInputError, normalIntervals, toDataScale } from './models/validate.js';

export interface SeasonalRandomWalkOptions {
  /** Months k of the momentum drift (sa(n) − sa(n − k)) / k; 0, the default, for none. */
  driftMonths?: number;
  /** Share of the momentum carried forward each month (default 1). */
  driftFactor?: number;
  /** The model's id (default 'naive2', or `rw-d${k}x${factor}` with a drift). */
  id?: string;
}

/** The seasonally adjusted random walk with an optional momentum drift (see the file's comment). */
export function createSeasonalRandomWalkModel(options: SeasonalRandomWalkOptions = {}): ForecastModel {
  const k = options.driftMonths ?? 0;
  const factor = options.driftFactor ?? 1;
  if (!Number.isInteger(k) || k < 0) throw new ModelInputError(`seasonal random walk: driftMonths must be a whole number of months, got ${k}`);
  if (!Number.isFinite(factor)) throw new ModelInputError(`seasonal random walk: driftFactor must be a finite number, got ${factor}`);
  const id = options.id ?? (k > 0 ? `rw-d${k}x${factor}` : 'naive2');
  return {
    id,
    minLength: () => 3,
    fit(y: number[], modelOptions: ModelOptions): FittedModel {
      const x = checkSeries(y, modelOptions, { model: id, minLength: 3 });
      const n = x.length;
      const m = modelOptions.period;
      const seasonal = thetaSeasonalityTest(x, m);
      const figure = seasonal ? decompose(x, m, 'additive').figure : new Array<number>(m).fill(0);
      const s = (t: number) => figure[t % m];
      const sa = x.map((v, t) => v - s(t));
      const last = sa[n - 1];
      const kk = Math.min(k, n - 1);
      const drift = kk > 0 ? ((last - sa[n - 1 - kk]) / kk) * factor : 0;
      let sse = 0;
      for (let t = 1; t < n; t++) sse += (sa[t] - sa[t - 1]) ** 2;
      const sigma2 = sse / (n - 1);
      const back = (v: number) => (modelOptions.log ? Math.exp(v) : v);
      return {
        name: `${seasonal ? 'seasonally adjusted ' : ''}random walk${kk > 0 ? ` with ${factor} × the ${kk}-month drift` : ''}`,
        fitted: x.map((v, t) => back(t === 0 ? v : sa[t - 1] + s(t))),
        parameters: { drift, sigma2, seasonal: seasonal ? 1 : 0 },
        forecast(h: number, levels: number[]): Forecast {
          checkHorizon(id, h, levels);
          const mean = Array.from({ length: h }, (_, j) => last + (j + 1) * drift + s(n + j));
          const se = mean.map((_, j) => Math.sqrt(sigma2 * (j + 1)));
          return toDataScale(normalIntervals(mean, se, levels), modelOptions.log);
        },
      };
    },
  };
}

/** Naive2: the seasonally adjusted random walk without drift. */
export const seasonalRandomWalkModel: ForecastModel = createSeasonalRandomWalkModel();
