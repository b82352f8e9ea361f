/**
 * bench/forecast-meta-weights: combination weights from the series' features, learnt across series
 * (FFORMA, Montero-Manso, Athanasopoulos, Hyndman & Talagala 2020, "FFORMA: feature-based forecast
 * model averaging", IJF 36; here with a softmax-linear map in place of their gradient-boosted trees, for
 * the few hundred training pairs these series give). At each (series, origin) the features are computed
 * from the data up to the origin: last quarter against a year before, against the quarter before, the
 * year against the year before, the volatility of monthly log changes over a year, the largest monthly
 * change of the last six months, and each member's recent error on this series (the last 36 months of
 * scored back-test forecasts, relative to the members' mean). Weights softmax(B·f); B minimises, as
 * FFORMA does, the expected error Σ w_m e_m of the members at the training pairs (e_m: the member's MASE
 * over the 12 months at that pair, over the members' mean, so that every pair counts alike) plus a ridge
 * penalty; learnt honestly: re-fitted every 6 months of calendar time on the pairs of all ten peer series
 * whose 12 outcomes were known by then, and used for the origins until the next fit; before 120 pairs are
 * known, equal weights. Members: bench/forecast-member-backtests.ts (cached). Scored against R's best
 * method on the origin sets of forecast-peers, beside the production rule replayed (1/MASE² of ETS and
 * Theta).
 *
 *   CORRIDOR_DB=... npx tsx bench/forecast-meta-weights.ts [--series]
 */
import { maseScale } from '../src/analysis/forecast/metrics.js';
import { monthIndex } from '../src/analysis/forecast/months.js';
import { loadMemberForecasts, type Means } from './forecast-member-backtests.js';
import { loadPeerData, maseAt, rBestMase, scoredOrigins } from './forecast-peers-data.js';
import { ORIGIN_SETS } from './forecast-peers-sets.js';

const peers = await loadPeerData();
const { cached } = await loadMemberForecasts(peers);
const { series } = peers;

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const logMean = (y: number[], from: number, to: number) => Math.log(Math.max(1, mean(y.slice(from, to + 1))));

/** Scaled absolute errors of a member's forecasts on series i: target index, horizon, error. */
function scaledErrors(i: number, means: Means, id: string): { o: number; t: number; e: number }[] {
  const { s: x } = series[i];
  const y = x.values;
  const start = monthIndex(x.start);
  const out: { o: number; t: number; e: number }[] = [];
  for (const [origin, m] of Object.entries(means[id] ?? {})) {
    const o = monthIndex(origin) - start;
    const scale = maseScale(y.slice(0, o + 1), 12);
    m.forEach((v, k) => {
      if (o + k + 1 < y.length) out.push({ o, t: o + k + 1, e: Math.abs(y[o + k + 1] - v) / scale });
    });
  }
  return out;
}

interface Pair {
  series: number;
  origin: string;
  /** calendar month index by which all 12 outcomes are known */
  known: number;
  features: number[];
  /** member MASE over the 12 months at this pair, relative to the members' mean */
  rel: number[];
  forecasts: number[][];
}

function pairsFor(members: string[]): Pair[] {
  const pairs: Pair[] = [];
  series.forEach(({ s: x }, i) => {
    const y = x.values;
    const start = monthIndex(x.start);
    const errs = members.map((id) => scaledErrors(i, cached[i], id));
    const origins = Object.keys(cached[i][members[0]] ?? {}).sort();
    for (const origin of origins) {
      const o = monthIndex(origin) - start;
      if (o < 24 || members.some((id) => !cached[i][id]?.[origin])) continue;
      const dl = Array.from({ length: 12 }, (_, k) => Math.log(Math.max(1, y[o - k])) - Math.log(Math.max(1, y[o - k - 1])));
      const recent = errs.map((list) => {
        const seen = list.filter((p) => p.t <= o && p.t > o - 36);
        return seen.length >= 12 ? mean(seen.map((p) => p.e)) : NaN;
      });
      const okRecent = recent.every(Number.isFinite);
      const avgRecent = okRecent ? mean(recent) : 1;
      const features = [
        logMean(y, o - 2, o) - logMean(y, o - 14, o - 12),
        logMean(y, o - 2, o) - logMean(y, o - 5, o - 3),
        logMean(y, o - 11, o) - logMean(y, o - 23, o - 12),
        Math.sqrt(mean(dl.map((d) => (d - mean(dl)) ** 2))),
        Math.max(...dl.slice(0, 6).map(Math.abs)),
        ...recent.map((r) => (okRecent ? Math.log(r / avgRecent) : 0)),
      ];
      const scale = maseScale(y.slice(0, o + 1), 12);
      const outcomes = Array.from({ length: 12 }, (_, k) => y[o + k + 1]);
      const fc = members.map((id) => cached[i][id][origin]);
      let rel: number[] = [];
      if (outcomes.every((v) => v !== undefined)) {
        const mase = fc.map((f) => mean(f.map((v, k) => Math.abs(outcomes[k] - v) / scale)));
        const avg = mean(mase);
        rel = mase.map((m) => m / avg);
      }
      pairs.push({ series: i, origin, known: monthIndex(origin) + 12, features, rel, forecasts: fc });
    }
  });
  return pairs;
}

