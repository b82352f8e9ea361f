/**
 * The leading-indicator model: a regression with AR(1) errors (ar1-regression.ts) of the
 * target (on logs when every value is positive) on lagged upstream series (log(1 + x)),
 * month-of-year dummies (with four years or more of training data) and a step for each
 * policy break of breaks.ts that has at least STEP_SIDE months on both sides inside the
 * training sample.
 *
 * Only what was known at the origin is read: the origin is the last training month
 * (ModelOptions.start + length − 1), and each regressor is cut at the month published by
 * then (regressors.ts, knownThrough). A term "lag k" uses the regressor's month t − k for
 * the target's month t; k must be at least the regressor's extra publication delay, so the
 * training months all have their regressor values. A regressor month needed by a forecast
 * and not yet published is forecast (a random walk on log(1 + x), its variance from the
 * regressor's own month-to-month changes over the last RW_MONTHS months known), and that
 * forecast's variance, times the coefficient squared, is added to the AR error's
 * (regressors taken as independent): the regressors' uncertainty is in the intervals.
 *
 * A future policy date cannot enter as a step: with no month after it in the training
 * data its coefficient cannot be estimated (see the README's section).
 */
import { ModelInputError, type FittedModel, type ForecastModel, type ModelOptions } from '@corridor/forecast';
import { POLICY_BREAKS } from '../breaks.js';
import { monthIndex, monthLabel } from '../months.js';
import { ar1ForecastVariance, fitAr1Regression } from './ar1-regression.js';
import { knownThrough, valuesKnownAt, type Regressor } from './regressors.js';

export interface LeadTerm {
  regressor: Regressor;
  /** The target's month t reads the regressor's month t − lag. */
  lag: number;
}

export interface LeadingSpec {
  id?: string;
  terms: readonly LeadTerm[];
  /** Training months needed (default MIN_TRAINING). */
  minTraining?: number;
}

export const MIN_TRAINING = 24;
/** Month-of-year dummies only with this many training months. */
export const SEASONAL_FROM = 48;
export const STEP_SIDE = 3;
export const RW_MONTHS = 36;

const Z: Record<number, number> = { 80: 1.2815515655446004, 95: 1.959963984540054 };
function zOf(level: number): number {
  if (Z[level]) return Z[level];
  throw new ModelInputError(`leading: intervals at ${level}% are not supported (80 or 95)`);
}

/** The regressor's known values (log(1 + x)) and its random-walk step variance. */
function termState(term: LeadTerm, origin: string) {
  const known = valuesKnownAt(term.regressor, origin);
  const lastAllowed = monthIndex(knownThrough(term.regressor.source, origin));
  const id = term.regressor.source.id;
  if (!known.has(lastAllowed)) {
    throw new ModelInputError(`leading: ${id} has no figure for ${monthLabel(lastAllowed)}, published by the origin ${origin} (the store holds it through ${monthLabel(monthIndex(term.regressor.series.start) + term.regressor.series.values.length - 1)})`);
  }
  const extra = monthIndex(origin) - lastAllowed;
  if (term.lag < extra) throw new ModelInputError(`leading: ${id} at lag ${term.lag}: its months are published ${extra} month(s) after the target's, so the lag must be at least ${extra}`);
  const logs = new Map([...known].map(([m, v]) => [m, Math.log1p(Math.max(0, v))]));
  let ss = 0;
  let n = 0;
  for (let m = lastAllowed - RW_MONTHS + 1; m <= lastAllowed; m++) {
    const a = logs.get(m);
    const b = logs.get(m - 1);
    if (a === undefined || b === undefined) continue;
    ss += (a - b) ** 2;
    n++;
  }
  return { logs, last: lastAllowed, stepVariance: n ? ss / n : 0 };
}

