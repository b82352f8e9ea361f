/**
 * Seasonal ARIMA(p,d,q)(P,D,Q)[m] (Box, Jenkins, Reinsel & Ljung 2015, "Time Series
 * Analysis: Forecasting and Control", 5th ed.), estimated as R's stats::arima does with its
 * default method "CSS-ML" and wrapped as forecast::Arima / forecast::auto.arima wrap it:
 *
 * 1. Conditional sum of squares: starting from zero ARMA coefficients (and a regression
 *    estimate of the mean or drift), minimise the CSS of the differenced series by BFGS.
 * 2. Exact maximum likelihood from there: the Kalman filter on the state-space form gives
 *    the Gaussian likelihood with sigma^2 concentrated out; BFGS minimises it over AR
 *    parameters kept stationary by Jones's transformation and MA parameters flipped to
 *    invertibility (arima-core.ts).
 * 3. forecast::Arima's conventions: a mean when d + D = 0, an optional drift (a linear
 *    trend regressor) when d + D = 1, sigma^2 = sum of squared residuals / (n - d - mD -
 *    k + 1) with k the number of estimated coefficients plus one, AICc with that n*.
 * 4. Forecasts and their variances from the Kalman filter's final state; intervals
 *    mean ± z sigma sqrt(v_h).
 *
 * Automatic selection (`createArimaModel()` without an order) follows auto.arima's
 * stepwise search (Hyndman & Khandakar 2008): differencing from the seasonal-strength and
 * KPSS tests (arima-differencing.ts), a start at ARIMA(2,d,2)(1,D,1) with a constant when
 * d + D <= 1, then moves of one order up or down (and the constant on/off) while AICc
 * improves, models with roots within 1.01 of the unit circle rejected; for long series
 * (n > 150) the search uses CSS with the offset auto.arima uses and refits the best by
 * CSS-ML.
 */
import type { FittedModel, Forecast, ForecastModel, ModelOptions } from '../model.js';
import { arimaLikelihood, differencingDelta, makeArima, transPars } from './arima-core.js';
import { autoArima, constantFit, type AutoArimaOptions } from './arima-auto.js';
import { arimaForecast, arimaName, fitArima, regressorColumn, type ArimaFit, type ArimaOrder, type Constant } from './arima-fit.js';
import { checkHorizon, checkSeries, isConstant, ModelInputError, normalIntervals, toDataScale } from './validate.js';

export { arimaForecast, arimaName, fitArima, type ArimaFit, type ArimaOrder, type Constant } from './arima-fit.js';
export { autoArima, type AutoArimaOptions } from './arima-auto.js';

export interface ArimaOptions extends AutoArimaOptions {
  /** Non-seasonal order (p, d, q); omit for automatic selection. */
  order?: [number, number, number];
  /** Seasonal order (P, D, Q) at the series' period; default (0, 0, 0). */
  seasonal?: [number, number, number];
  /** Include a mean (only when d + D = 0; default true, as forecast::Arima). */
  includeMean?: boolean;
  /** Include a drift (only when d + D = 1; default false). */
  includeDrift?: boolean;
}

export interface ArimaFittedModel extends FittedModel {
  fit: ArimaFit;
}

function wrap(fit: ArimaFit, x: readonly number[], options: ModelOptions, name = arimaName(fit.order, fit.period, fit.constant)): ArimaFittedModel {
  const back = (v: number) => (options.log ? Math.exp(v) : v);
  const parameters: Record<string, number> = { ...fit.coef, sigma2: fit.sigma2 };
  return {
    name,
    fit,
    fitted: x.map((v, i) => back(v - fit.residuals[i])),
    parameters,
    aicc: fit.aicc,
    forecast(h: number, levels: number[]): Forecast {
      checkHorizon('arima', h, levels);
      const f = arimaForecast(fit, x.length, h);
      return toDataScale(normalIntervals(f.mean, f.se, levels), options.log);
    },
  };
}

/**
 * Re-applies a fitted ARIMA's coefficients to a (usually longer) series without estimating
 * anything: one Kalman filter pass gives the residuals, sigma^2 and the state forecasts
 * start from (as forecast::Arima(y, model = fit)). Cheap enough to move a back-test origin
 * forward every month and re-estimate only now and then.
 */
