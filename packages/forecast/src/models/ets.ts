/**
 * Exponential smoothing state-space models, ETS(error, trend, season), fitted by maximum
 * likelihood and selected by AICc as R's forecast::ets does (Hyndman, Koehler, Snyder &
 * Grose 2002, "A state space framework for automatic forecasting using exponential
 * smoothing methods", International Journal of Forecasting 18, 439-454; Hyndman, Koehler,
 * Ord & Snyder 2008, "Forecasting with Exponential Smoothing", Springer).
 *
 * Errors are additive (A) or multiplicative (M); the trend is none (N), additive (A) or
 * additive damped (Ad); seasonality is none, additive or multiplicative. For each candidate
 * form the smoothing parameters and the initial states are estimated together by
 * minimising twice the negative log-likelihood with Nelder-Mead from R's starting values
 * (ets-init.ts), inside the usual and admissible parameter regions (ets-admissible.ts).
 * Automatic selection fits every allowed form (additive-error models with multiplicative
 * seasonality are excluded as numerically unstable, multiplicative errors only for positive
 * data, multiplicative components not at all on the log scale) and keeps the smallest AICc.
 * Prediction intervals come from the analytical forecast variances of model classes 1-3
 * (ets-intervals.ts), or from simulated sample paths with a seeded random source.
 *
 * Differences from forecast::ets: multiplicative trends are not offered (R leaves them out
 * by default too); series too short for a form are an error here, where R silently falls
 * back to Holt-Winters; and the class-1 variance puts gamma on the newest seasonal state for
 * models without a trend, where forecast 8.20 puts it on the second (which changes R's
 * interval at h = m slightly for ANA/MNA forms).
 *
 * Like R's, the estimates depend on the units of the data: Nelder-Mead's first simplex
 * steps are 10% of the largest parameter, the initial level, and the search often ends
 * (after 2000 evaluations) at a local optimum that depends on that path. corridor follows
 * R's path by default, so that its estimates are R's; `scaleInvariant: true` estimates in
 * units of the series' mean absolute value instead (forecasts then scale with the data).
 */
import type { FittedModel, Forecast, ForecastModel, ModelOptions } from '../model.js';
import { DEFAULT_BOUNDS, parametersAllowed } from './ets-admissible.js';
import {
  EtsFilter,
  etsPointForecast,
  formName,
  MAX_NMSE,
  parseForm,
  type EtsForm,
  type EtsParameters,
  type SeasonType,
  type TrendType,
} from './ets-core.js';
import { completeState, initialParameters, initialStates } from './ets-init.js';
import { etsForecastMoments, etsSimulatedLimits } from './ets-intervals.js';
import { nelderMead } from './nelder-mead.js';
import { checkHorizon, checkSeries, isConstant, ModelInputError, qnormUpper, toDataScale } from './validate.js';

export interface EtsOptions {
  /**
   * The form: "ZZZ" (automatic, the default), a fixed form such as "AAdN" or "MNM", or a
   * partial one with Z wildcards as in R ("MZZ", "ZZN", "ZAZ"). "AAN" means undamped; a
   * trend wildcard tries both damped and undamped unless `damped` says otherwise.
   */
  model?: string;
  /** Restrict a Z or A trend to damped (true) or undamped (false). */
  damped?: boolean;
  /** Information criterion for selection. */
  ic?: 'aicc' | 'aic' | 'bic';
  /**
   * Criterion minimised: the likelihood (default), the one-step mean squared error, or a
   * multi-step one (see `EtsOptCrit`).
   */
  optCrit?: EtsOptCrit;
  /** Horizons of the multi-step criteria, 1..30 (R: nmse = 3). */
  nmse?: number;
  /**
   * The damped sum of forecast <= 9.0.2's multi-step forecasts in "amse" (phi^h where the model
   * has phi^(h+1); `EtsFilter.legacyDampedAmse`), to reproduce R 8.20. Off by default.
   */
  legacyDampedAmse?: boolean;
  /** Analytical intervals (default) or quantiles of simulated paths. */
  intervals?: 'analytic' | 'simulate';
  /** Number of simulated paths (default 5000) and the seed of their random source. */
  paths?: number;
  seed?: number;
  /** Maximum likelihood evaluations per form (R: 2000). */
  maxit?: number;
  /**
   * Estimate on the series divided by its mean absolute value, so that the estimates do not
   * depend on the units (scaling y by c scales the forecasts by c, to rounding). Off by
   * default: R estimates in the data's units, and its Nelder-Mead, whose first simplex
   * steps are 10% of the largest parameter (the level), then follows a path that depends on
   * those units and often stops (after 2000 evaluations) at a different local optimum. With
   * the default, corridor reproduces R's estimates; with this option it does not (its
   * likelihood was higher than R's in 29 and lower in 17 of 48 reference fits).
   */
  scaleInvariant?: boolean;
}

