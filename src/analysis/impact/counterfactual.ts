/**
 * The counterfactual from one origin: a forecasting model (../forecast/models) fitted to
 * the months before the origin and extended over the months from it. On its own the
 * target is the treated series; with a control it is the ratio treated / control, and the
 * counterfactual of the treated series is the control's observed value times the forecast
 * ratio (the difference-in-differences form, see method.ts).
 *
 * The fit uses the last `windowBefore` months before the origin that have a value, as one
 * unbroken run: a missing or incomplete month ends the run (the model needs equally spaced
 * observations), and the forecast then starts after the last month fitted.
 */
import type { ForecastModel } from '@corridor/forecast';
import { ModelInputError } from '@corridor/forecast';

export interface CounterfactualOptions {
  model: ForecastModel;
  windowBefore: number;
  /** Months forecast from the origin. */
  horizon: number;
  level: number;
}

export interface Counterfactual {
  /** Model name with its chosen form. */
  name: string;
  log: boolean;
  /** First and last index fitted. */
  from: number;
  to: number;
  /** From the origin on, treated scale; null where the control has no value. */
  mean: (number | null)[];
  lower: (number | null)[];
  upper: (number | null)[];
}

/** Months the model needs at the least: two years, so a seasonal pattern is seen twice. */
export function minimumFit(opts: CounterfactualOptions): number {
  return Math.max(opts.model.minLength(12), Math.min(24, opts.windowBefore));
}

/** The series the model is fitted to: treated, or treated / control. */
export function targetSeries(treated: (number | null)[], control?: (number | null)[]): (number | null)[] {
  if (!control) return treated;
  return treated.map((v, i) => {
    const c = control[i];
    return v === null || c === null || c <= 0 || v <= 0 ? null : v / c;
  });
}

/** Why there is no counterfactual or estimate, in English and Spanish. */
export interface NoEstimate {
  reason: string;
  reason_es: string;
}

/**
 * The counterfactual from `origin`, or a reason why there is none (too few months before
 * it, or a model that cannot fit them).
 */
export function counterfactualAt(
  target: (number | null)[],
  control: (number | null)[] | undefined,
  origin: number,
  opts: CounterfactualOptions,
): Counterfactual | NoEstimate {
  let last = origin - 1;
  while (last >= 0 && target[last] === null) last--;
  let first = last;
  while (first - 1 >= Math.max(0, origin - opts.windowBefore) && target[first - 1] !== null) first--;
  const run = last < 0 ? [] : (target.slice(first, last + 1) as number[]);
  const need = minimumFit(opts);
  if (run.length < need) {
    return {
      reason: `${run.length} usable months before the event; the model needs ${need} in an unbroken run`,
      reason_es: `${run.length} meses utilizables antes del evento; el modelo necesita ${need} seguidos`,
    };
  }
  const log = run.every((v) => v > 0);
  const gap = origin - 1 - last;
  let fc;
  let name: string;
  try {
    const fitted = opts.model.fit(run, { period: 12, log });
    fc = fitted.forecast(gap + opts.horizon, [opts.level]);
    name = fitted.name;
  } catch (e) {
    // The model's own words are English only: said so rather than passed off as Spanish.
    if (e instanceof ModelInputError) return { reason: e.message, reason_es: `(detalle en inglés) ${e.message}` };
    throw e;
  }
  const scale = (i: number) => (control ? control[origin + i] : 1);
  const treatedScale = (xs: number[]) =>
    xs.slice(gap).map((x, i) => {
      const s = scale(i);
      return s === null || s === undefined ? null : x * s;
    });
  return {
    name,
    log,
    from: first,
    to: last,
    mean: treatedScale(fc.mean),
    lower: treatedScale(fc.intervals[0].lower),
    upper: treatedScale(fc.intervals[0].upper),
  };
}
