/**
 * The effect of an event on one series (or on a series against a control): the
 * counterfactual from the months before it, observed minus counterfactual month by month
 * and cumulatively, with intervals. Each interval is the wider, at each end, of the
 * model's own (for a cumulative sum: the monthly limits added up) and the one calibrated
 * by back-tests at earlier origins (calibration.ts): the model's interval says how noisy
 * the months it was fitted to were, the back-tests how wrong such forecasts have been on
 * this series. Taking both kept the placebo rate at or below the nominal level on the
 * Border Patrol series, where either alone did not (bench/impact-validation.ts).
 * With too few earlier origins only the model's interval is used, and the result says so.
 *
 * Pure: arrays in, numbers out. An estimator caches the counterfactual of each origin, so
 * estimating at many dates of one series (the placebo test) fits each origin once.
 */
import type { ForecastModel } from '@corridor/forecast';
import { calibrate, minimumOrigins, originErrors, type CalibratedQuantiles, type OriginErrors } from './calibration.js';
import { counterfactualAt, targetSeries, type Counterfactual, type NoEstimate } from './counterfactual.js';
import type { Bounds, EffectEstimate, EffectMonth } from './types.js';

export interface EstimateOptions {
  model: ForecastModel;
  /** Months before the event the model is fitted to (default 36). */
  windowBefore: number;
  /** Months after the event estimated (default 12). */
  windowAfter: number;
  /** Interval level in per cent (default 95). */
  level: number;
  /** The most recent back-test origins used (default 60): recent errors, and a bounded cost. */
  maxOrigins?: number;
  /** Calibrated intervals alone, without the model's (for the validation bench: 0 origins gives the model's alone). */
  calibratedOnly?: boolean;
}

export const DEFAULT_ESTIMATE = { windowBefore: 36, windowAfter: 12, level: 95, maxOrigins: 60 } as const;

export interface Estimator {
  /** The effect of an event whose first post-event month is index `event`, or why there is none. */
  at(event: number): EffectEstimate | NoEstimate;
  /** Back-test errors at the origins before `event` (for reports). */
  errorsBefore(event: number): OriginErrors[];
  /**
   * The estimator of a treated series that equals this one before index `from` (an injected
   * step): the counterfactuals of origins up to `from`, fitted to earlier months only, are
   * the same and are shared rather than fitted again.
   */
  changedFrom(treated: (number | null)[], from: number): Estimator;
}

export interface EstimateInput {
  /** Month starts, one per value. */
  periods: string[];
  treated: (number | null)[];
  /** Aligned with treated; null where missing. */
  control?: (number | null)[];
}

/** Counterfactual (or why there is none) by origin. */
type Cache = Map<number, Counterfactual | NoEstimate>;

