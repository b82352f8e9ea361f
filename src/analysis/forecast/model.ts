/**
 * The model contract is the @corridor/forecast package's (packages/forecast/src/model.ts).
 * Re-exported here only for modules outside the forecast framework that still import this
 * path (src/analysis/impact); new code imports '@corridor/forecast'.
 */
export type { FittedModel, Forecast, ForecastModel, Interval, ModelOptions } from '@corridor/forecast';
