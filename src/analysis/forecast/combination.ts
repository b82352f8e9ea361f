/**
 * The combination model: the median, step by step, of the forecasts of ETS, ARIMA
 * and Theta (whichever of them can fit the series). Combining forecasts is among the
 * most reliable ways to improve accuracy (Bates & Granger 1969; the M4 competition,
 * Makridakis et al. 2020); the median keeps one member that goes astray after a break
 * from dragging the combination with it. Interval bounds are the medians of the
 * members' bounds; the back-test calibrates them (conformal.ts).
 */
import type { FittedModel, Forecast, ForecastModel, ModelOptions } from '@corridor/forecast';

export const COMBINATION_MEMBERS = ['ets', 'arima', 'theta'] as const;

export interface CombinationModel extends ForecastModel {
  members: ForecastModel[];
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Step-by-step median of forecasts (means and each interval bound). */
export function combineForecasts(forecasts: readonly Forecast[]): Forecast {
  if (forecasts.length === 0) throw new Error('combination needs at least one member forecast');
  const h = forecasts[0].mean.length;
  const step = (pick: (f: Forecast) => number[]) => Array.from({ length: h }, (_, i) => median(forecasts.map((f) => pick(f)[i])));
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

/** Combines fitted members into one fitted model. */
export function combineFitted(fitted: readonly FittedModel[]): FittedModel {
  if (fitted.length === 0) throw new Error('combination needs at least one member that can fit the series');
  const n = fitted[0].fitted.length;
  return {
    name: `Combination(median: ${fitted.map((f) => f.name).join(', ')})`,
    fitted: Array.from({ length: n }, (_, t) => median(fitted.map((f) => f.fitted[t]))),
    parameters: { members: fitted.length },
    forecast: (h, levels) => combineForecasts(fitted.map((f) => f.forecast(h, levels))),
  };
}

export function combinationModel(members: readonly ForecastModel[]): CombinationModel {
  return {
    id: 'combination',
    members: [...members],
    minLength: (period) => Math.min(...members.map((m) => m.minLength(period))),
    fit(y: number[], options: ModelOptions): FittedModel {
      const fitted: FittedModel[] = [];
      const failures: string[] = [];
      for (const m of members) {
        if (y.length < m.minLength(options.period)) continue;
        try {
          fitted.push(m.fit(y, options));
        } catch (e) {
          failures.push(`${m.id}: ${(e as Error).message}`);
        }
      }
      if (fitted.length === 0) throw new Error(`combination: no member could fit ${y.length} observations${failures.length ? ` (${failures.join('; ')})` : ''}`);
      return combineFitted(fitted);
    },
  };
}