/**
 * What the smoothing parameters and initial states minimise. With amse[h] the in-sample mean
 * squared h-step error (`EtsFilter.amse`, etscalc's array), h = 1..nmse:
 * - 'lik': twice the negative concentrated log-likelihood (R's default);
 * - 'mse': amse[1] (R's opt.crit = "mse");
 * - 'amse': the mean of amse[1..nmse] (R's opt.crit = "amse", accumulated as its C++ target
 *   function does);
 * - 'tmse': the sum of amse[1..nmse], the trace MSE of Kourentzes, Li & Strauss 2019 and of
 *   smooth's `loss = "TMSE"` (R's forecast has no "tmse"; nmse times 'amse', so the same
 *   optimum up to Nelder-Mead's tolerance);
 * - 'gtmse': the sum of log amse[1..nmse], the geometric trace MSE (smooth's "GTMSE"; Svetunkov,
 *   Kourentzes & Killick 2023), which weighs the horizons by their relative, not absolute, error.
 * Selection among forms is by the information criterion of the likelihood at those estimates,
 * as R does whatever opt.crit.
 */
export type EtsOptCrit = 'lik' | 'mse' | 'amse' | 'tmse' | 'gtmse';

/** The objective `optCrit` gives from a filter run (`lik` its return value). */
export function etsObjective(filter: EtsFilter, lik: number, optCrit: EtsOptCrit): number {
  switch (optCrit) {
    case 'lik':
      return lik;
    case 'mse':
      return filter.mse;
    case 'amse': {
      let mean = 0;
      for (let i = 0; i < filter.nmse; i++) mean += filter.amse[i] / filter.nmse;
      return mean;
    }
    case 'tmse': {
      let sum = 0;
      for (let i = 0; i < filter.nmse; i++) sum += filter.amse[i];
      return sum;
    }
    case 'gtmse': {
      let sum = 0;
      for (let i = 0; i < filter.nmse; i++) sum += Math.log(filter.amse[i]);
      return sum;
    }
  }
}

/** A fitted ETS model with everything the model card and the reference tests need. */
export interface EtsFittedModel extends FittedModel {
  form: EtsForm;
  /** Seasonal period the model uses (1 when it has no seasonal component). */
  m: number;
  params: EtsParameters;
  /** Initial state: l, b?, s1..sm (s1 the newest seasonal index, for the month before y[0]). */
  initialState: number[];
  /** State after the last observation, same layout. */
  finalState: number[];
  loglik: number;
  aic: number;
  aicc: number;
  bic: number;
  /** Residual variance (relative errors for multiplicative models), sum e^2 / (n - k). */
  sigma2: number;
  /** One-step errors on the model scale (relative errors for multiplicative models). */
  residuals: number[];
  /** In-sample mean squared one-step error (R's fit$mse), on the model scale. */
  mse: number;
  /** Mean of the in-sample mean squared 1..nmse-step errors (R's fit$amse), on the model scale. */
  amse: number;
  /** Point forecasts without intervals, on the data scale. */
  pointForecast(h: number): number[];
}

interface FormFit {
  form: EtsForm;
  m: number;
  params: EtsParameters;
  initialState: Float64Array;
  finalState: Float64Array;
  lik: number;
  loglik: number;
  aic: number;
  aicc: number;
  bic: number;
  mse: number;
  /** Mean of the in-sample 1..nmse-step mean squared errors at the estimates (R's fit$amse). */
  amse: number;
  /** Number of estimated values (smoothing parameters and free initial states). */
  npar: number;
  residuals: number[];
  fitted: number[];
}

