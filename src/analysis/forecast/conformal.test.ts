import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBacktest, scoreBacktest } from './backtest.js';
import { applyBounds, calibratedBounds, conformalQuantile, logRatioError, ratioOffset, tailQuantile } from './conformal.js';
import { calibrate, NORMAL_TAILS } from './error-sets.js';
import { normalQuantile } from './bands.js';
import { registerModels } from './registry.js';
import type { MonthlySeries } from './series.js';
import { seasonMeanDouble } from './test-doubles.js';

/** Seeded normal deviates (mulberry32 + Box-Muller), so the tests are the same on every run. */
function normals(seed: number): () => number {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

describe('conformal quantiles', () => {
  it('uses the finite-sample correction ceil((n + 1) p)', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(conformalQuantile(sorted, 0.9)).toBe(9); // ceil(10 * 0.9) = 9th
    expect(conformalQuantile(sorted, 0.8)).toBe(8);
    expect(conformalQuantile(sorted, 0.1)).toBe(1); // floor(10 * 0.1) = 1st
    expect(conformalQuantile(sorted, 0.975)).toBe(9); // beyond n: the largest
  });

  it('goes beyond the errors seen by normal tails where they are too few for the level (the calibration of a back-test with 20 errors at a horizon)', () => {
    const z = normals(11);
    const errors = Array.from({ length: 20 }, () => ({ horizon: 1, error: 0.2 * z(), recent: false }));
    const sorted = errors.map((e) => e.error).sort((a, b) => a - b);
    const cal = calibrate(errors, 1, [80, 95]);
    const q95 = cal.all[0]!.quantiles.find((q) => q.level === 95)!;
    // 20 errors reach 20/21 = 95.2%, short of 97.5%: the largest error times z(0.975) / z(20/21).
    expect(q95.upper).toBeCloseTo((sorted[19] * normalQuantile(0.975)) / normalQuantile(20 / 21), 12);
    expect(q95.upper).toBeGreaterThan(sorted[19]);
    expect(q95.lower).toBeLessThan(sorted[0]);
    // The 80% band is inside the errors seen: plain conformal.
    const q80 = cal.all[0]!.quantiles.find((q) => q.level === 80)!;
    expect(q80.upper).toBe(conformalQuantile(sorted, 0.9));
    expect(NORMAL_TAILS).toBe(true);
  });

  it('turns log-ratio errors back into an interval around a forecast, never below 0', () => {
    const offset = ratioOffset([100, 100, 100]);
    expect(offset).toBe(5);
    const e = logRatioError(150, 100, offset);
    expect(applyBounds(100, offset, { lower: -e, upper: e }).upper).toBeCloseTo(150, 10);
    expect(applyBounds(100, offset, { lower: -50, upper: 0 }).lower).toBe(0);
  });

  it('covers about 80% and 95% of new outcomes when errors are exchangeable', () => {
    const z = normals(7);
    const offset = 5;
    const draw = () => 1000 * Math.exp(0.3 * z()); // outcome around a forecast of 1000
    const errors = Array.from({ length: 400 }, () => ({ horizon: 1, error: logRatioError(draw(), 1000, offset), recent: false }));
    const cal = calibrate(errors, 1, [80, 95]);
    for (const [level, tolerance] of [[80, 0.03], [95, 0.02]] as const) {
      const b = calibratedBounds(cal, 1, level, false)!;
      const iv = applyBounds(1000, offset, b);
      let hit = 0;
      const n = 4000;
      for (let i = 0; i < n; i++) {
        const y = draw();
        if (y >= iv.lower && y <= iv.upper) hit++;
      }
      expect(Math.abs(hit / n - level / 100)).toBeLessThan(tolerance);
    }
  });

  it('is wider right after a break: calibrated on such origins, or widened when there are too few', () => {
    const z = normals(3);
    const calm = Array.from({ length: 50 }, () => ({ horizon: 1, error: 0.1 * z(), recent: false }));
    const rough = Array.from({ length: 20 }, () => ({ horizon: 1, error: 0.5 * z(), recent: true }));
    const cal = calibrate([...calm, ...rough], 1, [80]);
    const normal = calibratedBounds(cal, 1, 80, false)!;
    const after = calibratedBounds(cal, 1, 80, true)!;
    expect(after.method).toBe('conformal-after-break');
    expect(after.upper - after.lower).toBeGreaterThan(normal.upper - normal.lower);
    const few = calibrate([...calm, ...rough.slice(0, 3)], 1, [80]);
    const widened = calibratedBounds(few, 1, 80, true)!;
    expect(widened.method).toBe('conformal-widened');
    expect(few.wideningSource).toBe('calibrated');
    expect(few.widening).toBeGreaterThan(1);
    expect(widened.upper).toBeCloseTo(calibratedBounds(few, 1, 80, false)!.upper * few.widening, 12);
  });
});

