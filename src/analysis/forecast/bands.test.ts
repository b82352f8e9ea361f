import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandCeiling, boundBands, CEILING_FACTOR, nestBands, normalQuantile, type Band } from './bands.js';

const RATIO = 1.959963984540054 / 1.2815515655446004;

describe('bands shown', () => {
  it('normal quantiles agree with the tables', () => {
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655446004, 8);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 8);
    expect(normalQuantile(0.005)).toBeCloseTo(-2.5758293035489, 8);
  });

  it('moves a 95% bound equal to the 80% one out by half the 80% width times (z95/z80 − 1)', () => {
    // With 10 errors both conformal upper bounds are the largest error: equal bounds.
    const bands: Band[] = [
      { level: 95, lower: [60], upper: [150] },
      { level: 80, lower: [80], upper: [150] },
    ];
    nestBands([100], bands);
    expect(bands[0].upper[0]).toBeCloseTo(150 + 35 * (RATIO - 1), 6);
    expect(bands[0].lower[0]).toBe(60); // already outside: unchanged
  });

  it('keeps a lower bound at 0 when the narrower band already reaches 0', () => {
    const bands: Band[] = [
      { level: 80, lower: [0], upper: [20] },
      { level: 95, lower: [0], upper: [30] },
    ];
    nestBands([10], bands);
    expect(bands[1].lower[0]).toBe(0);
  });

  it('bounds upper bounds below the ceiling, leaves bounds below the knee alone', () => {
    expect(bandCeiling([5, 40, 20])).toBe(CEILING_FACTOR * 40);
    const bands: Band[] = [{ level: 95, lower: [50], upper: [150] }];
    boundBands([100], bands, 300); // knee (100 + 300) / 2 = 200
    expect(bands[0].upper[0]).toBe(150);
    const wide: Band[] = [{ level: 95, lower: [50], upper: [5000] }];
    boundBands([100], wide, 300);
    expect(wide[0].upper[0]).toBeLessThanOrEqual(300);
    expect(wide[0].upper[0]).toBeGreaterThan(299);
  });

  it('whatever the bands, the result is strictly nested where the 80% band has width, and never above the ceiling (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.double({ min: 1.01, max: 20, noNaN: true }),
        (mean, [a, b, c, d], ceilingOverMean) => {
          // Any order of the four bounds, scaled around the mean.
          const bands: Band[] = [
            { level: 80, lower: [Math.max(0, mean * (1 - a / 60))], upper: [mean * (1 + b / 10)] },
            { level: 95, lower: [Math.max(0, mean * (1 - c / 60))], upper: [mean * (1 + d / 10)] },
          ];
          const ceiling = mean * ceilingOverMean;
          // Nested, then bounded (as shownIntervals does): the bounding is strictly increasing, so nesting survives it.
          nestBands([mean], bands);
          boundBands([mean], bands, ceiling);
          const [b80, b95] = bands;
          expect(b95.upper[0]).toBeLessThanOrEqual(ceiling);
          if (b80.upper[0] > b80.lower[0]) {
            expect(b95.upper[0]).toBeGreaterThan(b80.upper[0]);
            if (b80.lower[0] > 0) expect(b95.lower[0]).toBeLessThan(b80.lower[0]);
          }
          expect(b95.lower[0]).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
