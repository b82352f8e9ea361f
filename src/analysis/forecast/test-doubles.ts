/**
 * Minimal models for the framework's tests (not for forecasting): naive, seasonal
 * naive and the mean of the last season, with normal intervals from their in-sample
 * errors. They honour the package's model contract (@corridor/forecast), including `log`.
 */
import type { FittedModel, ForecastModel, ModelOptions } from '@corridor/forecast';

const Z: Record<number, number> = { 80: 1.2815515655446004, 95: 1.959963984540054 };

function zOf(level: number): number {
  const z = Z[level];
  if (z === undefined) throw new Error(`test doubles know levels 80 and 95, not ${level}`);
  return z;
}

type Rule = (x: number[], period: number) => { fitted: number[]; step: (h: number) => number; spread: (h: number) => number };

function build(id: string, min: (period: number) => number, rule: Rule): ForecastModel {
  return {
    id,
    minLength: min,
    fit(y: number[], options: ModelOptions): FittedModel {
      if (y.length < min(options.period)) throw new Error(`${id} requires at least ${min(options.period)} observations`);
      if (options.log && y.some((v) => v <= 0)) throw new Error(`${id}: log needs positive values`);
      const x = options.log ? y.map(Math.log) : [...y];
      const back = (v: number) => (options.log ? Math.exp(v) : v);
      const r = rule(x, options.period);
      return {
        name: id,
        fitted: r.fitted.map(back),
        parameters: {},
        forecast(h, levels) {
          const mean = Array.from({ length: h }, (_, i) => r.step(i + 1));
          return {
            mean: mean.map(back),
            intervals: levels.map((level) => ({
              level,
              lower: mean.map((m, i) => back(m - zOf(level) * r.spread(i + 1))),
              upper: mean.map((m, i) => back(m + zOf(level) * r.spread(i + 1))),
            })),
          };
        },
      };
    },
  };
}

function sd(errors: number[]): number {
  if (errors.length === 0) return 0;
  return Math.sqrt(errors.reduce((s, e) => s + e * e, 0) / errors.length);
}

export const naiveDouble = build('naive', () => 2, (x) => {
  const n = x.length;
  const s = sd(x.slice(1).map((v, t) => v - x[t]));
  return { fitted: x.map((v, t) => (t === 0 ? v : x[t - 1])), step: () => x[n - 1], spread: (h) => s * Math.sqrt(h) };
});

export const snaiveDouble = build('snaive', (p) => p + 1, (x, p) => {
  const n = x.length;
  const s = sd(x.slice(p).map((v, t) => v - x[t]));
  return {
    fitted: x.map((v, t) => (t < p ? v : x[t - p])),
    step: (h) => x[n - p + ((h - 1) % p)],
    spread: (h) => s * Math.sqrt(Math.floor((h - 1) / p) + 1),
  };
});

export const seasonMeanDouble = build('season-mean', (p) => p, (x, p) => {
  const n = x.length;
  const mean = x.slice(n - p).reduce((a, b) => a + b, 0) / p;
  const s = sd(x.slice(n - p).map((v) => v - mean));
  return { fitted: x.map(() => mean), step: () => mean, spread: () => s };
});
