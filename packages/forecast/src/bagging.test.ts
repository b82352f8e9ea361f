import { describe, expect, it } from 'vitest';
import { baggedModel, movingBlockBootstrap } from './bagging.js';
import { forecastModels } from './models/index.js';
import { seededRandom } from './models/random.js';

/** 72 months: a trend, a season and noise, all positive. */
const y = Array.from({ length: 72 }, (_, t) => 1000 * Math.exp(0.004 * t + 0.2 * Math.sin((2 * Math.PI * t) / 12) + 0.05 * Math.sin(7.3 * t)));

describe('moving block bootstrap', () => {
  it("gives the series' length, cut from blocks of consecutive values", () => {
    const x = Array.from({ length: 50 }, (_, i) => i);
    const random = seededRandom(3);
    const out = movingBlockBootstrap(x, 24, () => random.uniform());
    expect(out).toHaveLength(50);
    // Values are the input's; inside a block each is the one before plus one, so breaks
    // (a new block) number at most ceil(50 / 24) + 1.
    expect(out.every((v) => x.includes(v))).toBe(true);
    const breaks = out.slice(1).filter((v, i) => v !== out[i] + 1).length;
    expect(breaks).toBeLessThanOrEqual(Math.ceil(50 / 24) + 1);
  });

  it('draws every start position and refuses blocks longer than the series', () => {
    const random = seededRandom(9);
    const firsts = new Set<number>();
    for (let r = 0; r < 400; r++) firsts.add(movingBlockBootstrap([0, 1, 2, 3, 4, 5], 6, () => random.uniform())[0]);
    expect(firsts).toEqual(new Set([0, 1, 2, 3, 4, 5])); // one block of six: the offset decides the first value
    expect(() => movingBlockBootstrap([1, 2, 3], 4, Math.random)).toThrow(/block size/);
  });
});

describe('bagged model', () => {
  const options = { period: 12, log: true };

  it('is the base model with one replicate, and on series too short to decompose', () => {
    const base = forecastModels.ets.fit(y, options).forecast(12, [80]);
    expect(baggedModel(forecastModels.ets, { replicates: 1 }).fit(y, options).forecast(12, [80])).toEqual(base);
    const short = y.slice(0, 24);
    expect(baggedModel(forecastModels.ets, { replicates: 5 }).fit(short, options).forecast(6, []).mean).toEqual(forecastModels.ets.fit(short, options).forecast(6, []).mean);
  });

  it('averages the replicates on the log scale, the same on every run, and keeps the base intervals', () => {
    const model = baggedModel(forecastModels.theta, { replicates: 8, seed: 4 });
    const a = model.fit(y, options).forecast(12, [80]);
    const b = model.fit(y, options).forecast(12, [80]);
    expect(a).toEqual(b);
    const own = forecastModels.theta.fit(y, options).forecast(12, [80]);
    expect(a.intervals).toEqual(own.intervals);
    expect(a.mean).not.toEqual(own.mean);
    // Within the spread of what the base model gives on the replicates' scale: near the series' own forecast.
    a.mean.forEach((v, k) => expect(Math.abs(Math.log(v / own.mean[k]))).toBeLessThan(0.1));
    expect(model.fit(y, options).name).toMatch(/^Bagged Theta/);
  });

  it('averages on the data scale when not on logs: a constant-noise series stays near its level', () => {
    const flat = Array.from({ length: 60 }, (_, t) => 500 + 20 * Math.sin((2 * Math.PI * t) / 12) + 3 * Math.cos(5.1 * t));
    const f = baggedModel(forecastModels.ets, { replicates: 6 }).fit(flat, { period: 12 }).forecast(12, []);
    for (const v of f.mean) {
      expect(v).toBeGreaterThan(460);
      expect(v).toBeLessThan(540);
    }
  });
});
