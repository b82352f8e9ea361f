/** A check's figures in the page's language: periods at their grain, numbers with separators. */
import { describe, expect, it } from 'vitest';
import { checkResultText, checkRunText } from './check-words';

describe('checkResultText', () => {
  const addsUp = { kind: 'adds-up', grain: 'month', periods: 302, beyond_rounding: 1, max_diff: -90, largest: { period: '2003-07-01', parts: 79310, total: 79400 } } as const;
  it("a breakdown's worst month with its parts and total (was 2003-07-01: partes 79310 frente al total 79400)", () => {
    expect(checkResultText(addsUp, 'es')).toBe('302 periodos, 1 más allá del redondeo, diferencia mayor -90 (jul 2003: partes 79,310 frente al total 79,400)');
    expect(checkResultText(addsUp, 'en')).toBe('302 periods, 1 beyond rounding, largest difference -90 (Jul 2003: parts 79,310 vs total 79,400)');
    expect(checkResultText({ ...addsUp, max_diff: 0, beyond_rounding: 0, largest: null }, 'en')).toBe('302 periods, 0 beyond rounding, largest difference 0');
  });
  it("an overlap's fiscal years as fiscal years, each pair of sources", () => {
    const overlap: Parameters<typeof checkResultText>[0] = {
      kind: 'overlap',
      grain: 'fy',
      comparisons: [
        { source: 'iom', against: 'ohss-monthly', periods: 7, beyond_rounding: 1, largest: { period: '2017-10-01', value: 522450, against_value: 521300, diff: 1150, pct: 0.22 } },
        { source: 'ddp', against: 'ohss-monthly', periods: 5, beyond_rounding: 0, largest: { period: '2020-10-01', value: 1662167, against_value: 1662170, diff: -3, pct: 0 } },
      ],
    };
    expect(checkResultText(overlap, 'en')).toBe(
      'iom vs ohss-monthly: 7 periods, 1 beyond rounding, largest 1,150 (0.22%) in FY2018: 522,450 vs 521,300; ddp vs ohss-monthly: 5 periods, 0 beyond rounding, largest -3 (0%) in FY2021: 1,662,167 vs 1,662,170',
    );
    expect(checkResultText(overlap, 'es')).toContain('la mayor 1,150 (0.22 %) en año fiscal 2018: 522,450 frente a 521,300');
  });
  it('two measures compared month by month', () => {
    const cross = { kind: 'cross', grain: 'month', periods: 11, beyond: 0, tolerance_pct: 5, largest: { period: '2025-01-01', other: 30152, reference: 29107, pct: 3.59 } } as const;
    expect(checkResultText(cross, 'es')).toBe('11 periodos, 0 separados más de 5 %, la mayor diferencia 3.59 % en ene 2025 (30,152 frente a 29,107)');
    expect(checkResultText(cross, 'en')).toBe('11 periods, 0 more than 5% apart, largest 3.59% in Jan 2025 (30,152 vs 29,107)');
  });
  it('when a check ran, its day in words', () => {
    expect(checkRunText('2026-12-07 16:59:50', 'es')).toBe('7 dic 2026 16:59');
    expect(checkRunText('2026-12-07 16:59:50', 'en')).toBe('7 Dec 2026 16:59');
  });
});