/**
 * Fits one ETS form to y (already on the model scale) by maximum likelihood. Returns
 * undefined when the form cannot be fitted (too many parameters for the data, or a
 * likelihood that is not finite at the starting values), as R's try() in ets does.
 * With `scale` other than 1 the optimisation runs on y / scale (see
 * EtsOptions.scaleInvariant); the result is in y's units either way.
 */
export function fitEtsForm(
  y: readonly number[],
  period: number,
  form: EtsForm,
  optCrit: EtsOptCrit = 'lik',
  maxit = 2000,
  scale = 1,
  nmse = 3,
  legacyDampedAmse = false,
): FormFit | undefined {
  if (!Number.isInteger(nmse) || nmse < 1 || nmse > MAX_NMSE) {
    throw new ModelInputError(`ets: nmse must be an integer from 1 to ${MAX_NMSE}, got ${nmse}`);
  }
  const m = form.season !== 'N' ? period : 1;
  const yFit = scale === 1 ? y : y.map((v) => v / scale);
  const start = initialParameters(form, m);
  const states = initialStates(yFit, m, form);
  const par0 = [start.alpha];
  if (start.beta !== undefined) par0.push(start.beta);
  if (start.gamma !== undefined) par0.push(start.gamma);
  if (start.phi !== undefined) par0.push(start.phi);
  const nparams = par0.length;
  par0.push(...states);
  const np = par0.length;
  if (np >= y.length - 1) return undefined;
  const nstate = states.length;
  const trend = form.trend !== 'N';
  const season = form.season !== 'N';
  const flags = { trend, season, damped: form.damped };
  const filter = new EtsFilter(yFit, m, form);
  filter.legacyDampedAmse = legacyDampedAmse;
  const runMse: boolean | number = optCrit === 'lik' ? false : optCrit === 'mse' ? true : nmse;
  const full = new Float64Array(nstate + (season ? 1 : 0));
  const seasonStart = trend ? 2 : 1;
  const params: EtsParameters = { alpha: 0, beta: 0, gamma: 0, phi: 1 };
  const objective = (x: Float64Array): number => {
    let j = 0;
    params.alpha = x[j++];
    params.beta = trend ? x[j++] : 0;
    params.gamma = season ? x[j++] : 0;
    params.phi = form.damped ? x[j++] : 1;
    if (!parametersAllowed(params.alpha, params.beta, params.gamma, params.phi, flags, m, DEFAULT_BOUNDS)) return Infinity;
    let sum = 0;
    for (let i = 0; i < nstate; i++) {
      full[i] = x[nparams + i];
      if (i >= seasonStart) sum += full[i];
    }
    if (season) {
      full[nstate] = (form.season === 'M' ? m : 0) - sum;
      if (form.season === 'M') {
        for (let i = seasonStart; i < full.length; i++) if (full[i] < 0) return Infinity;
      }
    }
    let lik = filter.run(full, params, runMse);
    if (lik < -1e10) lik = -1e10;
    if (Number.isNaN(lik)) lik = Infinity;
    return etsObjective(filter, lik, optCrit);
  };
  let result;
  try {
    result = nelderMead(objective, par0, { maxit, reltol: Math.sqrt(Number.EPSILON), abstol: -Infinity });
  } catch {
    return undefined;
  }
  const x = result.par;
  let j = 0;
  const fitted: EtsParameters = {
    alpha: x[j++],
    beta: trend ? x[j++] : 0,
    gamma: season ? x[j++] : 0,
    phi: form.damped ? x[j++] : 1,
  };
  const initialState = completeState(x.slice(nparams), form, m);
  if (scale !== 1) {
    // Back to the data's units: level, trend and additive seasonal indices scale.
    const scaled = form.season === 'A' ? initialState.length : trend ? 2 : 1;
    for (let i = 0; i < scaled; i++) initialState[i] *= scale;
  }
  const final = new EtsFilter(y, m, form);
  final.legacyDampedAmse = legacyDampedAmse;
  const lik = final.run(initialState, fitted, nmse);
  const n = y.length;
  const k = np + 1;
  const aic = lik + 2 * k;
  return {
    form,
    m,
    params: fitted,
    initialState,
    finalState: Float64Array.from(final.last),
    lik,
    loglik: -0.5 * lik,
    aic,
    aicc: aic + (2 * k * (k + 1)) / (n - k - 1),
    bic: lik + Math.log(n) * k,
    mse: final.mse,
    amse: etsObjective(final, lik, 'amse'),
    npar: np,
    residuals: Array.from(final.e),
    fitted: Array.from(final.fitted),
  };
}

