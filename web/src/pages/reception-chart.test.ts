import { describe, expect, it } from 'vitest';
import { dateOf } from '../format';
import { weekTickText, weekTicks } from './reception-chart';

const weeks = ['2026-05-25', '2026-06-01', '2026-06-08', '2026-06-15', '2026-06-22', '2026-06-29', '2026-07-06', '2026-07-13', '2026-07-20', '2026-07-27', '2026-08-03', '2026-08-10'];

describe("a Reception city chart's time axis", () => {
  it('ticks on the weeks themselves (their Mondays), thinned to fit, never repeating a label', () => {
    for (const width of [320, 390, 700, 1200]) {
      const ticks = weekTicks(weeks, width);
      expect(ticks.every((t) => weeks.includes(t))).toBe(true);
      expect(ticks[0]).toBe(weeks[0]);
      const dates = ticks.map(dateOf);
      const labels = dates.map((d, i) => weekTickText('en')(d, i, dates));
      expect(new Set(labels).size).toBe(labels.length);
      // About 52 px a label: they fit the plot's width.
      expect(ticks.length * 52).toBeLessThanOrEqual(Math.max(120, width - 70) + 52);
    }
    expect(weekTicks(weeks, 1200)).toEqual(weeks);
  });

  it("names each tick's week by day and month, the year under the first and where it changes, in the page's language", () => {
    const dates = ['2026-12-21', '2026-12-28', '2027-01-04'].map(dateOf);
    expect(dates.map((d, i) => weekTickText('en')(d, i, dates))).toEqual(['21 Dec\n2026', '28 Dec', '4 Jan\n2027']);
    expect(dates.map((d, i) => weekTickText('es')(d, i, dates))).toEqual(['21 dic\n2026', '28 dic', '4 ene\n2027']);
  });
});
