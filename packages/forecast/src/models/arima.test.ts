import { describe, expect, it } from 'vitest';
import { loadReferences, type ArimaReference } from '../../test/fixtures/reference.js';
import { arimaForecast, arimaFromFit, arimaName, createArimaModel, arimaModel, fitArima, type ArimaFittedModel } from './arima.js';
import { differencingDelta, invTrans, stationaryCovariance, transPars, undoPars } from './arima-core.js';
import { kpssStatistic, ndiffs, nsdiffs, difference } from './arima-differencing.js';
import { seasonalStrength, stl } from './stl.js';

const references = loadReferences();
const LEVELS = [80, 95];

/**
 * Largest difference relative to the level of the forecast (max |R mean|): interval limits
 * near zero would make plain relative differences meaningless.
 */
function scaledDifference(actual: readonly number[], expected: readonly number[], scale: number): number {
  return Math.max(...actual.map((v, i) => Math.abs(v - expected[i]) / scale));
}

function expectForecast(model: ArimaFittedModel, r: ArimaReference, tol: number): void {
  const f = model.forecast(12, LEVELS);
  const scale = Math.max(...r.mean.map(Math.abs));
  expect(scaledDifference(f.mean, r.mean, scale)).toBeLessThan(tol);
  expect(scaledDifference(f.intervals[0].lower, r.lower80, scale)).toBeLessThan(tol);
  expect(scaledDifference(f.intervals[0].upper, r.upper80, scale)).toBeLessThan(tol);
  expect(scaledDifference(f.intervals[1].lower, r.lower95, scale)).toBeLessThan(tol);
  expect(scaledDifference(f.intervals[1].upper, r.upper95, scale)).toBeLessThan(tol);
}

/**
 * Fits whose likelihood is flat along a ridge: BFGS stops where the relative change of the
 * objective falls below 1.5e-8, so tiny differences in the path (the stationary covariance
 * by doubling instead of AS 154, see arima-core.ts) end a little apart on the ridge. The
 * likelihood still agrees to 1e-9; the forecasts within the stated tolerance.
 */
const FLAT: Record<string, number> = {
  // 5.3e-3 of the forecast level (2.9e-2 relative at the smallest forecast); loglik 3e-8.
  'cbp-sw-total-fy2022-fy2025aug ARIMA(1,1,1) with drift': 0.02,
};

describe('ARIMA of fixed order agrees with forecast::Arima (CSS-ML)', () => {
  for (const ref of references) {
    for (const r of ref.arima_orders) {
      it(`${ref.series.id}: ${r.request}`, () => {
        const [p, q, P, Q, , d, D] = r.arma;
        const model = createArimaModel({
          order: [p, d, q],
          seasonal: [P, D, Q],
          includeDrift: r.request.includes('drift'),
          includeMean: r.request.includes('non-zero mean'),
        }).fit(ref.series.values, { period: 12 }) as ArimaFittedModel;
        expect(model.name).toBe(r.request);
        // CSS then exact ML by a port of R's BFGS from the same start: the maximised
        // log-likelihood agrees to 1e-7 relative (BFGS stops at a relative change of 1.5e-8).
        expect(Math.abs(model.fit.loglik - r.loglik) / Math.abs(r.loglik)).toBeLessThan(1e-7);
        expect(Math.abs(model.fit.aicc - r.aicc) / Math.abs(r.aicc)).toBeLessThan(1e-7);
        // Forecasts and intervals: 1e-5 of the forecast level (observed max 1.9e-6) except on
        // flat likelihoods (FLAT above).
        const tol = FLAT[`${ref.series.id} ${r.request}`] ?? 1e-5;
        expectForecast(model, r, tol);
        const scale = Math.max(...ref.series.values);
        expect(scaledDifference(model.fitted, r.fitted, scale)).toBeLessThan(tol);
      });
    }
  }
});