/**
 * An ETS model with given smoothing parameters and initial state, without estimation: the
 * recursions run over y to the final state and the forecasts start from there (as R's
 * `ets(y, model = fit, use.initial.values = TRUE)`). Useful to re-apply a fitted model to a
 * longer series, and for the reference tests that plug in R's estimates.
 * @param initialState l, b?, s1..sm (s1 the newest seasonal index), on the model scale
 */
export function etsFromParameters(
  y: number[],
  modelOptions: ModelOptions,
  form: EtsForm,
  params: EtsParameters,
  initialState: readonly number[],
  options: EtsOptions = {},
): EtsFittedModel {
  const period = modelOptions.period;
  const m = form.season !== 'N' ? period : 1;
  const x = checkSeries(y, modelOptions, { model: 'ets', minLength: 3, maxPeriod: 24, positive: form.error === 'M' || form.season === 'M' });
  const expected = 1 + (form.trend !== 'N' ? 1 : 0) + (form.season !== 'N' ? m : 0);
  if (initialState.length !== expected) {
    throw new ModelInputError(`ets: ${formName(form)} needs an initial state of ${expected} values, got ${initialState.length}`);
  }
  const used: EtsParameters = {
    alpha: params.alpha,
    beta: form.trend !== 'N' ? params.beta : 0,
    gamma: form.season !== 'N' ? params.gamma : 0,
    phi: form.damped ? params.phi : 1,
  };
  const filter = new EtsFilter(x, m, form);
  const init = Float64Array.from(initialState);
  filter.legacyDampedAmse = !!options.legacyDampedAmse;
  const lik = filter.run(init, used, options.nmse ?? 3);
  const nparams = 1 + (form.trend !== 'N' ? 1 : 0) + (form.season !== 'N' ? 1 : 0) + (form.damped ? 1 : 0);
  const npar = nparams + expected - (form.season !== 'N' ? 1 : 0);
  const n = x.length;
  const k = npar + 1;
  const aic = lik + 2 * k;
  const fit: FormFit = {
    form,
    m,
    params: used,
    initialState: init,
    finalState: Float64Array.from(filter.last),
    lik,
    loglik: -0.5 * lik,
    aic,
    aicc: aic + (2 * k * (k + 1)) / (n - k - 1),
    bic: lik + Math.log(n) * k,
    mse: filter.mse,
    amse: etsObjective(filter, lik, 'amse'),
    npar,
    residuals: Array.from(filter.e),
    fitted: Array.from(filter.fitted),
  };
  return fittedModel(fit, n, modelOptions, options);
}

