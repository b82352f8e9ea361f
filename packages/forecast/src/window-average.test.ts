import { describe, expect, it } from 'vitest';
import type { ForecastModel } from './model.js';
import { forecastModels } from './models/index.js';
import { windowAveragedModel } from './window-average.js';

/** 96 months: a season and noise, then a level 60% higher from month 72 (a break). */
const y = Array.from({ length: 96 }, (_, t) => (t >= 72 ? 1.6 : 1) * 1000 * Math.exp(0.2 * Math.sin((2 * Math.PI * t) / 12) + 0.04 * Math.sin(7.3 * t)));

/** A model whose forecast is the mean of what it was fitted to: the windows it saw show in its forecast. */
const meanModel: ForecastModel = {
  id: 'mean',
  minLength: () => 2,
  fit(values, options) {
    const scale = (v: number) => (options.log ? Math.log(v) : v);
    const m = values.reduce((a, v) => a + scale(v), 0) / values.length;
    const back = options.log ? Math.exp(m) : m;
    return { name: `Mean(${values.length})`, fitted: values.map(() => back), parameters: {}, forecast: (h) => ({ mean: Array(h).fill(back), intervals: [] }) };
  },
};

describe('model averaged across estimation windows', () => {
  it('averages the fits on the last L values and on the whole series, on the log scale when asked', () => {
    const x = [1, 1, 1, 1, 4, 4];
    const lin = windowAveragedModel(meanModel, { lengths: [2, 4] }).fit(x, { period: 1 }).forecast(1, []).mean[0];
    expect(lin).toBeCloseTo((4 + 2.5 + 2) / 3, 12);
    const log = windowAveragedModel(meanModel, { lengths: [2, 4] }).fit(x, { period: 1, log: true }).forecast(1, []).mean[0];
    const g = (v: number[]) => Math.exp(v.reduce((a, b) => a + Math.log(b), 0) / v.length);
    expect(log).toBeCloseTo(g([4, g([1, 1, 4, 4]), g(x)]), 12);
  });

  it('leaves out windows the series is not longer than or the model cannot fit, and is then the base model', () => {
    const options = { period: 12, log: true };
    const base = forecastModels.ets.fit(y, options).forecast(12, [80]);
    expect(windowAveragedModel(forecastModels.ets, { lengths: [96, 200, 5] }).fit(y, options).forecast(12, [80])).toEqual(base);
    const fitted = windowAveragedModel(meanModel, { lengths: [3, 3, 4, 100] }).fit([1, 2, 3, 4, 5, 6], { period: 1 });
    expect(fitted.name).toMatch(/windows of 3, 4 and 6/);
  });

  it("keeps the base model's intervals on the whole series and sits between a short window and the whole after a break", () => {
    const options = { period: 12, log: true };
    const model = windowAveragedModel(forecastModels.theta, { lengths: [24, 60] });
    const f = model.fit(y, options).forecast(12, [80]);
    const own = forecastModels.theta.fit(y, options).forecast(12, [80]);
    expect(f.intervals).toEqual(own.intervals);
    const short = forecastModels.theta.fit(y.slice(-24), options).forecast(12, []).mean;
    const lo = (k: number) => Math.min(short[k], own.mean[k]);
    const hi = (k: number) => Math.max(short[k], own.mean[k]);
    const mid = forecastModels.theta.fit(y.slice(-60), options).forecast(12, []).mean;
    f.mean.forEach((v, k) => {
      expect(v).toBeGreaterThanOrEqual(Math.min(lo(k), mid[k]) - 1e-9);
      expect(v).toBeLessThanOrEqual(Math.max(hi(k), mid[k]) + 1e-9);
    });
  });
});
