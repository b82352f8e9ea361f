/** Splits of people received into kinds and whole units, checked by hand. */
import { describe, expect, it } from 'vitest';
import { forecastWeekly, quantile, shiftWeeks } from './forecast-weekly.js';
import { demandOf, splitKinds, wholeUnits } from './splits.js';
import { spreadOverWeeks } from './scenario-file.js';

const COMP = [
  { adults: 1, children: 1, share: 0.5 },
  { adults: 2, children: 2, share: 0.5 },
];

describe('splits', () => {
  it('accompanied minors become family units, whose adults leave the single adults', () => {
    // 30 minors / 1.5 children per unit = 20 units: 10 of 1+1, 10 of 2+2; 30 adults in them.
    const f = splitKinds([100], [30], [4], COMP, 0.9);
    expect(f.families.get(2)).toEqual([10]);
    expect(f.families.get(4)).toEqual([10]);
    expect(f.men[0]).toBeCloseTo(63, 10);
    expect(f.women[0]).toBeCloseTo(7, 10);
    expect(f.minors).toEqual([4]);
  });
  it('never negative single adults when families need more adults than the data has', () => {
    expect(splitKinds([5], [30], [0], COMP, 0.9).men).toEqual([0]);
  });
  it('whole units keep the running total: 0.4 a week is 0, 1, 0, 1, 0', () => {
    expect(wholeUnits([0.4, 0.4, 0.4, 0.4, 0.4])).toEqual([0, 1, 0, 1, 0]);
    expect(wholeUnits([2.5, 2.5]).reduce((a, b) => a + b, 0)).toBe(5);
  });
  it('demand rows: singles of size 1, families by size in units', () => {
    const d = demandOf('C', splitKinds([100], [30], [4], COMP, 0.9));
    expect(d).toEqual(
      expect.arrayContaining([
        { week: 0, city: 'C', kind: 'families', size: 4, units: 10 },
        { week: 0, city: 'C', kind: 'minors', size: 1, units: 4 },
        { week: 0, city: 'C', kind: 'men', size: 1, units: 63 },
      ]),
    );
  });
  it('a month spread over the weeks by days: 31 people in January 2026, 1 a day', () => {
    const weeks = ['2025-12-29', '2026-01-05', '2026-01-26', '2026-02-02'];
    const row = { from: '2026-01-01', to: '2026-01-31', place: { state: 'MX-02' }, kind: 'men' as const, people: 31, at: { file: 'x' } };
    expect(spreadOverWeeks(row, weeks)).toEqual([4, 7, 6, 0]);
  });
});

describe('weekly forecast', () => {
  it('level: mean of the last window weeks; interval from past ratios', () => {
    const xs = [10, 10, 10, 10, 20, 10, 10, 10, 10, 5, 10, 10];
    const f = forecastWeekly(xs, 4);
    expect(f.level).toBe(8.75); // (5 + 10 + 10 + 10) / 4
    expect(f.ratios).toBe(8);
    expect(f.low80).toBeLessThan(8.75);
    expect(f.high80).toBeGreaterThan(8.75);
  });
  it('a level shift in the last weeks: the level is the mean of the weeks since it, said with how many', () => {
    // Tamaulipas adults, INM: ~1,300 a week, then 99, 83, 77, 68, 95, 67 from 13 April 2026.
    const xs = [1363, 1318, 1473, 1487, 1701, 1533, 1581, 1650, 1391, 1443, 1090, 1462, 1450, 1191, 1450, 1387, 1229, 99, 83, 77, 68, 95, 67];
    const f = forecastWeekly(xs, 8, { horizon: 12 });
    expect(f.shiftWeeks).toBe(6);
    expect(f.level).toBeCloseTo((99 + 83 + 77 + 68 + 95 + 67) / 6, 10);
    expect(forecastWeekly(xs, 8, { method: 'mean' }).level).toBeCloseTo((1387 + 1229 + 99 + 83 + 77 + 68 + 95 + 67) / 8, 10);
    // A shift up is followed too; a single odd week, or weeks inside the old range, are not a shift.
    expect(shiftWeeks([10, 12, 9, 11, 10, 12, 9, 11, 40, 45, 50], 8)).toBe(3);
    expect(shiftWeeks([10, 12, 9, 11, 10, 12, 9, 11, 10, 1], 8)).toBeNull();
    expect(shiftWeeks([10, 12, 9, 11, 10, 12, 9, 11, 8, 7], 8)).toBeNull();
  });
  it('the interval is measured over the weeks ahead asked for, from the method\'s own past errors', () => {
    const xs = Array.from({ length: 40 }, (_, i) => 100 + ((i * 37) % 23) - 11);
    const one = forecastWeekly(xs, 8, { horizon: 1 });
    const twelve = forecastWeekly(xs, 8, { horizon: 12 });
    expect(one.ratios).toBe(32);
    expect(twelve.ratios).toBe(32 * 12 - (12 * 11) / 2);
    expect(twelve.low80).toBeLessThan(twelve.level);
    expect(twelve.high80).toBeGreaterThan(twelve.level);
  });
  it('quantile is R type 7', () => {
    expect(quantile([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12);
    expect(quantile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
  });
});