export function leadingModel(spec: LeadingSpec): ForecastModel {
  const minTraining = spec.minTraining ?? MIN_TRAINING;
  const describe = spec.terms.map((t) => `${t.regressor.source.id} lag ${t.lag}`).join(', ');
  return {
    id: spec.id ?? 'leading',
    minLength: () => minTraining,
    fit(y: number[], options: ModelOptions): FittedModel {
      if (!options.start) throw new ModelInputError('leading: the month of the first observation is needed to align the regressors (ModelOptions.start)');
      const first = monthIndex(options.start);
      const originIdx = first + y.length - 1;
      const origin = monthLabel(originIdx);
      const states = spec.terms.map((t) => termState(t, origin));
      // Training months: the longest run ending at the origin where every term has its value.
      let from = originIdx;
      while (from - 1 >= first && states.every((s, j) => s.logs.has(from - 1 - spec.terms[j].lag))) from--;
      if (!states.every((s, j) => s.logs.has(originIdx - spec.terms[j].lag))) from = originIdx + 1;
      const n = originIdx - from + 1;
      if (n < minTraining) throw new ModelInputError(`leading: ${n} training months with every regressor (${describe}) up to ${origin}; at least ${minTraining} needed`);
      const log = options.log === true;
      const target = y.slice(from - first).map((v) => (log ? Math.log(v) : v));
      const months = Array.from({ length: n }, (_, i) => from + i);
      const seasonal = n >= SEASONAL_FROM;
      const steps = POLICY_BREAKS.map((b) => monthIndex(b.start)).filter((s) => s - from >= STEP_SIDE && originIdx - s + 1 >= STEP_SIDE);
      const row = (m: number, x: number[]): number[] => [
        1,
        ...x,
        ...(seasonal ? Array.from({ length: 11 }, (_, k) => ((m % 12) === k + 1 ? 1 : 0)) : []),
        ...steps.map((s) => (m >= s ? 1 : 0)),
      ];
      const rows = months.map((m) => row(m, spec.terms.map((t, j) => states[j].logs.get(m - t.lag)!)));
      const columns = rows[0].map((_, c) => rows.map((r) => r[c]));
      const reg = fitAr1Regression(columns, target);
      const back = (v: number) => (log ? Math.exp(v) : v);
      const fitted = [...new Array<number>(from - first).fill(NaN), ...reg.fitted.map(back)];
      const parameters: Record<string, number> = { phi: reg.phi, sigma2: reg.sigma2, trainingMonths: n };
      spec.terms.forEach((t, j) => (parameters[`${t.regressor.source.id}_lag${t.lag}`] = reg.beta[1 + j]));
      const lastError = reg.errors[n - 1];
      return {
        name: `Leading(${describe}; AR(1) errors, phi ${reg.phi.toFixed(2)}${seasonal ? ', monthly dummies' : ''}${steps.length ? `, steps ${steps.map(monthLabel).join(' ')}` : ''})`,
        fitted,
        parameters,
        forecast(h: number, levels: number[]) {
          const mean: number[] = [];
          const sd: number[] = [];
          for (let i = 1; i <= h; i++) {
            const m = originIdx + i;
            let regVar = 0;
            const x = spec.terms.map((t, j) => {
              const s = states[j];
              const at = m - t.lag;
              if (at <= s.last) return s.logs.get(at)!;
              regVar += reg.beta[1 + j] ** 2 * s.stepVariance * (at - s.last);
              return s.logs.get(s.last)!;
            });
            const r = row(m, x);
            const mu = r.reduce((acc, v, c) => acc + v * reg.beta[c], 0) + reg.phi ** i * lastError;
            mean.push(mu);
            sd.push(Math.sqrt(ar1ForecastVariance(reg.phi, reg.sigma2, i) + regVar));
          }
          return {
            mean: mean.map(back),
            intervals: levels.map((level) => ({
              level,
              lower: mean.map((mu, i) => Math.max(0, back(mu - zOf(level) * sd[i]))),
              upper: mean.map((mu, i) => back(mu + zOf(level) * sd[i])),
            })),
          };
        },
      };
    },
  };
}
