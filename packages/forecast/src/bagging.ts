/**
 * Bagging a forecasting model (Bergmeir, Hyndman & Benítez 2016, "Bagging exponential smoothing
 * methods using STL decomposition and Box-Cox transformation", IJF 32; R's `baggedModel` with
 * `bld.mbb.bootstrap`): the series (on the log scale when `options.log`, the Box-Cox step) is
 * decomposed by STL with a periodic season, its remainder resampled by the moving block
 * bootstrap (blocks of two periods), added back to the trend and season, and the base model
 * fitted to each such replicate and to the series itself; the forecast is the mean of the
 * replicates' forecasts (on the log scale when `options.log`). The replicates differ from the
 * series in noise, so the average smooths over the base model's choices (form, parameters).
 *
 * Differences from R, stated: STL is the non-robust version (stl.ts); the random numbers come
 * from a seeded source (random.ts), so a forecast is the same on every run but not R's; the
 * intervals are the base model's own on the series itself (R's are the replicates' range).
 * Series too short for the decomposition (two periods or less) are fitted once, unbagged.
 */
import type { FittedModel, ForecastModel, ModelOptions } from './model.js';
import { seededRandom } from './models/random.js';
import { stl } from './models/stl.js';

export interface BaggingOptions {
  /** Fits in all, the series itself included (R's default 100). */
  replicates?: number;
  /** Block length of the bootstrap (default: two periods, as R's for seasonal series). */
  blockSize?: number;
  /** Seed of the random source (default 1). */
  seed?: number;
  /** The model's id (default `${base.id}-bagged`). */
  id?: string;
}

/**
 * The moving block bootstrap of R's forecast:::MBB: consecutive blocks of `size` values, each
 * starting at a uniformly drawn position, concatenated, and a window of the series' length cut
 * from a random offset inside the first block.
 */
export function movingBlockBootstrap(x: readonly number[], size: number, uniform: () => number): number[] {
  const n = x.length;
  if (size < 1 || size > n) throw new Error(`block size must be between 1 and the series' length (${n}), got ${size}`);
  const out: number[] = [];
  const blocks = Math.floor(n / size) + 2;
  for (let b = 0; b < blocks; b++) {
    const from = Math.floor(uniform() * (n - size + 1));
    for (let k = 0; k < size; k++) out.push(x[from + k]);
  }
  const offset = Math.floor(uniform() * size);
  return out.slice(offset, offset + n);
}

/** `base` bagged over bootstrap replicates of the series (see the file's comment). */
export function baggedModel(base: ForecastModel, options: BaggingOptions = {}): ForecastModel {
  const replicates = options.replicates ?? 100;
  return {
    id: options.id ?? `${base.id}-bagged`,
    minLength: base.minLength,
    fit(y: number[], modelOptions: ModelOptions): FittedModel {
      const own = base.fit(y, modelOptions);
      const { period } = modelOptions;
      const size = options.blockSize ?? 2 * period;
      if (replicates <= 1 || period < 2 || y.length <= 2 * period || y.length < size) return own;
      const toScale = (v: number) => (modelOptions.log ? Math.log(v) : v);
      const z = y.map(toScale);
      const parts = stl(z, period, { sWindow: 10 * z.length + 1, sDegree: 0 }); // s.window = "periodic"
      const random = seededRandom(options.seed ?? 1);
      const fits: FittedModel[] = [own];
      for (let r = 1; r < replicates; r++) {
        const noise = movingBlockBootstrap(parts.remainder, size, () => random.uniform());
        const zr = z.map((_, t) => parts.trend[t] + parts.seasonal[t] + noise[t]);
        fits.push(base.fit(modelOptions.log ? zr.map(Math.exp) : zr, modelOptions));
      }
      return {
        ...own,
        name: `Bagged ${own.name} (${replicates})`,
        forecast(h, levels) {
          const itself = own.forecast(h, levels);
          const means = fits.map((f, i) => (i === 0 ? itself.mean : f.forecast(h, []).mean));
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
