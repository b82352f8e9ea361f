/**
 * bench/forecast-peers-oracle: how far issue 13's target (MASE at most 0.9x R's best method) lies
 * from what choosing or combining univariate methods can reach, from R's cached forecasts alone
 * (written by bench/forecast-peers.ts). For the series and origin sets of forecast-peers, MASE /
 * R's best method (the best of the five chosen after the fact per series and set), geometric mean
 * over the series, of:
 * - each of R's methods alone;
 * - combinations of R's methods (geometric mean of the point forecasts, month by month);
 * - two oracles no forecaster can be: the best of the five methods chosen after the fact at each
 *   origin (its 12 months scored), and at each (origin, horizon) pair.
 * The oracles bound what any rule picking among these methods could do with perfect foresight.
 *
 *   CORRIDOR_DB=... npx tsx bench/forecast-peers-oracle.ts [--series]
 */
import type { MonthlySeries } from '../src/analysis/forecast/series.js';
import { monthIndex } from '../src/analysis/forecast/months.js';
import { loadPeerData, maseAt, rBestMase, R_METHODS, scoredOrigins, type PeerData } from './forecast-peers-data.js';
import { ORIGIN_SETS } from './forecast-peers-sets.js';

const peers = await loadPeerData();
const r = (x: MonthlySeries, method: string, origin: string) => peers.rMean.get(`${x.id}|${method}|${origin}`);

/** The geometric mean of the methods' forecasts, month by month (floored at 1: log scale). */
const combined = (methods: readonly string[]) => (x: MonthlySeries, origin: string) => {
  const fs = methods.map((m) => r(x, m, origin));
  if (fs.some((f) => !f)) return undefined;
  return fs[0]!.map((_, h) => Math.exp(fs.reduce((a, f) => a + Math.log(Math.max(f![h], 1)), 0) / fs.length));
};

/** Absolute errors of a forecast made at `origin`, by horizon (undefined where the outcome is unknown). */
const errors = (x: MonthlySeries, origin: string, f: number[]) => {
  const o = monthIndex(origin) - monthIndex(x.start);
  return f.map((v, k) => (x.values[o + k + 1] === undefined ? undefined : Math.abs(x.values[o + k + 1] - v)));
};

/** The best method's forecast at each origin, chosen on that origin's own outcomes. */
const oraclePerOrigin = (x: MonthlySeries, origin: string) => {
  let best: number[] | undefined;
  let bestSum = Infinity;
  for (const m of R_METHODS) {
    const f = r(x, m, origin)!;
    const sum = errors(x, origin, f).reduce<number>((a, e) => a + (e ?? 0), 0);
    if (sum < bestSum) [best, bestSum] = [f, sum];
  }
  return best;
};

/** The best method's forecast at each (origin, horizon). */
const oraclePerHorizon = (x: MonthlySeries, origin: string) => {
  const all = R_METHODS.map((m) => r(x, m, origin)!);
  const errs = all.map((f) => errors(x, origin, f));
  return all[0].map((_, k) => all[errs.reduce((b, e, i) => ((e[k] ?? 0) < (errs[b][k] ?? 0) ? i : b), 0)][k]);
};

const candidates: [string, (x: MonthlySeries, origin: string) => number[] | undefined][] = [
  ...R_METHODS.map((m): [string, (x: MonthlySeries, o: string) => number[] | undefined] => [m, (x, o) => r(x, m, o)]),
  ['ets + thetaf', combined(['ets', 'thetaf'])],
  ['ets + thetaf + auto.arima.log', combined(['ets', 'thetaf', 'auto.arima.log'])],
  ['all but snaive', combined(R_METHODS.filter((m) => m !== 'snaive'))],
  ['oracle: best method per origin', oraclePerOrigin],
  ['oracle: best per origin and horizon', oraclePerHorizon],
];

function ratios(data: PeerData, get: (x: MonthlySeries, origin: string) => number[] | undefined, setId: string): number[] {
  return data.series.flatMap(({ s: x }, i) => {
    const origins = scoredOrigins(data, i, setId);
    if (origins.length < 3) return [];
    return [maseAt(x, origins, (o) => get(x, o)) / rBestMase(data, x, origins)];
  });
}

const gm = (v: number[]) => Math.exp(v.reduce((a, b) => a + Math.log(b), 0) / v.length);
console.log("MASE / R's best method (chosen after the fact per series and set), geometric mean over the series; series at or below 0.9 in brackets");
console.table(
  candidates.map(([name, get]) => ({
    forecast: name,
    ...Object.fromEntries(
      ORIGIN_SETS.map((set) => {
        const v = ratios(peers, get, set.id);
        return [set.label, `${gm(v).toFixed(3)} (${v.filter((x) => x <= 0.9).length}/${v.length})`];
      }),
    ),
  })),
);
if (process.argv.includes('--series')) {
  for (const [name, get] of candidates) console.log(name.padEnd(36), ORIGIN_SETS.map((set) => ratios(peers, get, set.id).map((v) => v.toFixed(3)).join(' ')).join(' | '));
}
