import { describe, expect, it } from 'vitest';
import { loadReferences, maxRelativeDifference, type ReferenceForecast } from '../../test/fixtures/reference.js';
import type { Forecast } from '../model.js';
import { snaiveModel } from './snaive.js';

const references = loadReferences();

function expectSame(f: Forecast, r: ReferenceForecast, tol: number): void {
  expect(maxRelativeDifference(f.mean, r.mean)).toBeLessThan(tol);
  expect(maxRelativeDifference(f.intervals[0].lower, r.lower80)).toBeLessThan(tol);
  expect(maxRelativeDifference(f.intervals[0].upper, r.upper80)).toBeLessThan(tol);
  expect(maxRelativeDifference(f.intervals[1].lower, r.lower95)).toBeLessThan(tol);
  expect(maxRelativeDifference(f.intervals[1].upper, r.upper95)).toBeLessThan(tol);
}

describe('seasonal naive agrees with forecast::snaive', () => {
  for (const ref of references) {
    it(ref.series.id, () => {
      // Closed form: the last year repeated, sigma from the seasonal differences; only
      // rounding in the sum of squares and qnorm differs (observed 5e-15).
      expectSame(snaiveModel.fit(ref.series.values, { period: 12 }).forecast(12, [80, 95]), ref.snaive, 1e-12);
      expectSame(snaiveModel.fit(ref.series.values, { period: 12, log: true }).forecast(12, [80, 95]), ref.snaive_log, 1e-12);
    });
  }

  it('widens its intervals by whole years and leaves the first year unfitted', () => {
    const y = references[0].series.values;
    const fit = snaiveModel.fit(y, { period: 12 });
    const f = fit.forecast(25, [80]);
    const width = (i: number) => f.intervals[0].upper[i] - f.intervals[0].lower[i];
    expect(width(11)).toBeCloseTo(width(0), 8);
    expect(width(12) / width(0)).toBeCloseTo(Math.SQRT2, 10);
    expect(width(24) / width(0)).toBeCloseTo(Math.sqrt(3), 10);
    expect(fit.fitted.slice(0, 12).every(Number.isNaN)).toBe(true);
    expect(fit.fitted[12]).toBe(y[0]);
  });

  it('rejects a series shorter than a year and a day', () => {
    expect(() => snaiveModel.fit([1, 2, 3], { period: 12 })).toThrow('snaive requires at least 13 observations, got 3');
  });
});
