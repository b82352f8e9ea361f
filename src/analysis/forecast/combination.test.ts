import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combinationModel, combinationWeights, combineForecasts, MIN_WEIGHTING } from './combination.js';
import { naiveDouble, snaiveDouble } from './test-doubles.js';

const scores: Record<string, { sum: number; n: number }> = { a: { sum: 24, n: 24 }, b: { sum: 48, n: 24 } };

describe('combination weights learnt from back-test errors', () => {
  it('are proportional to 1 / MASE² (hand-worked: MASE 1 and 2 give 0.8 and 0.2)', () => {
    const w = combinationWeights(['a', 'b'], (id) => scores[id])!;
    expect(w.a).toBeCloseTo(0.8, 12);
    expect(w.b).toBeCloseTo(0.2, 12);
  });

  it('are undefined (the median) until every member has enough scored forecasts', () => {
    expect(combinationWeights(['a', 'b'], (id) => (id === 'b' ? { sum: 10, n: MIN_WEIGHTING - 1 } : scores[id]))).toBeUndefined();
    expect(combinationWeights(['a', 'c'], (id) => scores[id])).toBeUndefined();
    expect(combinationWeights(['a', 'b'], (id) => (id === 'b' ? { sum: 0, n: 30 } : scores[id]))).toBeUndefined();
  });

  it('sum to 1 and rank members as their errors do (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.05, max: 20, noNaN: true }), { minLength: 2, maxLength: 6 }), (mases) => {
        const ids = mases.map((_, i) => `m${i}`);
        const w = combinationWeights(ids, (id) => ({ sum: mases[Number(id.slice(1))] * 30, n: 30 }))!;
        expect(Object.values(w).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
        for (let i = 0; i < mases.length; i++) for (let j = 0; j < mases.length; j++) if (mases[i] < mases[j]) expect(w[ids[i]]).toBeGreaterThanOrEqual(w[ids[j]]);
      }),
    );
  });

  it('combine means and bounds as a weighted mean, or the median without weights', () => {
    const f = (m: number) => ({ mean: [m, 2 * m], intervals: [{ level: 80, lower: [m - 1, m - 2], upper: [m + 1, m + 2] }] });
    const weighted = combineForecasts([f(10), f(20), f(60)], [0.5, 0.3, 0.2]);
    expect(weighted.mean).toEqual([0.5 * 10 + 0.3 * 20 + 0.2 * 60, 2 * (0.5 * 10 + 0.3 * 20 + 0.2 * 60)]);
    expect(weighted.intervals[0].lower[0]).toBeCloseTo(23 - 1, 12);
    expect(combineForecasts([f(10), f(20), f(60)]).mean).toEqual([20, 40]);
  });

  it('a weighted combination model forecasts the weighted mean of its members and names the weights', () => {
    const y = Array.from({ length: 36 }, (_, t) => 100 + 10 * Math.sin((2 * Math.PI * t) / 12) + t);
    const model = combinationModel([naiveDouble, snaiveDouble]).withWeights({ [naiveDouble.id]: 0.75, [snaiveDouble.id]: 0.25 });
    const fit = model.fit(y, { period: 12 });
    const a = naiveDouble.fit(y, { period: 12 }).forecast(3, [80]);
    const b = snaiveDouble.fit(y, { period: 12 }).forecast(3, [80]);
    expect(fit.forecast(3, [80]).mean).toEqual(a.mean.map((v, i) => 0.75 * v + 0.25 * b.mean[i]));
    expect(fit.name).toMatch(/1\/MASE²: .* 0\.75, .* 0\.25\)$/);
  });
});