/** The forms an ETS specification allows, in forecast::ets's search order. */
export function candidateForms(
  spec: string,
  damped: boolean | undefined,
  opts: { seasonal: boolean; positive: boolean; additiveOnly: boolean },
): EtsForm[] {
  const text = spec.toUpperCase().replace('AD', 'A');
  const explicitDamped = /^[AMZ]Ad[NAMZ]$/.test(spec) ? true : undefined;
  const match = /^([AMZ])([NAZ])([NAMZ])$/.exec(text);
  if (!match) {
    throw new ModelInputError(
      `ets: unknown model "${spec}": expected three letters error (A, M, Z), trend (N, A, Ad, Z) and season (N, A, M, Z), e.g. "ZZZ", "AAdN", "MNM"`,
    );
  }
  const [, e, t, s] = match;
  const errors: ('A' | 'M')[] = e === 'Z' ? ['A', 'M'] : [e as 'A' | 'M'];
  const trends: TrendType[] = t === 'Z' ? ['N', 'A'] : [t as TrendType];
  let seasons: SeasonType[] = s === 'Z' ? ['N', 'A', 'M'] : [s as SeasonType];
  if (!opts.seasonal) {
    if (s !== 'Z' && s !== 'N') throw new ModelInputError(`ets: model "${spec}" is seasonal but the series has period 1`);
    seasons = ['N'];
  }
  const dampings = explicitDamped !== undefined ? [explicitDamped] : damped !== undefined ? [damped] : t === 'Z' ? [true, false] : [false];
  const forms: EtsForm[] = [];
  const fixed = e !== 'Z' && t !== 'Z' && s !== 'Z';
  for (const error of errors)
    for (const trend of trends)
      for (const season of seasons)
        for (const d of dampings) {
          if (trend === 'N' && d) continue;
          const forbidden =
            (error === 'A' && season === 'M') || (opts.additiveOnly && (error === 'M' || season === 'M'));
          if (forbidden) {
            if (fixed) throw new ModelInputError(`ets: ${formName({ error, trend, damped: d, season })} is not allowed${opts.additiveOnly ? ' on the log scale (additive components only)' : ' (additive errors with multiplicative seasonality are unstable)'}`);
            continue;
          }
          if (!opts.positive && (error === 'M' || season === 'M')) {
            if (fixed) throw new ModelInputError(`ets: ${formName({ error, trend, damped: d, season })} requires positive values`);
            continue;
          }
          forms.push({ error, trend, damped: d, season });
        }
  if (forms.length === 0) throw new ModelInputError(`ets: no model form matches "${spec}" for this series`);
  return forms;
}

/** Observations a form needs (R falls back to Holt-Winters below this). */
export function formMinLength(form: EtsForm, period: number): number {
  let npars = 2;
  if (form.trend !== 'N') npars += 2;
  if (form.season !== 'N') npars += period;
  if (form.damped) npars += 1;
  return npars + 5;
}

/** An ETS model: automatic ("ZZZ") unless options fix (part of) the form. */
export function createEtsModel(options: EtsOptions = {}): ForecastModel {
  const spec = options.model ?? 'ZZZ';
  const ic = options.ic ?? 'aicc';
  const optCrit = options.optCrit ?? 'lik';
  const nmse = options.nmse ?? 3;
  if (!Number.isInteger(nmse) || nmse < 1 || nmse > MAX_NMSE) {
    throw new ModelInputError(`ets: nmse must be an integer from 1 to ${MAX_NMSE}, got ${nmse}`);
  }
  const fixedForm = /^[AM](N|A|Ad)[NAM]$/.test(spec) ? parseForm(spec) : undefined;
  return {
    id: 'ets',
    minLength(period: number): number {
      return fixedForm ? formMinLength(fixedForm, period) : 10;
    },
    fit(y: number[], modelOptions: ModelOptions): EtsFittedModel {
      const period = modelOptions.period;
      const minLength = fixedForm ? formMinLength(fixedForm, period) : 10;
      const x = checkSeries(y, modelOptions, { model: 'ets', minLength, maxPeriod: 24, positive: fixedForm && (fixedForm.error === 'M' || fixedForm.season === 'M') });
      if (isConstant(x)) return constantModel(x, modelOptions, options);
      const seasonal = period > 1 && x.length > period;
      if (fixedForm && fixedForm.season !== 'N' && !seasonal) {
        throw new ModelInputError(`ets: ${formName(fixedForm)} needs more than one full period of data (${period + 1} observations)`);
      }
      const forms = candidateForms(spec, options.damped, {
        seasonal,
        positive: Math.min(...x) > 0,
        additiveOnly: !!modelOptions.log,
      });
      let best: FormFit | undefined;
      let bestIc = Infinity;
      const scale = options.scaleInvariant ? x.reduce((a, v) => a + Math.abs(v), 0) / x.length : 1;
      for (const form of forms) {
        const fit = fitEtsForm(x, period, form, optCrit, options.maxit ?? 2000, scale, nmse, !!options.legacyDampedAmse);
        if (!fit) continue;
        const value = ic === 'aicc' ? fit.aicc : ic === 'aic' ? fit.aic : fit.bic;
        if (!Number.isNaN(value) && value < bestIc) {
          best = fit;
          bestIc = value;
        }
      }
      if (!best) throw new ModelInputError(`ets: no model could be fitted to this series (${forms.map(formName).join(', ')})`);
      return fittedModel(best, x.length, modelOptions, options);
    },
  };
}

