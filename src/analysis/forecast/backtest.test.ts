import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL, MIN_SELECTION, runBacktest, selectModel } from './backtest.js';
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
