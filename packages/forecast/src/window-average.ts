/**
 * Averaging forecasts across estimation windows (Pesaran & Timmermann 2007, "Selection of
 * estimation window in the presence of breaks", J. Econometrics 137; Pesaran & Pick 2011,
 * "Forecast combination across estimation windows", JBES 29): the base model is fitted to the
 * last L observations for each window length L given (those the series is longer than and the
 * model can fit) and to the whole series, and the forecast is the equally weighted mean of the
 * fits' forecasts (on the log scale when `options.log`). Under a break of unknown date the
 * short windows follow the new regime and the long ones estimate the rest with less noise; the
 * average is robust to not knowing which is right.
 *
 * The intervals are the base model's own on the whole series (the back-test calibrates the bands
 * shown from out-of-sample errors in any case); the fitted values are the whole series' fit.
 */
import type { FittedModel, ForecastModel, ModelOptions } from './model.js';

export interface WindowAverageOptions {
  /** Window lengths, in observations (the whole series is always one of the windows). */
  lengths: readonly number[];
  /** The model's id (default `${base.id}-aveW`). */
  id?: string;
}

/** `base` averaged across estimation windows (see the file's comment). */
export function windowAveragedModel(base: ForecastModel, options: WindowAverageOptions): ForecastModel {
  return {
    id: options.id ?? `${base.id}-aveW`,
    minLength: base.minLength,
    fit(y: number[], modelOptions: ModelOptions): FittedModel {
      const own = base.fit(y, modelOptions);
      const min = base.minLength(modelOptions.period);
      const lengths = [...new Set(options.lengths)].filter((l) => l >= min && l < y.length).sort((a, b) => a - b);
      if (lengths.length === 0) return own;
      const fits = lengths.map((l) => base.fit(y.slice(-l), modelOptions));
      const toScale = (v: number) => (modelOptions.log ? Math.log(v) : v);
      return {
        ...own,
        name: `${own.name} averaged over windows of ${lengths.join(', ')} and ${y.length}`,
        forecast(h, levels) {
          const itself = own.forecast(h, levels);
          const means = [itself.mean, ...fits.map((f) => f.forecast(h, []).mean)];
          const mean = itself.mean.map((_, k) => {
            const avg = means.reduce((a, m) => a + toScale(m[k]), 0) / means.length;
            return modelOptions.log ? Math.exp(avg) : avg;
          });
          return { mean, intervals: itself.intervals };
        },
      };
    },
  };
}