describe('automatic ARIMA selects the model auto.arima selects', () => {
  for (const ref of references) {
    for (const log of [false, true]) {
      const r = log ? ref.auto_arima_log : ref.auto_arima;
      it(`${ref.series.id}${log ? ' (log scale)' : ''}: ${r.method}`, async () => {
        const model = arimaModel.fit(ref.series.values, { period: 12, log }) as ArimaFittedModel;
        // Same differencing decisions, same stepwise path, same criterion.
        expect(model.name.replace(/ with (zero mean|drift|non-zero mean)$/, '')).toBe(r.method);
        expect(Object.keys(model.fit.coef)).toEqual(Object.keys(r.coef));
        // AICc of the final CSS-ML fit: 1e-7 relative, as for fixed orders.
        expect(Math.abs(model.fit.aicc - r.aicc) / Math.abs(r.aicc)).toBeLessThan(1e-7);
        // Forecasts: 1e-5 of the forecast level (observed max 5.2e-7).
        expectForecast(model, r, 1e-5);
      });
    }
  }
});

describe('the pieces of auto.arima', () => {
  for (const ref of references) {
    const y = ref.series.values;
    const diag = ref.diagnostics;
    it(`${ref.series.id}: KPSS, STL, seasonal strength and differencing decisions`, () => {
      // Closed-form statistics: agreement to rounding (1e-10 relative).
      expect(Math.abs(kpssStatistic(y) - diag.kpss_level_stat) / diag.kpss_level_stat).toBeLessThan(1e-10);
      const decomposition = stl(y, 12, { sWindow: 11 });
      // The STL loess port reproduces R's Fortran to rounding: 1e-8 of the series scale.
      const scale = Math.max(...y.map(Math.abs));
      decomposition.seasonal.forEach((s, i) => expect(Math.abs(s - diag.stl_seasonal[i]) / scale).toBeLessThan(1e-8));
      decomposition.trend.forEach((t, i) => expect(Math.abs(t - diag.stl_trend[i]) / scale).toBeLessThan(1e-8));
      expect(Math.abs(seasonalStrength(y, 12) - diag.seas_heuristic)).toBeLessThan(1e-9);
      expect(nsdiffs(y, 12)).toBe(diag.nsdiffs);
      expect(ndiffs(y)).toBe(diag.ndiffs);
      expect(ndiffs(difference(y, 12))).toBe(diag.ndiffs_after_seasonal_diff);
    });
  }

  it('expands seasonal polynomials and inverts the stationarity transformation', () => {
    const arma: [number, number, number, number, number, number, number] = [1, 1, 1, 1, 4, 0, 0];
    const { phi, theta } = transPars([0.5, 0.3, 0.2, -0.4], arma, false);
    // (1 - 0.5B)(1 - 0.2B^4) and (1 + 0.3B)(1 - 0.4B^4)
    expect(phi).toEqual([0.5, 0, 0, 0.2, -0.1]);
    expect(theta.map((v) => +v.toFixed(12))).toEqual([0.3, 0, 0, -0.4, -0.12]);
    const raw = [0.7, -0.2, 1.3, 0.1, -0.8];
    const back = invTrans(undoPars(raw, [2, 1, 2, 0, 12, 0, 0]), [2, 1, 2, 0, 12, 0, 0]);
    back.forEach((v, i) => expect(v).toBeCloseTo(raw[i], 12));
    expect(differencingDelta(1, 1, 4)).toEqual([1, 0, 0, 1, -1]);
  });

  it('the stationary covariance solves P = T P T\' + R R\'', () => {
    const phi = [0.6, -0.2, 0.1];
    const theta = [0.4, 0.3];
    const r = 3;
    const P = stationaryCovariance(phi, theta);
    const T = [
      [phi[0], 1, 0],
      [phi[1], 0, 1],
      [phi[2], 0, 0],
    ];
    const R = [1, theta[0], theta[1]];
    for (let i = 0; i < r; i++)
      for (let j = 0; j < r; j++) {
        let v = R[i] * R[j];
        for (let k = 0; k < r; k++) for (let l = 0; l < r; l++) v += T[i][k] * P[k * r + l] * T[j][l];
        expect(v).toBeCloseTo(P[i * r + j], 12);
      }
  });
});

