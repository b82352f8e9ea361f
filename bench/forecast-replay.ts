/**
 * The production combination rule replayed on cached member forecasts (bench/forecast-member-backtests.ts),
 * honestly: at each origin the members are weighted 1/MASE² over the scaled errors of their forecasts
 * whose outcome was known by then, and their median is taken until each has 24 such errors (as
 * src/analysis/forecast/combination.ts does). Shared by the benches that try candidate members
 * (forecast-ets-amse, forecast-momentum).
 */
import { maseScale } from '../src/analysis/forecast/metrics.js';
import { monthIndex } from '../src/analysis/forecast/months.js';
import type { MonthlySeries } from '../src/analysis/forecast/series.js';
import type { Means } from './forecast-member-backtests.js';

const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Origin -> point forecasts 1-12 of `members` combined by the production rule, replayed online on one series. */
export function replayProductionRule(x: MonthlySeries, means: Means, members: string[], origins: readonly string[]): Map<string, number[]> {
  const y = x.values;
  const start = monthIndex(x.start);
  const errs = new Map<string, { t: number; e: number }[]>(members.map((id) => [id, []]));
  for (const id of members) {
    for (const [origin, m] of Object.entries(means[id])) {
      const o = monthIndex(origin) - start;
      const scale = maseScale(y.slice(0, o + 1), 12);
      m.forEach((v, k) => {
        if (o + k + 1 < y.length) errs.get(id)!.push({ t: o + k + 1, e: Math.abs(y[o + k + 1] - v) / scale });
      });
    }
  }
  const out = new Map<string, number[]>();
  for (const origin of origins) {
    const o = monthIndex(origin) - start;
    const present = members.filter((id) => means[id][origin]);
    if (present.length === 0) continue;
    const inverse = present.map((id) => {
      let sum = 0;
      let n = 0;
      for (const p of errs.get(id)!) {
        if (p.t > o) continue;
        sum += p.e;
        n++;
      }
      return n < 24 ? NaN : (sum / n) ** -2;
    });
    const total = inverse.reduce((a, b) => a + b, 0);
    const weighted = present.length === 1 || inverse.every(Number.isFinite);
    out.set(
      origin,
      Array.from({ length: 12 }, (_, k) =>
        weighted ? present.reduce((a, id, j) => a + (present.length === 1 ? 1 : inverse[j] / total) * means[id][origin][k], 0) : median(present.map((id) => means[id][origin][k])),
      ),
    );
  }
  return out;
}

/** Geometric mean of the finite values. */
export function geometricMean(v: readonly number[]): number {
  const f = v.filter(Number.isFinite);
  return Math.exp(f.reduce((a, b) => a + Math.log(b), 0) / f.length);
}
