/**
 * The nowcast of a month from its first days: hand-worked cases, no day after the nowcast's
 * day read, only monthly figures published by then used, and filling the latest months.
 */
import { describe, expect, it } from 'vitest';
import { fillLatest, lastPublished, nowcastErrors, nowcastMonth } from './nowcast.js';
import type { MonthlySeries } from '../series.js';

const daysIn = (m: string) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).getUTCDate();

/** Daily figures for the months given, each day's value from `perDay(month, day)`. */
function daily(months: string[], perDay: (month: string, d: number) => number): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of months) for (let d = 1; d <= daysIn(m); d++) out.set(`${m}-${String(d).padStart(2, '0')}`, perDay(m, d));
  return out;
}

const target = (start: string, values: number[]): MonthlySeries => ({ id: 't', measure: 't', keys: {}, start, values, sources: values.map(() => 's'), droppedAtEnd: [] });

describe('nowcast', () => {
  it('hand-worked: 100 a day, the monthly series 110% of the daily totals; the month after 10 days is 100 × 31 × 1.1', () => {
    const months = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05'];
    const d = daily(months, () => 100);
    const t = target('2025-01', [3100, 2800, 3100].map((v) => v * 1.1));
    // Day 10 of May: April is not published yet (the 15th), so the ratio comes from Jan-Mar.
    expect(lastPublished('2025-05', 10)).toBe('2025-03');
    const nc = nowcastMonth('2025-05', 10, d, t)!;
    // Every day weighs the same in Feb-Apr: 10 of May's 31 days (a ratio of sums, 30 / (28 + 31 + 30), took
    // February's shorter month for a slower one and made May 100 × 29.7 × 1.1).
    expect(nc.share).toBeCloseTo(10 / 31, 12);
    expect(nc.ratio).toBeCloseTo(1.1, 12);
    expect(nc.value).toBeCloseTo(100 * 31 * 1.1, 9);
    // February after three 31- and 30-day months: 28 days' worth, not a longer month's.
    const feb = nowcastMonth('2025-02', 10, daily(['2024-11', '2024-12', '2025-01', '2025-02'], () => 100), target('2024-11', [3000, 3100, 3100]))!;
    expect(feb.value).toBeCloseTo(100 * 28, 9);
  });

  it('reads no day after its day and no monthly figure published after it', () => {
    const months = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05'];
    const d = daily(months, (m, day) => 100 + day + Number(m.slice(5)));
    const t = target('2025-01', [3500, 3000, 3600, 3400]);
    const base = nowcastMonth('2025-05', 12, d, t)!;
    const later = new Map(d);
    for (let day = 13; day <= 31; day++) later.set(`2025-05-${day}`, 1e6);
    expect(nowcastMonth('2025-05', 12, later, t)).toEqual(base);
    // April's monthly figure (published on 15 May) does not enter a nowcast of 12 May...
    expect(nowcastMonth('2025-05', 12, d, target('2025-01', [3500, 3000, 3600, 99999]))).toEqual(base);
    // ...but enters one of 20 May.
    expect(nowcastMonth('2025-05', 20, d, target('2025-01', [3500, 3000, 3600, 99999]))!.ratio).not.toEqual(nowcastMonth('2025-05', 20, d, t)!.ratio);
  });

  it('a day left blank: the month rests on its other days, by the weights days had in complete months; months with a blank day are passed over for the weights and the ratio', () => {
    const months = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];
    const d = daily(months, () => 100);
    const t = target('2025-01', [3100, 2800, 3100, 3000].map((v) => 1.2 * v));
    d.delete('2025-05-03');
    const nc = nowcastMonth('2025-05', 31, d, t)!;
    expect(nc.blank).toEqual(['2025-05-03']);
    expect(nc.share).toBeCloseTo(30 / 31, 12);
    expect(nc.ratio).toBeCloseTo(1.2, 12);
    expect(nc.value).toBeCloseTo(100 * 31 * 1.2, 9);
    // June on its 10th: May (a blank day) is passed over for the weights (Feb-Apr) and the ratio (Jan-Apr; May unpublished).
    d.set('2025-02-14', 1000); // a February day that would weigh in June's share if February were not among the three latest whole months
    const june = nowcastMonth('2025-06', 10, d, t)!;
    expect(june.blank).toEqual([]);
    // Weights: February's days over its mean day (3,700 / 28), March's and April's 1, averaged by day number;
    // days 29 and 30 only in March and April.
    const other = ((28 * 100) / 3700 + 2) / 3;
    const w14 = ((28 * 1000) / 3700 + 2) / 3;
    expect(june.share).toBeCloseTo((10 * other) / (27 * other + w14 + 2), 12);
    // Filling: May from 30 of its 31 days, then June.
    const filled = fillLatest(target('2025-01', t.values), d);
    expect(filled.nowcasts.map((n) => [n.month, n.days, n.blank.length])).toEqual([['2025-05', 31, 1], ['2025-06', 30, 0]]);
  });

  it('errors: exact when the daily series is the monthly one at a fixed ratio; fills the missing latest months', () => {
    const months = ['2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04'];
    const d = daily(months, (m, day) => 50 + ((day * 7) % 11));
    const monthly = months.map((m) => [...d].filter(([k]) => k.startsWith(m)).reduce((s, [, v]) => s + v, 0) * 0.9);
    const errors = nowcastErrors(d, target('2024-10', monthly), [31]);
    expect(errors[0].months).toBeGreaterThan(0);
    expect(errors[0].mape).toBeLessThan(1e-12);
    const partial = new Map([...d].filter(([k]) => k < '2025-04-09'));
    const filled = fillLatest(target('2024-10', monthly.slice(0, 6)), partial);
    expect(filled.nowcasts.map((n) => [n.month, n.days])).toEqual([['2025-04', 8]]);
    expect(filled.series.values).toHaveLength(7);
    expect(filled.series.sources.at(-1)).toBe('nowcast');
  });
});
