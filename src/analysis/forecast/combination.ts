/**
 * The combination model: a weighted mean, step by step, of the forecasts of its members
 * (ETS and Theta, COMBINED), with weights learnt from the members' past back-test errors. Combining forecasts is among
 * the most reliable ways to improve accuracy (Bates & Granger 1969; the M4 competition,
 * Makridakis et al. 2020).
 *
 * The weights (an assumption, stated on the model card): each member's weight is
 * proportional to 1 / MASE², its MASE over the back-test forecasts whose outcome was known
 * at the origin (so a forecast at an origin never uses what came after it); 1 / MASE² is
 * the inverse mean squared error of Bates & Granger with errors scaled as MASE scales them.
 * Until every member has MIN_WEIGHTING scored forecasts, the median of the members is used,
 * so that one member astray after a break cannot drag the combination with it. Interval
 * bounds are combined the same way; the back-test calibrates them (conformal.ts).
 */
import type { FittedModel, Forecast, ForecastModel, ModelOptions } from '@corridor/forecast';

/**
 * The members of the combination (an assumption, measured): ETS and Theta. ARIMA and MSTL
 * are still back-tested and shown, but left out: on the ten series of bench/forecast-peers.ts
 * their forecasts were 5-22% worse than ETS's and Theta's (MASE relative to R's best method,
 * bench/forecast-combination-rules.ts) and 1/MASE² still gave them near-equal weight, so they
 * pulled the combination down (geometric mean 1.049 → 1.015 on the origins 2016-2025 every
 * 6 months, the set the members were chosen on). When fewer than two of these are
 * registered, every registered model but those NOT_COMBINED is combined.
 */
export const COMBINED: readonly string[] = ['ets', 'theta'];
/** Registered models never combined: the seasonal naive is the benchmark every card compares with. */
export const NOT_COMBINED: readonly string[] = ['snaive'];

/** The ids, among those registered, the combination is made of (COMBINED, else all but NOT_COMBINED). */
export function combinedIds(registered: readonly string[]): string[] {
  const chosen = COMBINED.filter((id) => registered.includes(id));
  return chosen.length >= 2 ? chosen : registered.filter((id) => !NOT_COMBINED.includes(id));
}
/** Scored forecasts every member needs before weights replace the median. */
export const MIN_WEIGHTING = 24;
/** The power of the MASE in the weights (2: inverse mean squared scaled error). */
export const WEIGHT_POWER = 2;

export type Weights = Record<string, number>;

export interface CombinationModel extends ForecastModel {
  members: ForecastModel[];
  /** The same combination with fixed weights by member id (the median when undefined). */
  withWeights(weights: Weights | undefined): CombinationModel;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Weights of the members from their back-test scores (sum of scaled absolute errors and
 * their number, over outcomes known by the origin): proportional to 1 / MASE^WEIGHT_POWER,
 * summing to 1; undefined (the median) when a member has fewer than MIN_WEIGHTING scored
 * forecasts or a score that is not a positive finite number.
 */
export function combinationWeights(members: readonly string[], score: (id: string) => { sum: number; n: number } | undefined): Weights | undefined {
  if (members.length === 0) return undefined;
  const raw: [string, number][] = [];
  for (const id of members) {
    const s = score(id);
    if (!s || s.n < MIN_WEIGHTING) return undefined;
    const mase = s.sum / s.n;
    if (!(mase > 0) || !Number.isFinite(mase)) return undefined;
    raw.push([id, mase ** -WEIGHT_POWER]);
  }
  const total = raw.reduce((a, [, w]) => a + w, 0);
  return Object.fromEntries(raw.map(([id, w]) => [id, w / total]));
}

/** The weights of the members present, renormalised to sum to 1 (undefined: the median). */
function presentWeights(ids: readonly string[], weights: Weights | undefined): number[] | undefined {
  if (!weights) return undefined;
  const w = ids.map((id) => weights[id] ?? 0);
  const total = w.reduce((a, b) => a + b, 0);
  return total > 0 ? w.map((v) => v / total) : undefined;
}

/**
 * Step-by-step combination of forecasts (means and each interval bound): the weighted mean
 * when weights are given (one per forecast, summing to 1), else the median.
 */
export function combineForecasts(forecasts: readonly Forecast[], weights?: readonly number[]): Forecast {
  if (forecasts.length === 0) throw new Error('combination needs at least one member forecast');
  const h = forecasts[0].mean.length;
  const at = (values: number[]) => (weights ? values.reduce((a, v, k) => a + weights[k] * v, 0) : median(values));
  const step = (pick: (f: Forecast) => number[]) => Array.from({ length: h }, (_, i) => at(forecasts.map((f) => pick(f)[i])));
  const levels = forecasts[0].intervals.map((iv) => iv.level).filter((level) => forecasts.every((f) => f.intervals.some((iv) => iv.level === level)));
  return {
    mean: step((f) => f.mean),
    intervals: levels.map((level) => ({
      level,
      lower: step((f) => f.intervals.find((iv) => iv.level === level)!.lower),
      upper: step((f) => f.intervals.find((iv) => iv.level === level)!.upper),
    })),
  };
}

/** How a combination is named on the card: the rule and the members' forms (with their weights). */
export function combinationName(forms: readonly string[], weights?: readonly number[]): string {
  if (!weights) return `Combination(median: ${forms.join(', ')})`;
  return `Combination(1/MASE²: ${forms.map((f, k) => `${f} ${weights[k].toFixed(2)}`).join(', ')})`;
}

/** Combines fitted members (with their ids) into one fitted model. */
export function combineFitted(fitted: readonly FittedModel[], ids: readonly string[] = [], weights?: Weights): FittedModel {
  if (fitted.length === 0) throw new Error('combination needs at least one member that can fit the series');
  const w = presentWeights(ids, weights);
  const n = fitted[0].fitted.length;
  const at = (values: number[]) => (w ? values.reduce((a, v, k) => a + w[k] * v, 0) : median(values));
  return {
    name: combinationName(fitted.map((f) => f.name), w),
    fitted: Array.from({ length: n }, (_, t) => at(fitted.map((f) => f.fitted[t]))),
    parameters: { members: fitted.length, ...(w ? Object.fromEntries(ids.map((id, k) => [`weight_${id}`, w[k]])) : {}) },
    forecast: (h, levels) => combineForecasts(fitted.map((f) => f.forecast(h, levels)), w),
  };
}

export function combinationModel(members: readonly ForecastModel[], weights?: Weights): CombinationModel {
  return {
    id: 'combination',
    members: [...members],
    withWeights: (w) => combinationModel(members, w),
    minLength: (period) => Math.min(...members.map((m) => m.minLength(period))),
    fit(y: number[], options: ModelOptions): FittedModel {
      const fitted: FittedModel[] = [];
      const ids: string[] = [];
      const failures: string[] = [];
      for (const m of members) {
        if (y.length < m.minLength(options.period)) continue;
        try {
          fitted.push(m.fit(y, options));
          ids.push(m.id);
        } catch (e) {
          failures.push(`${m.id}: ${(e as Error).message}`);
        }
      }
      if (fitted.length === 0) throw new Error(`combination: no member could fit ${y.length} observations${failures.length ? ` (${failures.join('; ')})` : ''}`);
      return combineFitted(fitted, ids, weights);
    },
  };
}

/** The weights of a set of members present at one origin (renormalised), for callers that combine forecasts themselves. */
export function weightsFor(ids: readonly string[], weights: Weights | undefined): number[] | undefined {
  return presentWeights(ids, weights);
}