describe('conformal intervals in a back-test', () => {
  const z = normals(11);
  const values = Array.from({ length: 160 }, () => Math.round(2000 * Math.exp(0.2 * z())));
  const series: MonthlySeries = { id: 'noise', measure: 'm', keys: {}, start: '2010-01', values, sources: values.map(() => 's'), droppedAtEnd: [] };

  it('reaches nominal coverage on synthetic data, calibrated only on errors known at each origin', () => {
    const bt = runBacktest(series, registerModels([seasonMeanDouble]), { horizon: 6, detect: false });
    const s = scoreBacktest(bt, (f) => f.shown[0].method.every((m) => m === 'conformal')).find((x) => x.model === 'season-mean')!;
    expect(s.overall.n).toBeGreaterThan(500);
    expect(Math.abs(s.overall.coverage80 - 0.8)).toBeLessThan(0.06);
    expect(Math.abs(s.overall.coverage95 - 0.95)).toBeLessThan(0.04);
  });

  it('never looks ahead: changing later outcomes leaves earlier intervals unchanged', () => {
    const changed = { ...series, values: values.map((v, t) => (t >= 100 ? v * 5 : v)) };
    const a = runBacktest(series, registerModels([seasonMeanDouble]), { horizon: 6, detect: false });
    const b = runBacktest(changed, registerModels([seasonMeanDouble]), { horizon: 6, detect: false });
    const early = (bt: typeof a) => bt.forecasts.get('season-mean')!.filter((f) => f.origin <= '2018-04'); // origin index 99
    expect(early(b).map((f) => f.shown)).toEqual(early(a).map((f) => f.shown));
    const later = (bt: typeof a) => bt.forecasts.get('season-mean')!.find((f) => f.origin === '2018-12')!;
    expect(later(b).shown).not.toEqual(later(a).shown);
  });
});

describe('tailQuantile', () => {
  it("is conformal's quantile where the errors are enough for the level", () => {
    const sorted = Array.from({ length: 40 }, (_, i) => i / 10 - 2);
    for (const p of [0.025, 0.1, 0.9, 0.975]) expect(tailQuantile(sorted, p)).toBe(conformalQuantile(sorted, p));
  });

  it('goes beyond the most extreme error by normal tails when they are too few (8 errors reach 8/9)', () => {
    const sorted = [-0.2, -0.1, -0.05, 0, 0.02, 0.05, 0.1, 0.3];
    expect(tailQuantile(sorted, 0.975)).toBeCloseTo((0.3 * normalQuantile(0.975)) / normalQuantile(8 / 9), 14);
    expect(tailQuantile(sorted, 0.9)).toBeCloseTo((0.3 * normalQuantile(0.9)) / normalQuantile(8 / 9), 14);
    expect(tailQuantile(sorted, 0.025)).toBeCloseTo((-0.2 * normalQuantile(0.025)) / normalQuantile(1 / 9), 14);
    expect(tailQuantile(sorted, 0.975)).toBeGreaterThan(tailQuantile(sorted, 0.9));
    expect(tailQuantile(sorted, 0.9)).toBeGreaterThan(0.3);
  });

  it('never narrows as the level rises (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 5, maxLength: 60 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        if (sorted[0] > 0 || sorted.at(-1)! < 0) return; // one-sided errors: the tails scale away from 0, not outwards
        expect(tailQuantile(sorted, 0.975)).toBeGreaterThanOrEqual(tailQuantile(sorted, 0.9));
        expect(tailQuantile(sorted, 0.025)).toBeLessThanOrEqual(tailQuantile(sorted, 0.1));
      }),
    );
  });
});
