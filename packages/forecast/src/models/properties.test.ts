/**
 * Properties every model must have, checked on generated series (fast-check): constant
 * series get constant forecasts, forecasts are finite, intervals are ordered and nested,
 * scaling a series scales its forecasts for the models that are scale-equivariant, and
 * fitting twice gives the same forecast.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadReferences } from '../../test/fixtures/reference.js';
import type { Forecast, ForecastModel } from '../model.js';
import { createArimaModel, arimaModel } from './arima.js';
import { parseForm } from './ets-core.js';
import { createEtsModel, etsFromParameters, etsModel, type EtsFittedModel } from './ets.js';
import { mstlModel } from './mstl.js';
import { seededRandom } from './random.js';
import { snaiveModel } from './snaive.js';
import { thetaModel } from './theta.js';

const LEVELS = [80, 95];

/** A positive monthly series: level, trend, seasonal pattern and noise, from a seed. */
function syntheticSeries(seed: number, n: number, level: number, season: number, trend: number, noise: number): number[] {
  const rng = seededRandom(seed);
  const pattern = Array.from({ length: 12 }, (_, k) => Math.sin((2 * Math.PI * k) / 12) + 0.3 * rng.normal());
  const y: number[] = [];
  let l = level;
  for (let t = 0; t < n; t++) {
    l *= 1 + trend + noise * 0.3 * rng.normal();
    const v = l * (1 + season * pattern[t % 12]) * (1 + noise * rng.normal());
    y.push(Math.max(v, level * 0.01));
  }
  return y;
}

const seriesArb = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    n: fc.integer({ min: 30, max: 90 }),
    level: fc.double({ min: 50, max: 1e5, noNaN: true }),
    season: fc.double({ min: 0, max: 0.5, noNaN: true }),
    trend: fc.double({ min: -0.01, max: 0.01, noNaN: true }),
    noise: fc.double({ min: 0.01, max: 0.2, noNaN: true }),
  })
  .map((p) => syntheticSeries(p.seed, p.n, p.level, p.season, p.trend, p.noise));

/** Name, model, number of generated series to try, whether it fits on the log scale. */
const models: [string, ForecastModel, number, boolean][] = [
  ['snaive', snaiveModel, 60, true],
  ['ets', etsModel, 25, true],
  ['ets scale-invariant', createEtsModel({ scaleInvariant: true }), 10, true],
  ['ets MAdM', createEtsModel({ model: 'MAdM' }), 15, false],
  ['ets simulated', createEtsModel({ model: 'MNM', intervals: 'simulate', paths: 500 }), 10, false],
  ['theta', thetaModel, 40, true],
  ['arima (0,1,1)(0,1,1)', createArimaModel({ order: [0, 1, 1], seasonal: [0, 1, 1] }), 15, true],
  ['arima auto', arimaModel, 4, true],
  ['mstl', mstlModel, 30, true],
];

function expectWellFormed(f: Forecast, h: number): void {
  expect(f.mean).toHaveLength(h);
  const [i80, i95] = f.intervals;
  for (let i = 0; i < h; i++) {
    expect(Number.isFinite(f.mean[i])).toBe(true);
    expect(Number.isFinite(i95.lower[i]) && Number.isFinite(i95.upper[i])).toBe(true);
    // lower <= mean <= upper, and the 95% interval contains the 80% one; a relative slack
    // of 1e-12 absorbs rounding when an interval has zero width.
    const eps = 1e-12 * Math.max(1, Math.abs(f.mean[i]));
    expect(i80.lower[i]).toBeLessThanOrEqual(f.mean[i] + eps);
    expect(f.mean[i]).toBeLessThanOrEqual(i80.upper[i] + eps);
    expect(i95.lower[i]).toBeLessThanOrEqual(i80.lower[i] + eps);
    expect(i80.upper[i]).toBeLessThanOrEqual(i95.upper[i] + eps);
  }
}

describe('every model', () => {
  for (const [name, model, runs, logOk] of models) {
    it(`${name}: finite forecasts with ordered, nested intervals`, () => {
      fc.assert(
        fc.property(seriesArb, fc.boolean(), (y, logWanted) => {
          const log = logOk && logWanted;
          const f = model.fit(y, { period: 12, log }).forecast(12, LEVELS);
          expectWellFormed(f, 12);
          if (log) for (const i of f.intervals) expect(Math.min(...i.lower)).toBeGreaterThan(0);
        }),
        { numRuns: runs, seed: 20240601 },
      );
    });

    it(`${name}: a constant series gets that constant as forecast, with zero-width intervals`, () => {
      fc.assert(
        fc.property(fc.double({ min: 0.5, max: 1e6, noNaN: true }), fc.integer({ min: 30, max: 60 }), (c, n) => {
          const f = model.fit(new Array<number>(n).fill(c), { period: 12 }).forecast(6, LEVELS);
          for (let i = 0; i < 6; i++) {
            // Exact for every model but SES-based Theta, whose level after n steps of
            // alpha = 0.99999 smoothing may differ from c in the last bits.
            expect(Math.abs(f.mean[i] - c)).toBeLessThanOrEqual(1e-9 * c);
            for (const interval of f.intervals) expect(interval.upper[i] - interval.lower[i]).toBeLessThanOrEqual(1e-9 * c);
          }
        }),
        { numRuns: Math.min(runs, 10), seed: 7 },
      );
    });

    it(`${name}: fitting twice gives the same forecast`, () => {
      const y = syntheticSeries(42, 72, 1000, 0.3, 0.002, 0.08);
      expect(model.fit(y, { period: 12 }).forecast(12, LEVELS)).toEqual(model.fit(y, { period: 12 }).forecast(12, LEVELS));
    });
  }
});

