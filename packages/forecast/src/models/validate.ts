/**
 * Input checks shared by the forecasting models, and the log transform they all support.
 *
 * Every model validates its series before fitting and fails with a message a user can act
 * on ("ets requires at least 10 observations, got 7"), never with NaN forecasts. A model that
 * fits on the log scale (`options.log`) does so as R's forecast package does with
 * `lambda = 0, biasadj = FALSE`: the model is fitted to log(y), and the point forecast and
 * the interval limits are exponentiated (so the point forecast is the median, not the mean,
 * of the back-transformed forecast distribution).
 */
import type { Forecast, ModelOptions } from '../model.js';

/** A series or option a model cannot work with; the message says what and why. */
export class ModelInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelInputError';
  }
}

export interface SeriesRequirements {
  /** Model id for messages ("ets", "arima"...). */
  model: string;
  /** Minimum number of observations. */
  minLength: number;
  /** The model itself needs strictly positive values (multiplicative components). */
  positive?: boolean;
  /** Largest seasonal period the model supports. */
  maxPeriod?: number;
}

/**
 * Checks a series and its options: finite numbers only, enough of them, a sensible period,
 * strictly positive values when fitting on the log scale. Returns the series on the scale
 * the model is fitted on (log(y) when `options.log`).
 * @throws ModelInputError
 */
export function checkSeries(y: readonly number[], options: ModelOptions, req: SeriesRequirements): number[] {
  const { model } = req;
  if (!Array.isArray(y)) throw new ModelInputError(`${model} requires an array of numbers`);
  const period = options.period;
  if (!Number.isInteger(period) || period < 1) {
    throw new ModelInputError(`${model}: the seasonal period must be a positive integer, got ${String(period)}`);
  }
  if (req.maxPeriod !== undefined && period > req.maxPeriod) {
    throw new ModelInputError(`${model} supports seasonal periods up to ${req.maxPeriod}, got ${period}`);
  }
  for (let i = 0; i < y.length; i++) {
    const v = y[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new ModelInputError(
        `${model} requires finite numbers: observation ${i + 1} of ${y.length} is ${String(v)} (missing values must be filled or the series shortened first)`,
      );
    }
  }
  if (y.length < req.minLength) {
    throw new ModelInputError(`${model} requires at least ${req.minLength} observations, got ${y.length}`);
  }
  if (options.log || req.positive) {
    const i = y.findIndex((v) => v <= 0);
    if (i >= 0) {
      const why = options.log ? 'fitting on the log scale' : 'multiplicative components';
      throw new ModelInputError(
        `${model} with ${why} requires positive values: observation ${i + 1} is ${y[i]}`,
      );
    }
  }
  return options.log ? y.map(Math.log) : y.slice();
}

/** Checks the arguments of `forecast(h, levels)`. @throws ModelInputError */
export function checkHorizon(model: string, h: number, levels: readonly number[]): void {
  if (!Number.isInteger(h) || h < 1) throw new ModelInputError(`${model}: the horizon must be a positive integer, got ${h}`);
  for (const level of levels) {
    if (!(level > 0 && level < 100)) {
      throw new ModelInputError(`${model}: interval levels are percentages between 0 and 100, got ${level}`);
    }
  }
}

/**
 * True when every value equals the first within R's `all.equal` tolerance (mean relative
 * difference below 1.5e-8), as forecast's `is.constant`.
 */
export function isConstant(y: readonly number[]): boolean {
  if (y.length === 0) return true;
  const first = y[0];
  let diff = 0;
  let scale = 0;
  for (const v of y) {
    diff += Math.abs(v - first);
    scale += Math.abs(v);
  }
  if (diff === 0) return true;
  const relative = scale > 0 ? diff / scale : diff / y.length;
  return relative < 1.5e-8;
}

/** Back-transforms a forecast made on the log scale: exp of the mean and of every limit. */
export function expForecast(f: Forecast): Forecast {
  return {
    mean: f.mean.map(Math.exp),
    intervals: f.intervals.map((i) => ({ level: i.level, lower: i.lower.map(Math.exp), upper: i.upper.map(Math.exp) })),
  };
}

/** Applies the back-transform when the model was fitted on the log scale. */
export function toDataScale(f: Forecast, log: boolean | undefined): Forecast {
  return log ? expForecast(f) : f;
}

/** Symmetric normal intervals mean ± z·se for each level. */
export function normalIntervals(mean: readonly number[], se: readonly number[], levels: readonly number[]): Forecast {
  return {
    mean: mean.slice(),
    intervals: levels.map((level) => {
      const z = qnormUpper(level);
      return {
        level,
        lower: mean.map((m, i) => m - z * se[i]),
        upper: mean.map((m, i) => m + z * se[i]),
      };
    }),
  };
}

/** The normal quantile for a central interval of `level` percent: qnorm(0.5 + level/200). */
export function qnormUpper(level: number): number {
  return qnorm(0.5 + level / 200);
}

/**
 * The standard normal quantile function, algorithm AS 241 (Wichura 1988, "The percentage
 * points of the normal distribution", Applied Statistics 37, 477-484), accurate to about
 * 1e-16: the algorithm R's qnorm uses.
 */
export function qnorm(p: number): number {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return -Infinity;
    if (p === 1) return Infinity;
    return NaN;
  }
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r +
          45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r +
          133.14166789178437745) * r + 3.387132872796366608)) /
      (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r +
        21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r +
        42.313330701600911252) * r + 1.0)
    );
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-Math.log(r));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value =
      (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r +
        1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r +
        4.6303378461565452959) * r + 1.42343711074968357734) /
      (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r +
        0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r +
        2.05319162663775882187) * r + 1.0);
  } else {
    r -= 5;
    value =
      (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r +
        0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r +
        5.4637849111641143699) * r + 6.6579046435011037772) /
      (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r +
        7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r +
        0.59983220655588793769) * r + 1.0);
  }
  return q < 0 ? -value : value;
}
