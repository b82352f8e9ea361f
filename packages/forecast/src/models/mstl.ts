/**
 * MSTL decomposition with exponential smoothing of the seasonally adjusted series, from the
 * augurs library (@bsull/augurs, Grafana's Rust time-series library compiled to WebAssembly):
 * `MSTL.ets(periods)`.
 *
 * The series is decomposed by MSTL (Bandara, Hyndman & Bergmeir 2021, "MSTL: A
 * Seasonal-Trend Decomposition Algorithm for Time Series with Multiple Seasonal Patterns",
 * arXiv:2107.13462; STL of Cleveland et al. 1990 applied per seasonal period, with augurs'
 * default STL settings). The seasonally adjusted series (trend + remainder) is forecast by
 * augurs' AutoETS, which selects among non-seasonal ETS forms by AICc; each seasonal
 * component is continued by repeating its last cycle, and added back. Prediction intervals
 * are those of the non-seasonal ETS on the adjusted series (the uncertainty of the seasonal
 * pattern is not included), which is the method of forecast::stlf in R with method = "ets".
 *
 * This file only wraps augurs: no reference test against R, since R's stlf/mstl use
 * different STL settings. Properties are tested (mstl.test.ts). A constant series is
 * returned as a constant forecast with zero-width intervals (augurs' AutoETS would give a
 * near-constant one with a drift of order 1e-7).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as augurs from '@bsull/augurs/mstl';
import type { FittedModel, Forecast, ForecastModel, ModelOptions } from '../model.js';
import { checkHorizon, checkSeries, isConstant, ModelInputError, toDataScale } from './validate.js';

/**
 * Instantiates augurs' MSTL WebAssembly module when this file is first imported. In Node the
 * package's default `init()` tries to fetch its .wasm by URL and fails, so the bytes are
 * read from disk (next to the package's mstl.js) and instantiated synchronously.
 */
function initAugurs(): void {
  const entry = createRequire(import.meta.url).resolve('@bsull/augurs/mstl');
  augurs.initSync({ module: readFileSync(entry.replace(/mstl\.js$/, 'mstl_bg.wasm')) });
}
initAugurs();

export interface MstlFittedModel extends FittedModel {
  periods: number[];
}

export function createMstlModel(extraPeriods: number[] = []): ForecastModel {
  return {
    id: 'mstl',
    minLength(period: number): number {
      return 2 * Math.max(period, ...extraPeriods);
    },
    fit(y: number[], options: ModelOptions): MstlFittedModel {
      const periods = [options.period, ...extraPeriods].filter((p) => p > 1).sort((a, b) => a - b);
      if (periods.length === 0) throw new ModelInputError('mstl needs a seasonal period above 1');
      const longest = periods[periods.length - 1];
      const x = checkSeries(y, options, { model: 'mstl', minLength: 2 * longest });
      const back = (v: number) => (options.log ? Math.exp(v) : v);
      const name = `MSTL(${periods.join(',')}) + ETS`;
      if (isConstant(x)) {
        const c = x[0];
        return {
          name,
          periods,
          fitted: x.map(back),
          parameters: {},
          forecast(h: number, levels: number[]): Forecast {
            checkHorizon('mstl', h, levels);
            const mean = new Array<number>(h).fill(c);
            return toDataScale({ mean, intervals: levels.map((level) => ({ level, lower: mean.slice(), upper: mean.slice() })) }, options.log);
          },
        };
      }
      const model = augurs.MSTL.ets(periods);
      try {
        model.fit(x);
      } catch (e) {
        throw new ModelInputError(`mstl: augurs could not fit the series: ${String(e)}`);
      }
      const fitted = model.predictInSample().point.map(back);
      return {
        name,
        periods,
        fitted,
        parameters: {},
        forecast(h: number, levels: number[]): Forecast {
          checkHorizon('mstl', h, levels);
          let mean: number[] | undefined;
          const intervals = levels.map((level) => {
            const f = model.predict(h, level / 100);
            mean ??= f.point;
            if (!f.intervals) throw new Error('mstl: augurs returned no intervals');
            return { level, lower: f.intervals.lower, upper: f.intervals.upper };
          });
          mean ??= model.predict(h).point;
          return toDataScale({ mean, intervals }, options.log);
        },
      };
    },
  };
}

/** MSTL at the series' own period. */
export const mstlModel: ForecastModel = createMstlModel();
