/**
 * Seasonal naive forecasts: each month is forecast by the same month of the last observed
 * year, y(T + h) = y(T + h - m k) with k the smallest whole number of years reaching back
 * into the data (Hyndman & Athanasopoulos, "Forecasting: Principles and Practice", 3rd ed.,
 * section 5.2). It is the benchmark every other model has to beat.
 *
 * Intervals are those of R's forecast::snaive: the residuals are the seasonal differences
 * y(t) - y(t - m), their mean square sigma^2 (no mean removed, no degrees-of-freedom
 * correction), and the h-step standard error is sigma sqrt(k) where k = ceil(h / m) is the
 * number of whole years the forecast reaches ahead. With period 1 this is the naive
 * (random walk) method. The first m fitted values do not exist and are NaN.
 */
import type { FittedModel, Forecast, ForecastModel, ModelOptions } from '../model.js';
import { checkHorizon, checkSeries, normalIntervals, toDataScale } from './validate.js';

export interface SnaiveFittedModel extends FittedModel {
  /** Residual variance: mean squared seasonal difference. */
  sigma2: number;
}

export const snaiveModel: ForecastModel = {
  id: 'snaive',
  minLength(period: number): number {
    return period + 1;
  },
  fit(y: number[], options: ModelOptions): SnaiveFittedModel {
    const m = options.period;
    const x = checkSeries(y, options, { model: 'snaive', minLength: m + 1 });
    const n = x.length;
    const fittedModelScale = x.map((_, t) => (t >= m ? x[t - m] : NaN));
    let sse = 0;
    for (let t = m; t < n; t++) sse += (x[t] - x[t - m]) ** 2;
    const sigma2 = sse / (n - m);
    const lastYear = x.slice(n - m);
    const back = (v: number) => (options.log ? Math.exp(v) : v);
    return {
      name: m > 1 ? `SNAIVE[${m}]` : 'NAIVE',
      fitted: fittedModelScale.map(back),
      parameters: { sigma2 },
      sigma2,
      forecast(h: number, levels: number[]): Forecast {
        checkHorizon('snaive', h, levels);
        const mean: number[] = [];
        const se: number[] = [];
        for (let i = 0; i < h; i++) {
          mean.push(lastYear[i % m]);
          se.push(Math.sqrt(sigma2 * (Math.floor(i / m) + 1)));
        }
        return toDataScale(normalIntervals(mean, se, levels), options.log);
      },
    };
  },
};
