import { describe, expect, it } from 'vitest';
import { loadReferences } from '../../test/fixtures/reference.js';
import { createMstlModel, mstlModel } from './mstl.js';

const references = loadReferences();
const nationwide = references.find((r) => r.series.id.startsWith('usbp-nationwide'))!.series.values;

describe('MSTL + ETS (augurs)', () => {
  it('continues the seasonal pattern of a strongly seasonal series', () => {
    const y = nationwide.slice(-120);
    const f = mstlModel.fit(y, { period: 12 }).forecast(12, [80, 95]);
    const lastYear = y.slice(-12);
    const centre = (v: number[]) => {
      const m = v.reduce((a, b) => a + b, 0) / v.length;
      return v.map((x) => x - m);
    };
    const a = centre(f.mean);
    const b = centre(lastYear);
    const corr = a.reduce((s, v, i) => s + v * b[i], 0) / Math.sqrt(a.reduce((s, v) => s + v * v, 0) * b.reduce((s, v) => s + v * v, 0));
    // The seasonal components are repeated from the last cycle: the forecast's shape is close
    // to last year's (the spring peak of border apprehensions), the trend moves it a little
    // (observed correlation 0.89).
    expect(corr).toBeGreaterThan(0.8);
  });

  it('gives in-sample fitted values for every observation and intervals at each level', () => {
    const fit = mstlModel.fit(nationwide, { period: 12 });
    expect(fit.fitted).toHaveLength(nationwide.length);
    expect(fit.fitted.every(Number.isFinite)).toBe(true);
    const f = fit.forecast(6, [50, 80, 95]);
    expect(f.intervals.map((i) => i.level)).toEqual([50, 80, 95]);
    for (let h = 0; h < 6; h++) {
      expect(f.intervals[0].upper[h] - f.intervals[0].lower[h]).toBeLessThan(f.intervals[1].upper[h] - f.intervals[1].lower[h]);
    }
  });

  it('fits on the log scale and back-transforms', () => {
    const f = mstlModel.fit(nationwide, { period: 12, log: true }).forecast(12, [95]);
    expect(Math.min(...f.intervals[0].lower)).toBeGreaterThan(0);
  });

  it('supports additional seasonal periods', () => {
    const fit = createMstlModel([6]).fit(nationwide, { period: 12 });
    expect(fit.name).toBe('MSTL(6,12) + ETS');
  });

  it('validates its input', () => {
    expect(() => mstlModel.fit(nationwide.slice(0, 20), { period: 12 })).toThrow('mstl requires at least 24 observations, got 20');
    expect(() => mstlModel.fit(nationwide, { period: 1 })).toThrow('mstl needs a seasonal period above 1');
    expect(mstlModel.minLength(12)).toBe(24);
  });
});
