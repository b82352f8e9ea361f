import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL, MIN_SELECTION, MONOTONE_BANDS, runBacktest, selectModel, shownIntervals } from './backtest.js';
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
  // Quantiles drawn horizon by horizon at random, as a few dozen errors can give them; the 95% ones
  // outside the 80% ones or, as with few errors, equal to them (then nesting moves them out).
  const extra = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true }));
  const quantiles = fc.array(fc.tuple(fc.double({ min: 0.01, max: 2, noNaN: true }), fc.double({ min: 0.01, max: 2, noNaN: true }), extra), { minLength: 2, maxLength: 12 });
  const calibrationOf = (qs: [number, number, number][]): Calibration => ({
    levels: [80, 95],
    all: qs.map(([lo, up, extra], i) => ({ horizon: i + 1, n: 30, quantiles: [{ level: 80, lower: -lo, upper: up }, { level: 95, lower: -lo - extra, upper: up + extra }] })),
    recent: qs.map(() => null),
    widening: 1.5,
    wideningSource: 'default',
  });
  const offset = 50;
  const bandsOf = (qs: [number, number, number][], monotone: boolean, mean = qs.map(() => 1000)) =>
    shownIntervals({ mean, intervals: [], offset, recent: false, ceiling: Infinity }, calibrationOf(qs), [80, 95], { monotone });
  const logWidths = (qs: [number, number, number][], monotone: boolean, mean = qs.map(() => 1000)) =>
    bandsOf(qs, monotone, mean).map((band) => ({
      down: band.lower.map((l, i) => Math.log((mean[i] + offset) / (l + offset))),
      up: band.upper.map((u, i) => Math.log((u + offset) / (mean[i] + offset))),
    }));
  const nonDecreasing = (xs: number[]) => xs.every((x, i) => i === 0 || x >= xs[i - 1] - 1e-12);

  it('is the default', () => expect(MONOTONE_BANDS).toBe(true));

  it('shows bands whose distance from the forecast, in log ratio, never shrinks with the horizon', () => {
    fc.assert(
      fc.property(quantiles, (qs) => {
        const [b80, b95] = logWidths(qs, true);
        for (const band of [b80, b95]) {
          expect(nonDecreasing(band.up)).toBe(true);
          expect(nonDecreasing(band.down)).toBe(true);
        }
        // Still nested, strictly above (below, unless at 0).
        b95.up.forEach((u, i) => expect(u).toBeGreaterThan(b80.up[i]));
        b95.down.forEach((d, i) => expect(d).toBeGreaterThanOrEqual(b80.down[i]));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a lower bound cut at 0 at 0 further ahead, and the bands strictly nested, where the forecast changes with the horizon', () => {
    const means = fc.array(fc.double({ min: 10, max: 5000, noNaN: true }), { minLength: 12, maxLength: 12 });
    const wide = fc.array(fc.tuple(fc.double({ min: 0.01, max: 5, noNaN: true }), fc.double({ min: 0.01, max: 2, noNaN: true }), extra), { minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(wide, means, (qs, allMeans) => {
        const mean = allMeans.slice(0, qs.length);
        const [b80, b95] = bandsOf(qs, true, mean);
        for (const band of [b80, b95]) {
          const firstZero = band.lower.findIndex((l) => l === 0);
          if (firstZero >= 0) expect(band.lower.slice(firstZero).every((l) => l === 0)).toBe(true);
        }
        b80.lower.forEach((l, i) => {
          expect(b95.upper[i]).toBeGreaterThan(b80.upper[i]);
          if (l > 0) expect(b95.lower[i]).toBeLessThan(l);
        });
        const [w80, w95] = logWidths(qs, true, mean);
        for (const band of [w80, w95]) expect(nonDecreasing(band.up)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the bands strictly apart where rounding put a 95% bound on the 80% one after the envelope (found by the property above)', () => {
    // At month 1 the 95% quantile is the 80% one plus 1.7e-16: nested by one unit in the last place; carried to
    // month 2 as a log ratio, both came back as the same count.
    const qs: [number, number, number][] = [
      [0.01, 0.877012378238359, 1.6653345369377348e-16],
      [0.01, 0.01, 0],
      [0.01, 0.01, 0],
    ];
    const [b80, b95] = bandsOf(qs, true, [10, 405.42069122189605, 10]);
    b80.upper.forEach((u, i) => expect(b95.upper[i]).toBeGreaterThan(u));
    b80.lower.forEach((l, i) => expect(b95.lower[i]).toBeLessThan(l));
  });

  it('stays monotone where nesting moved a 95% bound out (80% and 95% quantiles equal at one horizon, the 95% one below that at the next)', () => {
    const qs: [number, number, number][] = [
      [0.5, 0.95, 0],
      [0.5, 0.9, 0.15],
    ];
    const [, b95] = logWidths(qs, true);
    expect(b95.up[1]).toBeGreaterThanOrEqual(b95.up[0] - 1e-12);
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

describe("bands carrying an independent error (the nowcast months' a forecast starts from)", () => {
  const calibration = (u80: number, u95: number): Calibration => ({
    levels: [80, 95],
    all: [1, 2, 3].map((h) => ({ horizon: h, n: 30, quantiles: [{ level: 80, lower: -u80, upper: u80 }, { level: 95, lower: -u95, upper: u95 }] })),
    recent: [null, null, null],
    widening: 1.5,
    wideningSource: 'default',
  });
  const offset = 10;
  const mean = [1000, 1000, 1000];
  const up = (u: number, m: number) => Math.log((u + offset) / (m + offset));

  it('adds the error in quadrature on the log scale at every horizon (0.3 and 0.4 make 0.5), and leaves the forecast alone', () => {
    const added = [{ level: 80, lower: -0.4, upper: 0.4 }, { level: 95, lower: -0.4 * 1.53, upper: 0.4 * 1.53 }];
    const [b80, b95] = shownIntervals({ mean, intervals: [], offset, recent: false, ceiling: Infinity }, calibration(0.3, 0.3 * 1.53), [80, 95], { added });
    b80.upper.forEach((u, i) => expect(up(u, mean[i])).toBeCloseTo(0.5, 12));
    b80.lower.forEach((l, i) => expect(up(l, mean[i])).toBeCloseTo(-0.5, 12));
    b95.upper.forEach((u, i) => expect(up(u, mean[i])).toBeCloseTo(0.5 * 1.53, 12));
  });

  it('only ever widens: a band with the error contains the band without it (fast-check)', () => {
    const q = fc.double({ min: -1, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 2, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), q, q, fc.double({ min: 1, max: 1e5, noNaN: true }), (u80, extra, lo, hi, m) => {
        const f = { mean: [m, m, m], intervals: [], offset, recent: false, ceiling: Infinity };
        const added = [80, 95].map((level) => ({ level, lower: lo, upper: hi }));
        const plain = shownIntervals(f, calibration(u80, u80 + extra), [80, 95]);
        const wider = shownIntervals(f, calibration(u80, u80 + extra), [80, 95], { added });
        wider.forEach((b, k) =>
          b.upper.forEach((v, i) => {
            expect(v).toBeGreaterThanOrEqual(plain[k].upper[i] * (1 - 1e-12));
            expect(b.lower[i]).toBeLessThanOrEqual(plain[k].lower[i] * (1 + 1e-12) + 1e-9);
          }),
        );
        // Still nested.
        wider[1].upper.forEach((v, i) => expect(v).toBeGreaterThan(wider[0].upper[i]));
      }),
      { numRuns: 300 },
    );
  });

  it("widens the model's own interval too where there is no calibration", () => {
    const f = { mean, intervals: [{ level: 80, lower: [900, 900, 900], upper: [1100, 1100, 1100] }], offset, recent: false, ceiling: Infinity };
    const [plain] = shownIntervals(f, undefined, [80]);
    const [wider] = shownIntervals(f, undefined, [80], { added: [{ level: 80, lower: -0.1, upper: 0.1 }] });
    expect(up(wider.upper[0], 1000)).toBeCloseTo(Math.hypot(up(1100, 1000), 0.1), 12);
    expect(wider.lower[0]).toBeLessThan(plain.lower[0]);
    expect(wider.method).toEqual(['model', 'model', 'model']);
  });
});
