import { describe, expect, it } from 'vitest';
import { runBacktest, scoreBacktest } from './backtest.js';
import { maseScale, smape, summarise, winkler } from './metrics.js';
import { registerModels } from './registry.js';
import type { MonthlySeries } from './series.js';
import { naiveDouble } from './test-doubles.js';

describe('accuracy measures', () => {
  it('scales MASE by the mean absolute seasonal difference of the training data', () => {
    // lag-2 differences of 1,3,2,6: |2-1| = 1, |6-3| = 3 → mean 2
    expect(maseScale([1, 3, 2, 6], 2)).toBe(2);
    // too short for a seasonal difference: lag 1
    expect(maseScale([1, 3, 2], 12)).toBe(1.5);
    // a constant series never gives a zero scale
    expect(maseScale([5, 5, 5, 5], 2)).toBe(5);
    expect(maseScale([0, 0, 0], 2)).toBe(1);
  });

  it('computes sMAPE in percent, 0 when forecast and outcome are both 0', () => {
    expect(smape(100, 50)).toBeCloseTo(66.6667, 4);
    expect(smape(0, 0)).toBe(0);
    expect(smape(0, 10)).toBe(200);
  });

  it('computes the Winkler score: width, plus 2/alpha times the miss', () => {
    expect(winkler(10, 20, 15, 80)).toBe(10);
    expect(winkler(10, 20, 25, 80)).toBeCloseTo(10 + 10 * 5, 10); // alpha 0.2: 2/alpha = 10
    expect(winkler(10, 20, 8, 95)).toBeCloseTo(10 + 2 * 40, 10); // alpha 0.05: 2/alpha = 40
  });

  it('summarises points: coverage counts outcomes inside, Winkler is scaled', () => {
    const s = summarise([
      { actual: 10, mean: 12, scale: 2, intervals: { 80: { lower: 9, upper: 11 }, 95: { lower: 8, upper: 14 } } },
      { actual: 20, mean: 16, scale: 4, intervals: { 80: { lower: 12, upper: 18 }, 95: { lower: 10, upper: 22 } } },
    ]);
    expect(s.n).toBe(2);
    expect(s.mase).toBeCloseTo((1 + 1) / 2, 12);
    expect(s.coverage80).toBe(0.5);
    expect(s.coverage95).toBe(1);
    expect(s.winkler80).toBeCloseTo((2 / 2 + (6 + 10 * 2) / 4) / 2, 12);
  });
});

describe('rolling-origin back-test metrics on a tiny series', () => {
  // 30 months; the naive double forecasts the last value at every horizon.
  const values = Array.from({ length: 30 }, (_, t) => 100 + 10 * Math.sin(t) + t);
  const series: MonthlySeries = { id: 'tiny', measure: 'm', keys: {}, start: '2020-01', values, sources: values.map(() => 's'), droppedAtEnd: [] };

  it('matches MASE and sMAPE computed independently, origin by origin', () => {
    const bt = runBacktest(series, registerModels([naiveDouble]), { horizon: 3, minTrain: 24, detect: false });
    const score = scoreBacktest(bt).find((s) => s.model === 'naive')!;
    let mase = 0;
    let sm = 0;
    let n = 0;
    const perHorizon = [0, 0, 0];
    const countH = [0, 0, 0];
    for (let o = 23; o <= 28; o++) {
      const train = values.slice(0, o + 1);
      let scale = 0;
      for (let t = 12; t < train.length; t++) scale += Math.abs(train[t] - train[t - 12]);
      scale /= train.length - 12;
      for (let h = 1; h <= 3 && o + h < 30; h++) {
        const f = train[o];
        const y = values[o + h];
        mase += Math.abs(y - f) / scale;
        sm += (200 * Math.abs(y - f)) / (Math.abs(y) + Math.abs(f));
        perHorizon[h - 1] += Math.abs(y - f) / scale;
        countH[h - 1]++;
        n++;
      }
    }
    expect(bt.origins).toEqual(['2021-12', '2022-01', '2022-02', '2022-03', '2022-04', '2022-05']);
    expect(score.overall.n).toBe(n);
    expect(score.overall.mase).toBeCloseTo(mase / n, 10);
    expect(score.overall.smape).toBeCloseTo(sm / n, 10);
    score.byHorizon.forEach((s, i) => expect(s.mase).toBeCloseTo(perHorizon[i] / countH[i], 10));
  });
});