function softmax(z: number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** B (members x (features + 1)) minimising Σ w·rel + ridge ||B||², by gradient descent from `init`. */
function fitWeights(train: Pair[], nf: number, nm: number, ridge: number, init?: number[][], iterations = 400): { B: number[][]; mu: number[]; sd: number[] } {
  const mu = Array.from({ length: nf }, (_, j) => mean(train.map((p) => p.features[j])));
  const sd = Array.from({ length: nf }, (_, j) => Math.sqrt(mean(train.map((p) => (p.features[j] - mu[j]) ** 2))) || 1);
  const X = train.map((p) => [1, ...p.features.map((v, j) => (v - mu[j]) / sd[j])]);
  const B = init ? init.map((r) => [...r]) : Array.from({ length: nm }, () => Array(nf + 1).fill(0));
  const lr = 0.5;
  for (let it = 0; it < iterations; it++) {
    const G = Array.from({ length: nm }, () => Array(nf + 1).fill(0));
    train.forEach((p, n) => {
      const w = softmax(B.map((b) => b.reduce((a, v, j) => a + v * X[n][j], 0)));
      const expected = w.reduce((a, v, m) => a + v * p.rel[m], 0);
      for (let m = 0; m < nm; m++) {
        const g = w[m] * (p.rel[m] - expected);
        for (let j = 0; j <= nf; j++) G[m][j] += (g * X[n][j]) / train.length;
      }
    });
    for (let m = 0; m < nm; m++) for (let j = 0; j <= nf; j++) B[m][j] -= lr * (G[m][j] + 2 * ridge * (j === 0 ? 0 : B[m][j]));
  }
  return { B, mu, sd };
}

function replay(members: string[], ridge: number): Map<string, number[]>[] {
  const pairs = pairsFor(members);
  const nf = pairs[0].features.length;
  const byCalendar = [...new Set(pairs.map((p) => monthIndex(p.origin)))].sort((a, b) => a - b);
  const out = series.map(() => new Map<string, number[]>());
  let model: ReturnType<typeof fitWeights> | undefined;
  let fittedAt = -Infinity;
  for (const T of byCalendar) {
    if (T - fittedAt >= 6) {
      const train = pairs.filter((p) => p.rel.length && p.known <= T);
      if (train.length >= 120) {
        model = fitWeights(train, nf, members.length, ridge, model?.B);
        fittedAt = T;
      }
    }
    for (const p of pairs.filter((q) => monthIndex(q.origin) === T)) {
      const w = model ? softmax(model.B.map((b) => b[0] + p.features.reduce((a, v, j) => a + b[j + 1] * ((v - model!.mu[j]) / model!.sd[j]), 0))) : members.map(() => 1 / members.length);
      out[p.series].set(p.origin, p.forecasts[0].map((_, k) => p.forecasts.reduce((a, f, m) => a + w[m] * f[k], 0)));
    }
  }
  return out;
}

/** The production rule replayed: ETS and Theta by 1/MASE² of the scored forecasts known at the origin (median until 24 each). */
function production(): Map<string, number[]>[] {
  return series.map(({ s: x }, i) => {
    const start = monthIndex(x.start);
    const ids = ['ets', 'theta'];
    const errs = ids.map((id) => scaledErrors(i, cached[i], id));
    const out = new Map<string, number[]>();
    for (const origin of Object.keys(cached[i].ets ?? {})) {
      const o = monthIndex(origin) - start;
      if (!cached[i].theta?.[origin]) continue;
      const seen = errs.map((l) => l.filter((p) => p.t <= o));
      const fs = ids.map((id) => cached[i][id][origin]);
      if (seen.some((l) => l.length < 24)) out.set(origin, fs[0].map((v, k) => (v + fs[1][k]) / 2));
      else {
        const raw = seen.map((l) => mean(l.map((p) => p.e)) ** -2);
        const t = raw[0] + raw[1];
        out.set(origin, fs[0].map((v, k) => (raw[0] * v + raw[1] * fs[1][k]) / t));
      }
    }
    return out;
  });
}

const gm = (v: number[]) => Math.exp(v.filter(Number.isFinite).reduce((a, b) => a + Math.log(b), 0) / v.filter(Number.isFinite).length);
function score(name: string, forecasts: Map<string, number[]>[]) {
  const ratios = ORIGIN_SETS.map((set) =>
    series.map(({ s: x }, i) => {
      const origins = scoredOrigins(peers, i, set.id);
      return origins.length < 3 ? NaN : maseAt(x, origins, (o) => forecasts[i].get(o)) / rBestMase(peers, x, origins);
    }),
  );
  const row = { rule: name, ...Object.fromEntries(ORIGIN_SETS.map((set, k) => [set.label, `${gm(ratios[k]).toFixed(3)} (${ratios[k].filter((r) => r <= 0.9).length})`])) };
  if (process.argv.includes('--series')) console.error(name.padEnd(40), ratios.map((r) => r.map((v) => v.toFixed(3)).join(' ')).join(' | '));
  return row;
}

const t0 = performance.now();
const rows = [score('production: 1/MASE² ets, theta', production())];
const SETS: Record<string, string[]> = {
  'ets, theta': ['ets', 'theta'],
  'ets, theta, arima, mstl': ['ets', 'theta', 'arima', 'mstl'],
  'ets, theta, arima, mstl, -full, damped': ['ets', 'theta', 'arima', 'mstl', 'ets-full', 'theta-full', 'ets-damped'],
};
for (const [label, members] of Object.entries(SETS)) for (const ridge of [0.01, 0.1]) rows.push(score(`meta (${label}), ridge ${ridge}`, replay(members, ridge)));
console.log(`replays: ${((performance.now() - t0) / 1000).toFixed(1)} s; MASE / R's best, geometric mean over the ten series (series at or below 0.9)`);
console.table(rows);
