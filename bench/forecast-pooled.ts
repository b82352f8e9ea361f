/**
 * bench/forecast-pooled: a model R does not fit, tried for issue 13 and not kept. One direct
 * regression per horizon h, pooled across the ten series of bench/forecast-peers-sets.ts
 * (cross-learning, as in the global models of the M4/M5 competitions):
 *   log(1+y[t+h]) - log(1+y[t]) - (log(1+y[t+h-12]) - log(1+y[t-12]))
 *     = b0 + b1 g[t] + b2 g[t-1] + b3 g[t-2] + b4 mean(g[t-3..t-5]) + b5 (log(1+y[t]) - log(1+y[t-1])) + e
 * with g[t] = log(1+y[t]) - log(1+y[t-12]) (the seasonal log growth): last year's seasonal
 * shape carried from the current level, plus a drift learnt from every series' momentum.
 * Honest: at an origin O the regression sees only pairs whose outcome month t+h is at most O,
 * in every series. Ridge penalty on the slopes (--lambda), optional half-life in months on the
 * pairs' age (--half-life). Scored like forecast-peers.ts: MASE (horizons 1-12) / R's best method, per
 * series and origin set, from R's cached results (run forecast-peers.ts first).
 *
 *   CORRIDOR_DB=... npx tsx bench/forecast-pooled.ts [--lambda 1] [--half-life 36]
 */
import { solve } from '../packages/forecast/src/models/linear.js';
import { monthIndex } from '../src/analysis/forecast/months.js';
import { loadPeerData, maseAt, rBestMase, scoredOrigins } from './forecast-peers-data.js';
import { ORIGIN_SETS } from './forecast-peers-sets.js';

const data = await loadPeerData();
const { series } = data;
const arg = (name: string, fallback: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const LAMBDA = arg('--lambda', 1);
const HALF_LIFE = arg('--half-life', Infinity);
const P = 6; // intercept and five growth features

// Log values by calendar month (monthIndex), NaN outside a series.
const logs = series.map(({ s: x }) => ({ start: monthIndex(x.start), l: x.values.map((v) => Math.log(v + 1)) }));
function logAt(i: number, m: number): number {
  const k = m - logs[i].start;
  return k >= 0 && k < logs[i].l.length ? logs[i].l[k] : NaN;
}
function features(i: number, t: number): number[] | undefined {
  const g = (m: number) => logAt(i, m) - logAt(i, m - 12);
  const f = [1, g(t), g(t - 1), g(t - 2), (g(t - 3) + g(t - 4) + g(t - 5)) / 3, logAt(i, t) - logAt(i, t - 1)];
  return f.every(Number.isFinite) ? f : undefined;
}
/** What the regression explains: the change from t to t+h beyond last year's change over the same months. */
function target(i: number, t: number, h: number): number {
  return logAt(i, t + h) - logAt(i, t) - (logAt(i, t + h - 12) - logAt(i, t - 12));
}

// Coefficients at calendar origin O for horizon h: pairs of every series whose outcome month is <= O.
const fitted = new Map<string, number[]>();
function coefficients(O: number, h: number): number[] {
  const key = `${O}|${h}`;
  if (fitted.has(key)) return fitted.get(key)!;
  const A = Array.from({ length: P }, () => new Array<number>(P).fill(0));
  const b = new Array<number>(P).fill(0);
  for (let i = 0; i < logs.length; i++) {
    for (let t = logs[i].start + 13; t + h <= O; t++) {
      const f = features(i, t);
      const y = target(i, t, h);
      if (!f || !Number.isFinite(y)) continue;
      const w = 0.5 ** ((O - t) / HALF_LIFE);
      for (let a = 0; a < P; a++) {
        b[a] += w * f[a] * y;
        for (let c = 0; c < P; c++) A[a][c] += w * f[a] * f[c];
      }
    }
  }
  for (let a = 1; a < P; a++) A[a][a] += LAMBDA;
  const c = solve(A, b);
  if (!c) throw new Error(`pooled regression: the normal equations are singular at origin month ${O}, horizon ${h} (too few pairs known there?)`);
  fitted.set(key, c);
  return c;
}
function pooledForecast(i: number, O: number): number[] | undefined {
  const f = features(i, O);
  if (!f) return undefined;
  return Array.from({ length: 12 }, (_, k) => {
    const z = coefficients(O, k + 1).reduce((a, v, j) => a + v * f[j], 0);
    return Math.exp(logAt(i, O) + logAt(i, O + k + 1 - 12) - logAt(i, O - 12) + z) - 1;
  });
}

const geomean = (v: number[]) => Math.exp(v.reduce((a, x) => a + Math.log(x), 0) / v.length);
console.log(`pooled direct regression, ridge ${LAMBDA}, half-life ${HALF_LIFE} months: MASE / R's best method`);
for (const set of ORIGIN_SETS) {
  const ratios: number[] = [];
  const cells: string[] = [];
  for (const [i, { label, s: x }] of series.entries()) {
    const origins = scoredOrigins(data, i, set.id);
    if (origins.length < 3) continue;
    const ratio = maseAt(x, origins, (origin) => pooledForecast(i, monthIndex(origin))) / rBestMase(data, x, origins);
    ratios.push(ratio);
    cells.push(`${label} ${ratio.toFixed(3)}`);
  }
  console.log(`${set.label}: geometric mean ${geomean(ratios).toFixed(3)}; ${cells.join(', ')}`);
}