/** The default automatic ETS model. */
export const etsModel: ForecastModel = createEtsModel();

function fittedModel(fit: FormFit, n: number, modelOptions: ModelOptions, options: EtsOptions): EtsFittedModel {
  const { form, m, params } = fit;
  const sse = fit.residuals.reduce((s, e) => s + e * e, 0);
  const sigma2 = sse / (n - fit.npar);
  const log = !!modelOptions.log;
  const back = (v: number) => (log ? Math.exp(v) : v);
  const parameters: Record<string, number> = { alpha: params.alpha };
  if (form.trend !== 'N') parameters.beta = params.beta;
  if (form.season !== 'N') parameters.gamma = params.gamma;
  if (form.damped) parameters.phi = params.phi;
  const init = Array.from(fit.initialState);
  parameters.l = init[0];
  if (form.trend !== 'N') parameters.b = init[1];
  if (form.season !== 'N') {
    const off = form.trend !== 'N' ? 2 : 1;
    for (let j = 0; j < m; j++) parameters[`s${j + 1}`] = init[off + j];
  }
  parameters.sigma2 = sigma2;
  return {
    name: formName(form),
    form,
    m,
    params,
    initialState: init,
    finalState: Array.from(fit.finalState),
    loglik: fit.loglik,
    aic: fit.aic,
    aicc: fit.aicc,
    bic: fit.bic,
    sigma2,
    residuals: fit.residuals,
    mse: fit.mse,
    amse: fit.amse,
    fitted: fit.fitted.map(back),
    parameters,
    pointForecast(h: number): number[] {
      checkHorizon('ets', h, []);
      return etsPointForecast(fit.finalState, m, form, params.phi, h).map(back);
    },
    forecast(h: number, levels: number[]): Forecast {
      checkHorizon('ets', h, levels);
      const moments = etsForecastMoments(h, fit.finalState, form, m, sigma2, params);
      let out: Forecast;
      if (options.intervals === 'simulate') {
        const mean = etsPointForecast(fit.finalState, m, form, params.phi, h);
        const limits = etsSimulatedLimits(h, fit.finalState, form, m, sigma2, params, levels, {
          paths: options.paths ?? 5000,
          seed: options.seed ?? 1,
        });
        out = {
          mean,
          intervals: levels.map((level, i) => ({ level, lower: limits.lower[i], upper: limits.upper[i] })),
        };
      } else {
        const se = moments.variance.map((v) => Math.sqrt(Math.max(v, 0)));
        out = {
          mean: moments.mean,
          intervals: levels.map((level) => {
            const z = qnormUpper(level);
            return {
              level,
              lower: moments.mean.map((mu, i) => mu - z * se[i]),
              upper: moments.mean.map((mu, i) => mu + z * se[i]),
            };
          }),
        };
      }
      return toDataScale(out, log);
    },
  };
}

/**
 * A constant series: simple exponential smoothing with alpha = 0.99999 from the first value,
 * as forecast::ets returns for a constant series (so the forecast is that constant, with
 * intervals of zero width). It has no usable likelihood: its information criteria are NaN.
 */
function constantModel(x: number[], modelOptions: ModelOptions, options: EtsOptions): EtsFittedModel {
  const form: EtsForm = { error: 'A', trend: 'N', damped: false, season: 'N' };
  const params: EtsParameters = { alpha: 0.99999, beta: 0, gamma: 0, phi: 1 };
  const filter = new EtsFilter(x, 1, form);
  filter.run([x[0]], params);
  const fit: FormFit = {
    form,
    m: 1,
    params,
    initialState: Float64Array.of(x[0]),
    finalState: Float64Array.from(filter.last),
    lik: NaN,
    loglik: NaN,
    aic: NaN,
    aicc: NaN,
    bic: NaN,
    mse: 0,
    amse: 0,
    npar: 2,
    residuals: Array.from(filter.e),
    fitted: Array.from(filter.fitted),
  };
  return fittedModel(fit, Math.max(x.length, 3), modelOptions, options);
}