export function arimaFromFit(fit: ArimaFit, y: number[], modelOptions: ModelOptions): ArimaFittedModel {
  const { order, constant } = fit;
  const x = checkSeries(y, modelOptions, { model: 'arima', minLength: orderMinLength(order, fit.period), maxPeriod: 350 });
  const period = order.P + order.D + order.Q > 0 ? fit.period : 1;
  const Delta = differencingDelta(order.d, order.D, period);
  const { phi, theta } = transPars(fit.coefValues, fit.arma, false);
  const mod = makeArima(phi, theta, Delta);
  const narma = order.p + order.q + order.P + order.Q;
  const xreg = regressorColumn(constant, x.length);
  const adjusted = xreg ? x.map((v, i) => v - xreg[i] * fit.coefValues[narma]) : x;
  const val = arimaLikelihood(adjusted, mod, true);
  const residuals = val.residuals ?? [];
  const n = x.length;
  const nUsed = n - Delta.length;
  const k = Object.keys(fit.coef).length + 1;
  const nstar = n - order.d - order.D * period;
  const minus2loglik = nUsed * (Math.log(val.ssq / val.nu) + val.sumlog / val.nu) + nUsed + nUsed * Math.log(2 * Math.PI);
  const aic = minus2loglik + 2 * k;
  const refit: ArimaFit = {
    ...fit,
    model: mod,
    residuals,
    loglik: -0.5 * minus2loglik,
    aic,
    aicc: aic + (2 * k * (k + 1)) / (nstar - k - 1),
    bic: aic + k * (Math.log(nstar) - 2),
    sigma2: residuals.reduce((sum, e) => sum + e * e, 0) / (nstar - k + 1),
    statsSigma2: val.ssq / nUsed,
    nstar,
    varianceOk: () => true,
  };
  return wrap(refit, x, modelOptions);
}

/** Observations a fixed order needs: the differencing plus room for the ARMA terms. */
function orderMinLength(order: ArimaOrder, period: number): number {
  return order.d + order.D * period + order.p + order.P * period + order.q + order.Q * period + 3;
}

/** An ARIMA model: a fixed order when `order` is given, auto.arima's selection otherwise. */
export function createArimaModel(options: ArimaOptions = {}): ForecastModel {
  return {
    id: 'arima',
    minLength(period: number): number {
      if (options.order) {
        const [P, D, Q] = options.seasonal ?? [0, 0, 0];
        const [p, d, q] = options.order;
        return orderMinLength({ p, d, q, P, D, Q }, period);
      }
      return 6;
    },
    fit(y: number[], modelOptions: ModelOptions): ArimaFittedModel {
      const period = modelOptions.period;
      if (options.order) {
        const [p, d, q] = options.order;
        const [P, D, Q] = options.seasonal ?? [0, 0, 0];
        const order: ArimaOrder = { p, d, q, P, D, Q };
        for (const [k, v] of Object.entries(order)) {
          if (!Number.isInteger(v) || v < 0) throw new ModelInputError(`arima: order ${k} must be a non-negative integer, got ${v}`);
        }
        if (period <= 1 && P + D + Q > 0) throw new ModelInputError('arima: a seasonal order needs a period above 1');
        const x = checkSeries(y, modelOptions, { model: 'arima', minLength: orderMinLength(order, period), maxPeriod: 350 });
        // A constant series has no variation to estimate ARMA terms from (the CSS is zero);
        // like auto.arima, forecast the constant.
        if (isConstant(x)) return wrap(constantFit(x, period), x, modelOptions, `${arimaName(order, period, 'none')} (constant series)`);
        const nd = d + D;
        let constant: Constant = 'none';
        if (nd === 0 && (options.includeMean ?? true)) constant = 'mean';
        if (nd === 1 && options.includeDrift) constant = 'drift';
        const fit = fitArima(x, { order, period, constant, method: 'CSS-ML' });
        return wrap(fit, x, modelOptions);
      }
      const x = checkSeries(y, modelOptions, { model: 'arima', minLength: 6, maxPeriod: 350 });
      return wrap(autoArima(x, period, options), x, modelOptions);
    },
  };
}

/** The default automatic ARIMA. */
export const arimaModel: ForecastModel = createArimaModel();
