import { describe, expect, it } from 'vitest';
import { forecastModels } from './models/index.js';
import { blockMeans, divisors, reconcileTemporal, temporalHierarchy } from './temporal.js';

const KS = [1, 2, 3, 4, 6, 12];
/** Base forecasts of every level, in the order levels then blocks: 8 + 0.3 sin(i) + 0.01 i, i = 1..28. */
const base = (() => {
  let i = 0;
  return KS.map((k) => Array.from({ length: 12 / k }, () => (++i, 8 + 0.3 * Math.sin(i) + 0.01 * i)));
})();

describe('temporal hierarchies', () => {
  it('lists the block lengths of a period and averages blocks that end at the last value', () => {
    expect(divisors(12)).toEqual(KS);
    expect(divisors(1)).toEqual([1]);
    expect(blockMeans([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([3, 6]); // the first value, a partial block, is dropped
  });

  // Reference: R, solve(t(S) %*% W⁻¹ %*% S, t(S) %*% W⁻¹ %*% ŷ) with S's rows 1/k over each block.
  it('reconciles as weighted least squares does in R (structural and variance scaling)', () => {
    const struc = [8.258880375881473, 8.289228308486814, 8.261262741033974, 8.264134818301439, 8.130699363143169, 8.344551996082428, 8.260209253845103, 8.369920748216487, 8.400490775144174, 8.081731070434163, 8.097330872387374, 8.246356058952458];
    const byVariance = [8.264396226948845, 8.294744159554186, 8.241481966540707, 8.178349513434441, 8.076886084501568, 8.290738717440831, 8.259797795290133, 8.369509289661508, 8.341740666785427, 8.056805236554352, 8.037162077481455, 8.186187264046536];
    reconcileTemporal(KS, base, KS.map((k) => 1 / k)).forEach((v, p) => expect(v).toBeCloseTo(struc[p], 11));
    reconcileTemporal(KS, base, [0.02, 0.015, 0.011, 0.009, 0.007, 0.004]).forEach((v, p) => expect(v).toBeCloseTo(byVariance[p], 11));
  });

  it('moves months and year towards each other by their weights, and leaves coherent forecasts alone', () => {
    const months = Array.from({ length: 12 }, (_, p) => 10 + p);
    const mean = months.reduce((a, b) => a + b, 0) / 12;
    // One yearly level: every month moves by w12·(a − mean)/(12·w1 + w12).
    const x = reconcileTemporal([1, 12], [months, [mean + 6]], [1, 1 / 12]);
    x.forEach((v, p) => expect(v - months[p]).toBeCloseTo(3, 12));
    const y = reconcileTemporal([1, 12], [months, [mean + 6]], [1, 1]);
    y.forEach((v, p) => expect(v - months[p]).toBeCloseTo(6 / 13, 12));
    const coherent = KS.map((k) => blockMeans(months, k));
    reconcileTemporal(KS, coherent, KS.map((k) => 1 / k)).forEach((v, p) => expect(v).toBeCloseTo(months[p], 12));
  });

  it('forecasts as its base model when only the monthly level is used, or when every level tells the same story', () => {
    // A trend and a season with no noise: every level's ETS forecasts it, so reconciling moves nothing.
    const y = Array.from({ length: 96 }, (_, t) => Math.exp(8 + 0.01 * t + 0.3 * Math.sin((2 * Math.PI * t) / 12)));
    const own = forecastModels.ets.fit(y, { period: 12, log: true }).forecast(24, [80]);
    const alone = temporalHierarchy(forecastModels.ets, { levels: [1] }).fit(y, { period: 12, log: true }).forecast(24, [80]);
    expect(alone.mean).toEqual(own.mean);
    const thief = temporalHierarchy(forecastModels.ets).fit(y, { period: 12, log: true });
    expect(thief.name).toMatch(/^THieF\(ETS\(.*levels 1,2,3,4,6; struc\)$/); // 8 years: too few for ETS at the yearly level
    const f = thief.forecast(20, [80]);
    expect(f.mean).toHaveLength(20);
    f.mean.forEach((v, t) => {
      expect(Math.abs(Math.log(v / own.mean[t]))).toBeLessThan(1e-3);
      const iv = f.intervals[0];
      expect(iv.lower[t]).toBeLessThan(v);
      expect(iv.upper[t]).toBeGreaterThan(v);
      // the band moved with the mean: the same ratios to it as the base model's
      expect(iv.upper[t] / v).toBeCloseTo(own.intervals[0].upper[t] / own.mean[t], 10);
    });
  });
});
