import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL, MIN_SELECTION, MONOTONE_BANDS, runBacktest, selectModel, shownIntervals, widenWithHorizon } from './backtest.js';
import type { Calibration } from './conformal.js';
import { AdaptiveLevels } from './error-sets.js';
import { registerModels } from './registry.js';
import type { MonthlySeries } from './series.js';
import { naiveDouble, snaiveDouble } from './test-doubles.js';

describe('model selection', () => {
  it('keeps the combination unless a model with other information beats it by the margin, and needs enough scored forecasts', () => {
    const scores: Record<string, { sum: number; n: number }> = { combination: { sum: 100, n: 100 }, leading: { sum: 97, n: 100 }, theta: { sum: 80, n: 10 }, ets: { sum: 50, n: 100 } };
    // leading only 3% better; theta too few; ets far better but one of the package's univariate models, which never replace it
    expect(selectModel(['combination', 'leading', 'theta', 'ets'], (id) => scores[id])).toBe('combination');
    scores.leading.sum = 90;
    expect(selectModel(['combination', 'leading', 'theta', 'ets'], (id) => scores[id])).toBe('leading');
    // without the combination, the univariate models compete by the margin
    scores.theta = { sum: 80, n: 100 };
    expect(selectModel(['ets', 'theta'], (id) => scores[id])).toBe('ets');
    expect(selectModel(['theta', 'arima'], (id) => (id === 'arima' ? { sum: 60, n: 100 } : scores[id]))).toBe('arima');
    expect(selectModel(['ets', 'theta'], () => ({ sum: 0, n: MIN_SELECTION - 1 }))).toBe('ets'); // fallback order
  });

  it('selects online, at each origin, the model that was more accurate on the outcomes known then', () => {
    const values = Array.from({ length: 84 }, (_, t) => 1000 + 10 * t); // a steady trend: last month beats last year
    const series: MonthlySeries = { id: 's', measure: 'm', keys: {}, start: '2015-01', values, sources: values.map(() => 's'), droppedAtEnd: [] };
    const bt = runBacktest(series, registerModels([naiveDouble, snaiveDouble]), { detect: false });
    const chosen = bt.forecasts.get(DEFAULT_MODEL)!.map((f) => f.selected);
    expect(chosen[0]).toBe('snaive'); // nothing scored yet: the fallback order
    expect(chosen.at(-1)).toBe('naive');
    expect(chosen.indexOf('naive')).toBeGreaterThan(0);
  });
});

describe('adaptive conformal levels', () => {
  it('raises the level an interval aims for after misses and lowers it after hits', () => {
    const a = new AdaptiveLevels(2, [80]);
    expect(a.effective(1, 80)).toBeCloseTo(80, 12);
    a.update(1, 80, true);
    expect(a.effective(1, 80)).toBeCloseTo(100 * (1 - (0.2 + 0.02 * (0.2 - 1))), 10);
    expect(a.effective(2, 80)).toBeCloseTo(80, 12);
    for (let i = 0; i < 100; i++) a.update(2, 80, false);
    expect(a.effective(2, 80)).toBeCloseTo(50, 10); // bounded: never aims below 50%
  });
});

describe('bands never narrower at a longer horizon', () => {
  it('takes the running envelope of calibrated log-ratio bounds, starting afresh after an uncalibrated horizon', () => {
    const b = (lower: number, upper: number) => ({ lower, upper, method: 'conformal' as const });
    expect(widenWithHorizon([b(-0.1, 0.1), b(-0.05, 0.3), b(-0.2, 0.2), undefined, b(-0.01, 0.01), b(-0.02, 0.005)])).toEqual([
      b(-0.1, 0.1),
      b(-0.1, 0.3),
      b(-0.2, 0.3),
      undefined,
      b(-0.01, 0.01),
      b(-0.02, 0.01),
    ]);
  });

  // Quantiles drawn horizon by horizon at random, as a few dozen errors can give them; the 95% ones outside the 80% ones.
  const quantiles = fc.array(fc.tuple(fc.double({ min: 0.01, max: 2, noNaN: true }), fc.double({ min: 0.01, max: 2, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 2, maxLength: 12 });
  const calibrationOf = (qs: [number, number, number][]): Calibration => ({
    levels: [80, 95],
    all: qs.map(([lo, up, extra], i) => ({ horizon: i + 1, n: 30, quantiles: [{ level: 80, lower: -lo, upper: up }, { level: 95, lower: -lo - extra - 0.01, upper: up + extra + 0.01 }] })),
    recent: qs.map(() => null),
    widening: 1.5,
    wideningSource: 'default',
  });
  const logWidths = (qs: [number, number, number][], monotone: boolean) => {
    const mean = qs.map(() => 1000);
    const offset = 50;
    const shown = shownIntervals({ mean, intervals: [], offset, recent: false, ceiling: Infinity }, calibrationOf(qs), [80, 95], { monotone });
    return shown.map((band) => ({ down: band.lower.map((l) => Math.log((mean[0] + offset) / (l + offset))), up: band.upper.map((u) => Math.log((u + offset) / (mean[0] + offset))) }));
  };
  const nonDecreasing = (xs: number[]) => xs.every((x, i) => i === 0 || x >= xs[i - 1] - 1e-12);

  it('is the default', () => expect(MONOTONE_BANDS).toBe(true));

  it('shows bands whose distance from the forecast, in log ratio, never shrinks with the horizon', () => {
    fc.assert(
      fc.property(quantiles, (qs) => {
        for (const band of logWidths(qs, true)) {
          // The lower bound stops at 0 (counts are never negative), so only the upper side is exact in log ratio below it.
          expect(nonDecreasing(band.up)).toBe(true);
          expect(nonDecreasing(band.down.map((d) => (Number.isFinite(d) ? d : Infinity)))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('would shrink without the envelope, for the same quantiles', () => {
    const qs: [number, number, number][] = [
      [0.3, 0.4, 0.1],
      [0.2, 0.25, 0.1],
    ];
    const [b80] = logWidths(qs, false);
    expect(b80.up[1]).toBeLessThan(b80.up[0]);
    const [m80] = logWidths(qs, true);
    expect(m80.up[1]).toBeCloseTo(m80.up[0], 12);
    expect(m80.down[1]).toBeCloseTo(m80.down[0], 12);
  });
});