describe('re-applying a fitted ARIMA', () => {
  it('reproduces the fit on the same series and extends it to a longer one', () => {
    const y = references.find((r) => r.series.id.startsWith('usbp-tucson'))!.series.values;
    const model = createArimaModel({ order: [1, 0, 0], seasonal: [0, 1, 1], includeDrift: true });
    const fitted = model.fit(y.slice(0, 100), { period: 12 }) as ArimaFittedModel;
    const same = arimaFromFit(fitted.fit, y.slice(0, 100), { period: 12 });
    // Same coefficients, same filter: identical forecasts and likelihood (rounding only).
    expect(same.forecast(12, LEVELS)).toEqual(fitted.forecast(12, LEVELS));
    expect(same.fit.loglik).toBeCloseTo(fitted.fit.loglik, 8);
    const longer = arimaFromFit(fitted.fit, y, { period: 12 });
    expect(longer.fitted).toHaveLength(y.length);
    expect(longer.forecast(12, LEVELS).mean.every(Number.isFinite)).toBe(true);
  });
});

describe('ARIMA names, validation and constants', () => {
  it('names models as forecast does', () => {
    expect(arimaName({ p: 0, d: 1, q: 1, P: 0, D: 1, Q: 1 }, 12, 'none')).toBe('ARIMA(0,1,1)(0,1,1)[12]');
    expect(arimaName({ p: 2, d: 0, q: 0, P: 0, D: 0, Q: 0 }, 12, 'mean')).toBe('ARIMA(2,0,0) with non-zero mean');
    expect(arimaName({ p: 2, d: 0, q: 0, P: 0, D: 0, Q: 0 }, 12, 'none')).toBe('ARIMA(2,0,0) with zero mean');
  });

  it('rejects bad orders and series too short for them', () => {
    expect(() => createArimaModel({ order: [1, -1, 0] }).fit([1, 2, 3, 4, 5, 6, 7, 8], { period: 1 })).toThrow(
      /order d must be a non-negative integer/,
    );
    expect(() => createArimaModel({ order: [0, 1, 1], seasonal: [0, 1, 1] }).fit(references[0].series.values.slice(0, 20), { period: 12 })).toThrow(
      'arima requires at least 29 observations, got 20',
    );
    expect(() => arimaModel.fit([1, 2, Infinity, 4, 5, 6], { period: 1 })).toThrow(/observation 3 of 6 is Infinity/);
  });

  it('a constant series gets a constant forecast with zero-width intervals', () => {
    const f = arimaModel.fit(new Array(30).fill(1234.5), { period: 12 }).forecast(6, LEVELS);
    expect(f.mean).toEqual(new Array(6).fill(1234.5));
    expect(f.intervals[1].upper).toEqual(new Array(6).fill(1234.5));
  });
});

describe('the CSS search without the maximum-likelihood refit (refit: false)', () => {
  it('keeps the CSS fit of the order the search chose: the forecast of that order fitted by CSS alone', () => {
    for (const ref of references) {
      const y = ref.series.values.slice(-120);
      const fast = createArimaModel({ approximation: true, refit: false, maxP: 2, maxQ: 2, maxSeasonalP: 1, maxSeasonalQ: 1 }).fit(y, { period: 12, log: true }) as ArimaFittedModel;
      expect(fast.fit.method).toBe('CSS');
      const { order, constant } = fast.fit;
      const css = fitArima(y.map(Math.log), { order, period: 12, constant, method: 'CSS' });
      expect(css.coefValues).toEqual(fast.fit.coefValues);
      const a = fast.forecast(12, LEVELS);
      const b = arimaForecast(css, y.length, 12);
      // The state forecasts start from is built on demand (one Kalman pass): the same as building it at once.
      a.mean.forEach((m, i) => expect(Math.log(m)).toBeCloseTo(b.mean[i], 10));
      // With the refit, the same search ends on a CSS-ML fit.
      const refit = createArimaModel({ approximation: true, maxP: 2, maxQ: 2, maxSeasonalP: 1, maxSeasonalQ: 1 }).fit(y, { period: 12, log: true }) as ArimaFittedModel;
      expect(refit.fit.method).toBe('CSS-ML');
    }
  });
});