/** `cache` is for changedFrom, which hands on the fits it shares. */
export function createEstimator(input: EstimateInput, opts: EstimateOptions, cache: Cache = new Map()): Estimator {
  const { periods, treated, control } = input;
  const target = targetSeries(treated, control);
  const cfOpts = { model: opts.model, windowBefore: opts.windowBefore, horizon: opts.windowAfter, level: opts.level };
  const maxOrigins = opts.maxOrigins ?? DEFAULT_ESTIMATE.maxOrigins;
  const cfAt = (origin: number) => {
    if (!cache.has(origin)) cache.set(origin, counterfactualAt(target, control, origin, cfOpts));
    return cache.get(origin)!;
  };
  const has = (i: number) => treated[i] !== null && treated[i] !== undefined && (!control || (control[i] !== null && control[i] !== undefined));

  // Origins whose whole forecast window was observed before the event, newest first.
  const errorsBefore = (event: number): OriginErrors[] => {
    const out: OriginErrors[] = [];
    for (let o = event - opts.windowAfter; o > 0 && out.length < maxOrigins; o--) {
      const cf = cfAt(o);
      if ('reason' in cf) continue;
      const e = originErrors(o, treated.slice(o, o + opts.windowAfter), cf.mean);
      if (e) out.push(e);
    }
    return out;
  };

  return {
    errorsBefore,
    changedFrom(changed: (number | null)[], from: number) {
      const kept: Cache = new Map([...cache].filter(([origin]) => origin <= from));
      return createEstimator({ periods, treated: changed, control }, opts, kept);
    },
    at(event: number) {
      let h = 0;
      while (h < opts.windowAfter && event + h < treated.length && has(event + h)) h++;
      if (h === 0) return { reason: 'no complete month at or after the event', reason_es: 'ningún mes completo en el evento o después' };
      const cf = cfAt(event);
      if ('reason' in cf) return cf;
      const errors = errorsBefore(event);
      const q = calibrate(errors, h, opts.level);
      const months = effectMonths(periods, treated, event, h, cf, q, !!opts.calibratedOnly);
      const need = minimumOrigins(opts.level);
      return {
        event,
        model: cf.name,
        log: cf.log,
        fit: { from: cf.from, to: cf.to },
        months,
        intervals: q
          ? { method: 'calibrated', level: opts.level, origins: q.origins }
          : {
              method: 'model',
              level: opts.level,
              origins: errors.length,
              why: {
                en: `only ${errors.length} back-test origins before the event (${need} are needed for a calibrated ${opts.level}% interval): the model's own intervals are used, and the cumulative interval adds up the monthly limits (as if the monthly errors moved together: wider than the model's joint interval)`,
                es: `solo ${errors.length} orígenes de prueba retrospectiva antes del evento (se necesitan ${need} para un intervalo calibrado al ${opts.level}%): se usan los intervalos propios del modelo, y el intervalo acumulado suma los límites mensuales (como si los errores mensuales se movieran juntos: más ancho que el intervalo conjunto del modelo)`,
              },
            },
      };
    },
  };
}

function effectMonths(periods: string[], treated: (number | null)[], event: number, h: number, cf: Counterfactual, q: CalibratedQuantiles | undefined, alone: boolean): EffectMonth[] {
  const months: EffectMonth[] = [];
  let sumObs = 0;
  let sumCf = 0;
  let sumLo = 0;
  let sumHi = 0;
  for (let k = 0; k < h; k++) {
    const observed = treated[event + k] as number;
    const counterfactual = cf.mean[k] as number;
    const modelInterval = { lower: cf.lower[k] as number, upper: cf.upper[k] as number };
    sumObs += observed;
    sumCf += counterfactual;
    sumLo += modelInterval.lower;
    sumHi += modelInterval.upper;
    const cumModel = { lower: sumLo, upper: sumHi };
    const both = (a: Bounds, b: Bounds) => (alone ? a : union(a, b));
    const cfInterval: Bounds = q ? both(scaled(counterfactual, q.monthly[k]), modelInterval) : modelInterval;
    const cumInterval: Bounds = q ? both(scaled(sumCf, q.cumulative[k]), cumModel) : cumModel;
    const cumEffect = { lower: sumObs - cumInterval.upper, upper: sumObs - cumInterval.lower };
    months.push({
      period: periods[event + k],
      observed,
      counterfactual,
      modelInterval,
      counterfactualInterval: cfInterval,
      effect: observed - counterfactual,
      effectInterval: { lower: observed - cfInterval.upper, upper: observed - cfInterval.lower },
      relativeEffect: observed / counterfactual - 1,
      cumulative: {
        observed: sumObs,
        counterfactual: sumCf,
        effect: sumObs - sumCf,
        interval: cumEffect,
        relativeEffect: sumObs / sumCf - 1,
        significant: cumEffect.lower > 0 || cumEffect.upper < 0,
      },
    });
  }
  return months;
}

/** The wider of two intervals at each end. */
function union(a: Bounds, b: Bounds): Bounds {
  return { lower: Math.min(a.lower, b.lower), upper: Math.max(a.upper, b.upper) };
}

/** [F (1 + q_lo), F (1 + q_hi)]. */
function scaled(forecast: number, q: { lower: number; upper: number }): Bounds {
  return { lower: forecast * (1 + q.lower), upper: forecast * (1 + q.upper) };
}
