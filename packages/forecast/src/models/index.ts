/**
 * corridor's forecasting models, one per file, each a `ForecastModel` (../model.ts):
 *
 * | id | file | method | reference |
 * |---|---|---|---|
 * | snaive | snaive.ts | seasonal naive | forecast::snaive |
 * | ets | ets.ts (+ ets-*.ts, nelder-mead.ts) | exponential smoothing, ML, AICc selection | forecast::ets |
 * | theta | theta.ts | Theta method (SES with drift) | forecast::thetaf |
 * | arima | arima.ts (+ arima-*.ts, bfgs.ts, stl.ts) | seasonal ARIMA, CSS-ML, stepwise selection | stats::arima, forecast::Arima / auto.arima |
 * | mstl | mstl.ts | MSTL decomposition + ETS of the adjusted series | augurs (no R reference) |
 *
 * The default instances below use automatic selection; the `create*Model` factories take
 * options (fixed forms or orders, intervals by simulation, ...).
 */
import type { ForecastModel } from '../model.js';
import { arimaModel } from './arima.js';
import { etsModel } from './ets.js';
import { mstlModel } from './mstl.js';
import { snaiveModel } from './snaive.js';
import { thetaModel } from './theta.js';

export { arimaModel, createArimaModel, autoArima, fitArima, type ArimaFittedModel, type ArimaOptions } from './arima.js';
export { createEtsModel, etsFromParameters, etsModel, type EtsFittedModel, type EtsOptCrit, type EtsOptions } from './ets.js';
export { createMstlModel, mstlModel } from './mstl.js';
export { snaiveModel } from './snaive.js';
export { thetaModel, type ThetaFittedModel } from './theta.js';
export { ModelInputError } from './validate.js';

/** The models by id. */
export const forecastModels: Record<'snaive' | 'ets' | 'theta' | 'arima' | 'mstl', ForecastModel> = {
  snaive: snaiveModel,
  ets: etsModel,
  theta: thetaModel,
  arima: arimaModel,
  mstl: mstlModel,
};
