/**
 * The contract every forecasting model implements (one model per file in ./models).
 * A model is fitted to one series of equally spaced observations (months here) and
 * forecasts h steps ahead with a point forecast and prediction intervals from its own
 * error model; the back-test layer calibrates intervals from out-of-sample errors
 * (conformal) on top of that.
 */

export interface ModelOptions {
  /** Seasonal period (12 for monthly series); 1 for none. */
  period: number;
  /** Fit on log(y) and back-transform (series must be > 0). */
  log?: boolean;
  /**
   * Label of the first observation ('YYYY-MM' for months), for models whose inputs are
   * aligned in time with the series (regressors): the last observation is the origin.
   * Univariate models ignore it.
   */
  start?: string;
}

export interface Interval {
  /** Coverage, e.g. 80 or 95. */
  level: number;
  lower: number[];
  upper: number[];
}

export interface Forecast {
  mean: number[];
  intervals: Interval[];
}

export interface FittedModel {
  /** Model id with its chosen form, e.g. "ETS(M,Ad,M)" or "ARIMA(1,1,1)(0,1,1)[12]". */
  name: string;
  /** In-sample one-step fitted values (same length as the training series). */
  fitted: number[];
  /** Parameters as fitted, for model cards and reference tests. */
  parameters: Record<string, number>;
  /** Information criteria where the model has a likelihood. */
  aicc?: number;
  forecast(h: number, levels: number[]): Forecast;
}

export interface ForecastModel {
  /** Stable id: 'snaive', 'ets', 'theta', 'arima', 'mstl', 'combination'. */
  id: string;
  /** Minimum observations needed; fit throws a clear error below it. */
  minLength(period: number): number;
  fit(y: number[], options: ModelOptions): FittedModel;
}