function expectScaled(a: Forecast, b: Forecast, c: number, tol: number): void {
  const close = (x: number[], z: number[]) => {
    const scale = Math.max(...x.map(Math.abs));
    x.forEach((v, i) => expect(Math.abs(v * c - z[i]) / (scale * c)).toBeLessThanOrEqual(tol));
  };
  close(a.mean, b.mean);
  a.intervals.forEach((interval, k) => {
    close(interval.lower, b.intervals[k].lower);
    close(interval.upper, b.intervals[k].upper);
  });
}

describe('scaling a series by c scales its forecasts by c', () => {
  const scaleArb = fc.constantFrom(1e-3, 0.37, 3, 1000, 2.5e4);

  it('seasonal naive: exactly (to rounding)', () => {
    fc.assert(
      fc.property(seriesArb, scaleArb, (y, c) => {
        const a = snaiveModel.fit(y, { period: 12 }).forecast(24, LEVELS);
        const b = snaiveModel.fit(y.map((v) => v * c), { period: 12 }).forecast(24, LEVELS);
        expectScaled(a, b, c, 1e-13);
      }),
      { numRuns: 50, seed: 1 },
    );
  });

  it('ETS with given parameters: exactly (the recursions and variances are equivariant)', () => {
    const ref = loadReferences()[3];
    const r = ref.ets_forms.find((f) => f.request === 'MAdM')!;
    const params = { alpha: r.par.alpha, beta: r.par.beta, gamma: r.par.gamma, phi: r.par.phi };
    const init = r.initstate as number[];
    fc.assert(
      fc.property(scaleArb, (c) => {
        const initScaled = init.map((v, i) => (i < 2 ? v * c : v));
        const a = etsFromParameters(ref.series.values, { period: 12 }, parseForm('MAdM'), params, init).forecast(12, LEVELS);
        const b = etsFromParameters(ref.series.values.map((v) => v * c), { period: 12 }, parseForm('MAdM'), params, initScaled).forecast(12, LEVELS);
        expectScaled(a, b, c, 1e-12);
      }),
      { numRuns: 5, seed: 2 },
    );
  });

  it('ARIMA of fixed order: to the optimizer tolerance', () => {
    fc.assert(
      fc.property(seriesArb, scaleArb, (y, c) => {
        const model = createArimaModel({ order: [1, 1, 1], seasonal: [0, 1, 1] });
        const a = model.fit(y, { period: 12 }).forecast(12, LEVELS);
        const b = model.fit(y.map((v) => v * c), { period: 12 }).forecast(12, LEVELS);
        // The likelihood is scale-free in the ARMA coefficients, but BFGS stops on a
        // relative change of the objective, which shifts by log(c): 1e-4 of the level.
        expectScaled(a, b, c, 1e-4);
      }),
      { numRuns: 10, seed: 3 },
    );
  });

  /**
   * ETS estimated as R estimates it is not equivariant: R's Nelder-Mead starts from a
   * simplex whose steps are 10% of the largest parameter, the level, so the path of the
   * smoothing parameters depends on the units (forecasts of the reference series moved by
   * up to 10% when the series was multiplied by 1000). Theta's SES inherits this in a small
   * way. With `scaleInvariant` the estimation runs in units of the series' mean absolute
   * value and the forecasts scale exactly (to rounding).
   */
  it('ETS with scaleInvariant: to rounding', () => {
    const model = createEtsModel({ scaleInvariant: true });
    fc.assert(
      fc.property(seriesArb, scaleArb, (y, c) => {
        const a = model.fit(y, { period: 12 });
        const b = model.fit(y.map((v) => v * c), { period: 12 });
        expect(b.name).toBe(a.name);
        // y / mean|y| and (c y) / mean|c y| differ in the last bit at most; 1e-8 of the level.
        expectScaled(a.forecast(12, LEVELS), b.forecast(12, LEVELS), c, 1e-8);
      }),
      { numRuns: 15, seed: 4 },
    );
  });

  it('the model chosen by automatic ETS does not depend on the units', () => {
    for (const ref of loadReferences()) {
      const a = etsModel.fit(ref.series.values, { period: 12 }) as EtsFittedModel;
      const b = etsModel.fit(ref.series.values.map((v) => v / 1000), { period: 12 }) as EtsFittedModel;
      expect(b.name).toBe(a.name);
    }
  });
});
