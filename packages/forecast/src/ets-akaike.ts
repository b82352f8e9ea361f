/**
 * Exponential smoothing combined across forms by Akaike weights (Kolassa 2011, "Combining
 * exponential smoothing forecasts using Akaike weights", International Journal of Forecasting 27,
 * 238-251; Burnham & Anderson 2002, "Model Selection and Multimodel Inference", §2.9).
 *
 * Where the automatic ETS (`models/ets.ts`) fits every admissible form and keeps the one with the
 * smallest information criterion, this model keeps them all: with Δ_i = IC_i − min IC (AICc by
 * default, as the selection uses), form i gets the weight w_i = exp(−Δ_i / 2) / Σ_j exp(−Δ_j / 2),
 * and the forecast is Σ_i w_i ŷ_i (each form's forecast mean as the automatic ETS gives it), on the scale the forms are fitted on (the logs when
 * `options.log`, then exponentiated, as the package's other averaging models do). The forms and
 * their estimates are exactly those the automatic ETS compares (`candidateForms`, `fitEtsForm`, the
 * same options), so the form with the largest weight is the one `createEtsModel` selects.
 *
 * Intervals (an assumption; Kolassa's paper compares several): normal, with the mean and variance
 * of the mixture of the forms' forecast distributions, Σ w_i (σ²_ih + ŷ_ih²) − ŷ_h², each form's
 * variance its analytical one (`etsForecastMoments`).
 *
 * A constant series (no likelihood) is the automatic ETS's constant model.
 */
import type { FittedModel, Forecast, ForecastModel, ModelOptions } from './model.js';
import { formName, parseForm, type EtsForm } from './models/ets-core.js';
import { etsForecastMoments } from './models/ets-intervals.js';
import { candidateForms, createEtsModel, fitEtsForm, formMinLength, type EtsFittedModel, type EtsOptions } from './models/ets.js';
import { checkHorizon, checkSeries, isConstant, ModelInputError, normalIntervals, toDataScale } from './models/validate.js';

export interface AkaikeEtsOptions extends Pick<EtsOptions, 'model' | 'damped' | 'ic' | 'maxit' | 'scaleInvariant'> {
  /** The model's id (default 'ets-akaike'). */
  id?: string;
}

export interface AkaikeEtsForm {
  name: string;
  form: EtsForm;
  /** The form's information criterion and its Akaike weight. */
  ic: number;
  weight: number;
}

export interface AkaikeEtsFittedModel extends FittedModel {
  /** Every form fitted, in the automatic ETS's search order, with its weight. */
  forms: AkaikeEtsForm[];
}

/** Akaike weights exp(−Δ/2), normalised, of information criteria (non-finite ones get 0). */
export function akaikeWeights(ic: readonly number[]): number[] {
  const finite = ic.filter(Number.isFinite);
  if (finite.length === 0) throw new ModelInputError('akaike weights: no finite information criterion');
  const best = Math.min(...finite);
  const raw = ic.map((v) => (Number.isFinite(v) ? Math.exp(-(v - best) / 2) : 0));
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((v) => v / total);
}

/** ETS combined across its admissible forms by Akaike weights (see the file's comment). */
export function createAkaikeEtsModel(options: AkaikeEtsOptions = {}): ForecastModel {
  const spec = options.model ?? 'ZZZ';
  const ic = options.ic ?? 'aicc';
  const id = options.id ?? 'ets-akaike';
  const fixedForm = /^[AM](N|A|Ad)[NAM]$/.test(spec) ? parseForm(spec) : undefined;
  const minLength = (period: number) => (fixedForm ? formMinLength(fixedForm, period) : 10);
  return {
    id,
    minLength,
    fit(y: number[], modelOptions: ModelOptions): AkaikeEtsFittedModel {
      const period = modelOptions.period;
      const x = checkSeries(y, modelOptions, { model: id, minLength: minLength(period), maxPeriod: 24 });
      if (isConstant(x)) {
        const single = createEtsModel({ ...options, intervals: 'analytic' }).fit(y, modelOptions) as EtsFittedModel;
        return { ...single, forms: [{ name: single.name, form: single.form, ic: NaN, weight: 1 }] };
      }
      const seasonal = period > 1 && x.length > period;
      const forms = candidateForms(spec, options.damped, { seasonal, positive: Math.min(...x) > 0, additiveOnly: !!modelOptions.log });
      const scale = options.scaleInvariant ? x.reduce((a, v) => a + Math.abs(v), 0) / x.length : 1;
      const fits = forms
        .map((form) => fitEtsForm(x, period, form, 'lik', options.maxit ?? 2000, scale))
        .filter((f): f is NonNullable<typeof f> => f !== undefined)
        .map((fit) => ({ fit, value: ic === 'aicc' ? fit.aicc : ic === 'aic' ? fit.aic : fit.bic }))
        .filter((f) => !Number.isNaN(f.value));
      if (fits.length === 0) throw new ModelInputError(`${id}: no model could be fitted to this series (${forms.map(formName).join(', ')})`);
      const weights = akaikeWeights(fits.map((f) => f.value));
      const n = x.length;
      const members = fits.map(({ fit }, i) => {
        const sse = fit.residuals.reduce((s, e) => s + e * e, 0);
        return { fit, weight: weights[i], sigma2: sse / (n - fit.npar) };
      });
      const back = (v: number) => (modelOptions.log ? Math.exp(v) : v);
      const fitted = x.map((_, t) => back(members.reduce((s, m) => s + m.weight * m.fit.fitted[t], 0)));
      const summary: AkaikeEtsForm[] = members.map((m, i) => ({ name: formName(m.fit.form), form: m.fit.form, ic: fits[i].value, weight: m.weight }));
      const ranked = [...summary].sort((a, b) => b.weight - a.weight);
      const parameters: Record<string, number> = Object.fromEntries(summary.map((f) => [`w ${f.name}`, f.weight]));
      return {
        name: `ETS by Akaike weights (${ranked
          .filter((f) => f.weight >= 0.005)
          .map((f) => `${f.name} ${f.weight.toFixed(2)}`)
          .join(', ')})`,
        fitted,
        parameters,
        forms: summary,
        forecast(h: number, levels: number[]): Forecast {
          checkHorizon(id, h, levels);
          const mean = new Array<number>(h).fill(0);
          const second = new Array<number>(h).fill(0);
          for (const { fit, weight, sigma2 } of members) {
            const moments = etsForecastMoments(h, fit.finalState, fit.form, fit.m, sigma2, fit.params);
            for (let k = 0; k < h; k++) {
              mean[k] += weight * moments.mean[k];
              second[k] += weight * (Math.max(moments.variance[k], 0) + moments.mean[k] ** 2);
            }
          }
          const se = mean.map((f, k) => Math.sqrt(Math.max(second[k] - f * f, 0)));
          return toDataScale(normalIntervals(mean, se, levels), modelOptions.log);
        },
      };
    },
  };
}

/** The automatic ETS combined across forms by Akaike weights (AICc). */
export const akaikeEtsModel: ForecastModel = createAkaikeEtsModel();
