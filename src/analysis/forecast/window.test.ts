import { describe, expect, it } from 'vitest';
import { findBreaks, POLICY_BREAKS } from './breaks.js';
import { trainingWindow } from './window.js';

/** Monthly series from `start` with a seasonal shape, multiplied by `level(t)`. */
function seasonal(n: number, level: (t: number) => number): number[] {
  return Array.from({ length: n }, (_, t) => Math.round(level(t) * (1 + 0.2 * Math.sin((2 * Math.PI * t) / 12))));
}

describe('breaks', () => {
  it('lists the policy dates, each with the first month of its new regime', () => {
    expect(POLICY_BREAKS.map((b) => [b.effective, b.start])).toEqual([
      ['2020-03', '2020-04'],
      ['2023-05', '2023-06'],
      ['2025-01', '2025-02'],
    ]);
  });

  it('finds the policy breaks inside a series and none outside it', () => {
    const y = seasonal(48, () => 1000);
    expect(findBreaks('2019-01', y, { detect: false }).map((b) => b.start)).toEqual(['2020-04']);
    expect(findBreaks('2021-01', y.slice(0, 24), { detect: false })).toEqual([]); // 2021-01 .. 2022-12
  });

  it('uses the list of policy dates it is given instead of POLICY_BREAKS, for the breaks and for attributing changepoints', () => {
    const y = seasonal(48, () => 1000); // 2019-01 .. 2022-12
    const policy = [{ effective: '2019-06', start: '2019-07', label: 'June 2019 declaration', why: 'test' }];
    expect(findBreaks('2019-01', y, { detect: false, policy }).map((b) => [b.start, b.label])).toEqual([['2019-07', 'June 2019 declaration']]);
    expect(findBreaks('2019-01', y, { detect: false, policy: [] })).toEqual([]);
    // a drop starting 2019-07 is that policy's break, not a detected changepoint
    const drop = seasonal(72, (t) => (t < 30 ? 50000 : 5000)); // 2017-01 .. 2022-12, the drop from 2019-07
    const found = findBreaks('2017-01', drop, { policy });
    expect(found.filter((b) => b.start >= '2019-04' && b.start <= '2019-10')).toEqual([{ start: '2019-07', kind: 'policy', label: 'June 2019 declaration' }]);
    expect(findBreaks('2017-01', drop, { policy: [] }).some((b) => b.kind === 'detected' && b.start >= '2019-05' && b.start <= '2019-09')).toBe(true);
  });

  it('detects a level shift in the data with augurs (and attributes one near a policy date to it)', () => {
    const y = seasonal(96, (t) => (t < 60 ? 50000 : 5000));
    const found = findBreaks('2010-01', y);
    expect(found.some((b) => b.kind === 'detected' && Math.abs(Number(b.start.slice(0, 4)) * 12 + Number(b.start.slice(5)) - (2010 * 12 + 61)) <= 2)).toBe(true);
    const nearPolicy = findBreaks('2020-03', seasonal(72, (t) => (t < 59 ? 50000 : 5000))); // the drop starts 2025-02
    expect(nearPolicy.filter((b) => b.start >= '2024-11' && b.start <= '2025-05')).toEqual([{ start: '2025-02', kind: 'policy', label: 'January 2025 US border measures' }]);
  });
});

describe('the training window', () => {
  it('starts at the latest break that leaves at least minHistory months', () => {
    const y = seasonal(90, () => 1000); // 2018-01 .. 2025-06
    const w = trainingWindow('2018-01', y, { detect: false, minHistory: 24 });
    expect(w.startsAt?.start).toBe('2023-06'); // 25 months to 2025-06; 2025-02 leaves only 5
    expect(w.from).toBe('2023-06');
    expect(w.values.length).toBe(25);
    const longer = trainingWindow('2018-01', y, { detect: false, minHistory: 60 });
    expect(longer.startsAt?.start).toBe('2020-04'); // 63 months
  });

  it('rescales the months before a recent break to the level after it, and says the forecast is right after a break', () => {
    const y = seasonal(92, (t) => (t < 85 ? 100000 : 10000)); // 2018-01..2025-08: from 2025-02 (t = 85) at a tenth
    const w = trainingWindow('2018-01', y, { detect: false, minHistory: 60 });
    expect(w.from).toBe('2020-04');
    expect(w.recentBreak).toEqual({ break: { start: '2025-02', kind: 'policy', label: 'January 2025 US border measures' }, monthsSince: 7 });
    expect(w.adjustments.map((a) => a.before)).toEqual(['2023-06', '2025-02']);
    expect(w.adjustments[0].factor).toBeCloseTo(1, 10); // no shift at 2023-06
    expect(w.adjustments[1].factor).toBeCloseTo(0.1, 2);
    expect(w.adjustments[1].months).toBe(7);
    // the months before the break now sit at the new level, with their seasonal shape
    const before = w.values.slice(w.values.length - 19, w.values.length - 7);
    expect(Math.max(...before)).toBeLessThan(13000);
    expect(w.log).toBe(true);
  });

  it('does not adjust with fewer than minAdjust months after the break', () => {
    const y = seasonal(54, () => 1000); // 2020-09 .. 2025-02: one month after the 2025 break
    const w = trainingWindow('2020-09', y, { detect: false, minAdjust: 2 });
    expect(w.adjustments.map((a) => a.before)).toEqual(['2023-06']);
    expect(w.recentBreak?.monthsSince).toBe(1);
  });

  it('fits on the original scale when the window holds a zero', () => {
    const y = seasonal(40, () => 100);
    y[30] = 0;
    expect(trainingWindow('2010-01', y, { detect: false }).log).toBe(false);
  });
});
