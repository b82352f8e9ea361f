import { describe, expect, it } from 'vitest';
import { loadReferences, maxRelativeDifference, type ReferenceForecast } from '../../test/fixtures/reference.js';
import type { Forecast } from '../model.js';
import { thetaModel, thetaSeasonalityTest, type ThetaFittedModel } from './theta.js';

const references = loadReferences();

function expectSame(f: Forecast, r: ReferenceForecast, tol: number): void {
  expect(maxRelativeDifference(f.mean, r.mean)).toBeLessThan(tol);
  expect(maxRelativeDifference(f.intervals[0].lower, r.lower80)).toBeLessThan(tol);
  expect(maxRelativeDifference(f.intervals[0].upper, r.upper80)).toBeLessThan(tol);
  expect(maxRelativeDifference(f.intervals[1].lower, r.lower95)).toBeLessThan(tol);
  expect(maxRelativeDifference(f.intervals[1].upper, r.upper95)).toBeLessThan(tol);
}

const expR = (r: ReferenceForecast): ReferenceForecast => ({
  mean: r.mean.map(Math.exp),
  lower80: r.lower80.map(Math.exp),
  upper80: r.upper80.map(Math.exp),
  lower95: r.lower95.map(Math.exp),
  upper95: r.upper95.map(Math.exp),
});

describe('Theta agrees with forecast::thetaf', () => {
  for (const ref of references) {
    it(ref.series.id, () => {
      const fit = thetaModel.fit(ref.series.values, { period: 12 }) as ThetaFittedModel;
      expect(fit.seasonal).toBe(ref.thetaf.seasonal);
      // SES is estimated by the same Nelder-Mead path as R's ets(opt.crit = "mse"); the rest
      // is closed form. Observed agreement 4e-15; asserted 1e-9.
      expect(Math.abs(fit.alpha - ref.thetaf.alpha) / ref.thetaf.alpha).toBeLessThan(1e-9);
      expect(Math.abs(fit.drift - ref.thetaf.drift) / Math.abs(ref.thetaf.drift)).toBeLessThan(1e-9);
      expect(Math.abs(fit.sigma2 - ref.thetaf.sigma2) / ref.thetaf.sigma2).toBeLessThan(1e-9);
      expect(maxRelativeDifference(fit.fitted, ref.thetaf.fitted)).toBeLessThan(1e-9);
      expectSame(fit.forecast(12, [80, 95]), ref.thetaf, 1e-9);
    });
    it(`${ref.series.id} (log scale): exp of thetaf on log(y)`, () => {
      // thetaf has no lambda; corridor's log option is thetaf on log(y), exponentiated.
      const f = thetaModel.fit(ref.series.values, { period: 12, log: true }).forecast(12, [80, 95]);
      expectSame(f, expR(ref.thetaf_log_input), 1e-9);
    });
  }

  it('does not test for seasonality with two years of data or less', () => {
    const y = references[0].series.values.slice(0, 24);
    expect(thetaSeasonalityTest(y, 12)).toBe(false);
  });

  it('rejects a series of fewer than 7 observations', () => {
    expect(() => thetaModel.fit([1, 2, 3], { period: 1 })).toThrow('theta requires at least 7 observations, got 3');
  });
});
