import { describe, expect, it } from 'vitest';
import { addIndependentError, logRatioError, tailQuantile } from '../conformal.js';
import { errorDay, MIN_ERROR_MONTHS, nowcastErrorQuantiles, nowcastIntervals } from './nowcast-bands.js';
import { nowcastOutcomes } from './nowcast.js';

/** Daily figures: `perDay(month, day)` for every day of the months from..to. */
function daily(from: string, months: number, perDay: (m: number, d: number) => number): Map<string, number> {
  const out = new Map<string, number>();
  for (let k = 0; k < months; k++) {
    const y = Number(from.slice(0, 4)) + Math.floor((Number(from.slice(5, 7)) - 1 + k) / 12);
    const mo = ((Number(from.slice(5, 7)) - 1 + k) % 12) + 1;
    const n = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    for (let d = 1; d <= n; d++) out.set(`${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, perDay(k, d));
  }
  return out;
}

describe('nowcastErrorQuantiles', () => {
  // 100 a day for 3 months, then months at 100 + 10k a day; the monthly series is 1.1 x the daily one, 5% off every other month.
  const days = daily('2024-10', 12, (m, _d) => (m < 3 ? 100 : 100 + 10 * m));
  const monthly = Array.from({ length: 12 }, (_, m) => {
    const n = new Date(Date.UTC(2024, 9 + m + 1, 0)).getUTCDate();
    return 1.1 * n * (m < 3 ? 100 : 100 + 10 * m) * (m % 2 ? 1.05 : 1);
  });
  const target = { start: '2024-10', values: monthly };

  it('takes the log ratios of published months to the nowcasts made on that day, with the given offset', () => {
    const q = nowcastErrorQuantiles(days, target, 31, [80, 95], 25)!;
    const errors = nowcastOutcomes(days, target, 31).map((o) => logRatioError(o.actual, o.nowcast, 25)).sort((a, b) => a - b);
    expect(q.months).toBe(errors.length);
    expect(q.months).toBeGreaterThanOrEqual(MIN_ERROR_MONTHS);
    for (const b of q.quantiles) {
      expect(b.lower).toBeCloseTo(tailQuantile(errors, (1 - b.level / 100) / 2), 14);
      expect(b.upper).toBeCloseTo(tailQuantile(errors, (1 + b.level / 100) / 2), 14);
    }
    expect(q.quantiles[1].upper).toBeGreaterThan(q.quantiles[0].upper);
  });

  it(`says nothing with fewer than ${MIN_ERROR_MONTHS} months to measure`, () => {
    const short = { start: '2024-10', values: monthly.slice(0, 3 + MIN_ERROR_MONTHS - 1) }; // 3 months profile the days; each one after is measured
    expect(nowcastOutcomes(days, short, 31).length).toBe(MIN_ERROR_MONTHS - 1);
    expect(nowcastErrorQuantiles(days, short, 31, [80], 25)).toBeUndefined();
  });

  it('gives a filled month an interval around it, never narrower than the nowcast itself', () => {
    const q = { days: 10, months: 8, quantiles: [{ level: 80, lower: -0.1, upper: 0.2 }, { level: 95, lower: 0.05, upper: -0.01 }] };
    const [i80, odd] = nowcastIntervals(1000, q, 0);
    expect(i80.lower).toBeCloseTo(1000 * Math.exp(-0.1), 9);
    expect(i80.upper).toBeCloseTo(1000 * Math.exp(0.2), 9);
    expect(odd).toEqual({ level: 95, lower: 1000, upper: 1000 }); // one-sided quantiles do not move it inwards
  });

  it("keeps a near-zero nowcast's upper bounds under the bands' ceiling, still apart (Canadians at the southwest border: 0 with a 95% upper bound of 514 where no month passed 25)", () => {
    // Offset 0.7 (5% of a mean of 14 a month): log ratios of 4.3 and 6.6 above a nowcast of 0 reach 49 and 514.
    const q = { days: 31, months: 8, quantiles: [{ level: 80, lower: -0.5, upper: Math.log(49.7 / 0.7) }, { level: 95, lower: -1, upper: Math.log(514.7 / 0.7) }] };
    const free = nowcastIntervals(0, q, 0.7);
    expect(free.map((i) => Math.round(i.upper))).toEqual([49, 514]);
    const [i80, i95] = nowcastIntervals(0, q, 0.7, 75);
    expect(i95.upper).toBeLessThan(75);
    expect(i80.upper).toBeLessThan(i95.upper);
    expect(i80.upper).toBeGreaterThan(0);
    expect([i80.lower, i95.lower]).toEqual([0, 0]);
    // Far below the ceiling nothing changes.
    expect(nowcastIntervals(1000, q, 0, 1e9)).toEqual(nowcastIntervals(1000, q, 0));
  });

  it('measures a whole month on every month whole (31), a partial one on its day', () => {
    expect(errorDay({ days: 30, share: 1 })).toBe(31);
    expect(errorDay({ days: 12, share: 0.4 })).toBe(12);
  });
});

describe('addIndependentError', () => {
  it('adds in quadrature and only widens', () => {
    expect(addIndependentError({ lower: -0.3, upper: 0.3 }, { lower: -0.4, upper: 0.4 })).toEqual({ lower: -0.5, upper: 0.5 });
    expect(addIndependentError({ lower: -0.3, upper: 0.3 }, { lower: 0.1, upper: -0.1 })).toEqual({ lower: -0.3, upper: 0.3 });
    expect(addIndependentError({ lower: 0.1, upper: -0.05 }, { lower: -0.2, upper: 0.2 })).toEqual({ lower: 0.1 - 0.2, upper: -0.05 + 0.2 });
  });
});
