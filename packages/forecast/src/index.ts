/**
 * @corridor/forecast: univariate forecasting models for monthly (or any equally spaced)
 * series, each tested against R, and the reconciliation of forecasts of a hierarchy.
 * Nothing here knows where the series come from. See ../README.md for each method and
 * its reference.
 */
export type { FittedModel, Forecast, ForecastModel, Interval, ModelOptions } from './model.js';
export {
  arimaModel,
  autoArima,
  createArimaModel,
  createEtsModel,
  createMstlModel,
  etsFromParameters,
  etsModel,
  forecastModels,
  ModelInputError,
  mstlModel,
  snaiveModel,
  thetaModel,
  type ArimaFittedModel,
  type ArimaOptions,
  type EtsFittedModel,
  type EtsOptCrit,
  type EtsOptions,
  type ThetaFittedModel,
} from './models/index.js';
export { arimaForecast, arimaName, type ArimaFit, type ArimaOrder, type AutoArimaOptions } from './models/arima.js';
export { seededRandom, type RandomSource } from './models/random.js';
export {
  cholesky,
  choleskySolve,
  reconcile,
  RECONCILIATION_METHODS,
  shrinkCovariance,
  type ReconciliationMethod,
  type Shrinkage,
  type Structure,
} from './reconcile.js';
export { leastSquares, type LeastSquares } from './models/linear.js';
export { baggedModel, movingBlockBootstrap, type BaggingOptions } from './bagging.js';
export { blockMeans, divisors, reconcileTemporal, temporalHierarchy, type TemporalOptions, type TemporalWeights } from './temporal.js';
export { windowAveragedModel, type WindowAverageOptions } from './window-average.js';
export { createSeasonalRandomWalkModel, seasonalRandomWalkModel, type SeasonalRandomWalkOptions } from './seasonal-random-walk.js';
export { akaikeEtsModel, akaikeWeights, createAkaikeEtsModel, type AkaikeEtsFittedModel, type AkaikeEtsForm, type AkaikeEtsOptions } from './ets-akaike.js';
export {
  createOptimisedThetaModel,
  dynamicOptimisedThetaModel,
  estimateTwoLines,
  optimisedThetaModel,
  thetaLine,
  twoLinesPath,
  twoLinesSse,
  type OptimisedThetaFittedModel,
  type OptimisedThetaOptions,
  type TwoLinesParameters,
  type TwoLinesPath,
} from './optimised-theta.js';
