import { describe, expect, it } from 'vitest';
import { maxRelativeDifference } from '../test/fixtures/reference.js';
import { createSeasonalRandomWalkModel, seasonalRandomWalkModel } from './seasonal-random-walk.js';

// R's AirPassengers (monthly, January 1949 to December 1960).
const AIR = [
  112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135, 125, 149, 170, 170, 158, 133, 114, 140,
  145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166, 171, 180, 193, 181, 183, 218, 230, 242, 209, 191, 172, 194,
  196, 196, 236, 235, 229, 243, 264, 272, 237, 211, 180, 201, 204, 188, 235, 227, 234, 264, 302, 293, 259, 229, 203, 229,
  242, 233, 267, 269, 270, 315, 364, 347, 312, 274, 237, 278, 284, 277, 317, 313, 318, 374, 413, 405, 355, 306, 271, 306,
  315, 301, 356, 348, 355, 422, 465, 467, 404, 347, 305, 336, 340, 318, 362, 348, 363, 435, 491, 505, 404, 359, 310, 337,
  360, 342, 406, 396, 420, 472, 548, 559, 463, 407, 362, 405, 417, 391, 419, 461, 472, 535, 622, 606, 508, 461, 390, 432,
];
// Ending in July 1957, so that the forecast starts mid-cycle.
const Y = AIR.slice(0, 103);

/*
 * R 4 with forecast 8.20:
 *   x <- log(window(AirPassengers, end = c(1957, 7))); n <- length(x)
 *   d <- decompose(x, 'additive'); sa <- x - d$seasonal
 *   fig <- d$figure[((n + 0:11) %% 12) + 1]
 *   nv <- naive(sa, h = 12, level = c(80, 95))
 *   exp(nv$mean + fig); exp(nv$lower[, 1] + fig); exp(nv$upper[, 2] + fig)
 *   drift <- (sa[n] - sa[n - 12]) / 12 * 0.5; exp(sa[n] + (1:12) * drift + fig)
 */
const R_MEAN = [
  459.27897203563396, 407.22848607860408, 353.86897256374664, 307.2622768189907, 348.17543371339752, 351.43088577904587,
  349.00875725644187, 399.81830491663476, 381.99823878774026, 378.33675543750093, 424.2424868160885, 464.99999999999983,
];
const R_LOWER80 = [
  438.1629638308039, 381.00472107235572, 326.16534413499744, 279.65813167484521, 313.39415459650911, 313.16279571976725,
  308.14476666222282, 349.98311178549119, 331.69480672989914, 326.01587312453563, 362.92708182221668, 395.04230922560254,
];
const R_UPPER95 = [
  493.55802177316423, 450.86736755143227, 400.85680120518856, 354.83998356658691, 408.9792805064975, 419.19396887414536,
  422.22785781776912, 490.09918581178903, 474.07419879239961, 475.04698068525164, 538.6384272119318, 596.68688970976734,
];
const R_DRIFT_12_HALF = [
  461.55399676570698, 411.27286658156044, 359.15370237936554, 313.39572011254421, 356.88467257429056, 362.00590308451672,
  361.29171603106369, 415.93963590903616, 399.36954964504497, 397.50086426491197, 447.93980464088565, 493.40597402728207,
];

describe('seasonally adjusted random walk agrees with R', () => {
  it('Naive2 on logs: forecast::naive on the series less its decompose() season, the season put back', () => {
    const f = seasonalRandomWalkModel.fit(Y, { period: 12, log: true }).forecast(12, [80, 95]);
    expect(maxRelativeDifference(f.mean, R_MEAN)).toBeLessThan(1e-10);
    expect(maxRelativeDifference(f.intervals[0].lower, R_LOWER80)).toBeLessThan(1e-10);
    expect(maxRelativeDifference(f.intervals[1].upper, R_UPPER95)).toBeLessThan(1e-10);
  });

  it('with half the 12-month momentum as drift', () => {
    const f = createSeasonalRandomWalkModel({ driftMonths: 12, driftFactor: 0.5 }).fit(Y, { period: 12, log: true }).forecast(12, []);
    expect(maxRelativeDifference(f.mean, R_DRIFT_12_HALF)).toBeLessThan(1e-10);
  });
});

describe('seasonally adjusted random walk: properties', () => {
  const season = [3, -1, 4, -1, -5, 9, -2, 6, -5, 3, -5, -6]; // sums to 0
  const cycle = (n: number, at: (t: number) => number) => Array.from({ length: n }, (_, t) => at(t) + season[t % 12]);

  it('forecasts a purely seasonal series exactly, with zero-width intervals', () => {
    const y = cycle(61, () => 100);
    const f = seasonalRandomWalkModel.fit(y, { period: 12 }).forecast(24, [80]);
    const want = Array.from({ length: 24 }, (_, j) => 100 + season[(61 + j) % 12]);
    expect(maxRelativeDifference(f.mean, want)).toBeLessThan(1e-12);
    expect(maxRelativeDifference(f.intervals[0].lower, want)).toBeLessThan(1e-12);
  });

  it('without drift is Naive2 (a drift factor of 0 or no drift months change nothing)', () => {
    const a = seasonalRandomWalkModel.fit(Y, { period: 12, log: true }).forecast(12, [80]);
    const b = createSeasonalRandomWalkModel({ driftMonths: 12, driftFactor: 0 }).fit(Y, { period: 12, log: true }).forecast(12, [80]);
    expect(b).toEqual(a);
    expect(seasonalRandomWalkModel.id).toBe('naive2');
    expect(createSeasonalRandomWalkModel({ driftMonths: 3, driftFactor: 0.25 }).id).toBe('rw-d3x0.25');
  });

  it('with k-month drift reproduces a linear trend exactly', () => {
    const y = cycle(73, (t) => 50 + 0.1 * t);
    for (const k of [1, 3, 12, 24]) {
      const fit = createSeasonalRandomWalkModel({ driftMonths: k }).fit(y, { period: 12 });
      expect(fit.parameters.seasonal).toBe(1);
      const f = fit.forecast(18, []);
      const want = Array.from({ length: 18 }, (_, j) => 50 + 0.1 * (73 + j) + season[(73 + j) % 12]);
      expect(maxRelativeDifference(f.mean, want)).toBeLessThan(1e-12);
    }
  });

  it('on logs fits log(y) and back-transforms the forecast and its limits', () => {
    const onLogs = seasonalRandomWalkModel.fit(Y, { period: 12, log: true });
    const direct = seasonalRandomWalkModel.fit(Y.map(Math.log), { period: 12 }).forecast(12, [80, 95]);
    const f = onLogs.forecast(12, [80, 95]);
    expect(maxRelativeDifference(f.mean, direct.mean.map(Math.exp))).toBeLessThan(1e-14);
    expect(maxRelativeDifference(f.intervals[1].lower, direct.intervals[1].lower.map(Math.exp))).toBeLessThan(1e-14);
    expect(onLogs.fitted[0]).toBeCloseTo(Y[0], 10);
  });

  it('with period 1 is the plain random walk (with drift)', () => {
    const y = [5, 7, 6, 9, 8, 10, 9, 12, 11, 13, 12, 14, 19, 21, 20];
    const fit = createSeasonalRandomWalkModel({ driftMonths: 2 }).fit(y, { period: 1 });
    expect(fit.parameters.seasonal).toBe(0);
    expect(fit.forecast(3, []).mean).toEqual([20.5, 21, 21.5]);
  });
});
