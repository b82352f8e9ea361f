/**
 * bench/forecast-combination-rules: how the combination's members should be weighted,
 * measured on the series and origin sets of bench/forecast-peers.ts against R's best method
 * (R's cached results). Every candidate member is back-tested once at every month from each
 * series' first origin (bench/forecast-member-backtests.ts, cached in .cache/bench/), then each weighting rule is replayed
 * honestly: at an origin it sees only the scaled errors of forecasts whose outcome was known
 * by then. Prints, for each rule and origin set, the geometric mean over the series of the
 * combination's MASE / R's best method's MASE.
 *
 *   CORRIDOR_DB=... npx tsx bench/forecast-combination-rules.ts [--refit]
 */
import { maseScale } from '../src/analysis/forecast/metrics.js';
import { monthIndex } from '../src/analysis/forecast/months.js';
import { loadMemberForecasts } from './forecast-member-backtests.js';
import { loadPeerData, maseAt, rBestMase, scoredOrigins } from './forecast-peers-data.js';
import { ORIGIN_SETS } from './forecast-peers-sets.js';

const peers = await loadPeerData();
const { series, allOrigins } = peers;
const { cached, members, fullMembers } = await loadMemberForecasts(peers);

type Rule = (ctx: { ids: string[]; err: (id: string, h?: number, halfLife?: number) => { sum: number; n: number } }) => Record<string, number> | string[];

function inversePower(ids: string[], err: (id: string) => { sum: number; n: number }, p: number): Record<string, number> | string[] {
  const raw = ids.map((id) => {
    const e = err(id);
    return e.n < 24 ? NaN : (e.sum / e.n) ** -p;
  });
  if (raw.some((v) => !Number.isFinite(v))) return ids;
  const t = raw.reduce((a, b) => a + b, 0);
  return Object.fromEntries(ids.map((id, k) => [id, raw[k] / t]));
}

const SEVEN = ['ets', 'theta', 'arima', 'mstl', 'ets-level', 'theta-level', 'arima-level'];
const sub = (keep: string[], rule: Rule): Rule => (c) => rule({ ...c, ids: c.ids.filter((id) => keep.includes(id)) });
const RULES: Record<string, { rule: Rule; horizonWise?: boolean }> = {
  'previous: 1/MASE^2 (ets,theta,arima,mstl)': { rule: sub(['ets', 'theta', 'arima', 'mstl'], (c) => inversePower(c.ids, c.err, 2)) },
  'equal ets,theta': { rule: (c) => ({ ets: 0.5, theta: 0.5 }) },
  'equal ets,theta,ets-level,theta-level': { rule: () => ({ ets: 0.25, theta: 0.25, 'ets-level': 0.25, 'theta-level': 0.25 }) },
  'equal ets,theta,ets-level': { rule: () => ({ ets: 1 / 3, theta: 1 / 3, 'ets-level': 1 / 3 }) },
  'equal ets,ets-level': { rule: () => ({ ets: 0.5, 'ets-level': 0.5 }) },
  'equal all 7': { rule: sub(SEVEN, (c) => Object.fromEntries(c.ids.map((id) => [id, 1 / c.ids.length]))) },
  '1/MASE^2 all 7': { rule: sub(SEVEN, (c) => inversePower(c.ids, c.err, 2)) },
  '1/MASE^4 all 7': { rule: sub(SEVEN, (c) => inversePower(c.ids, c.err, 4)) },
  '1/MASE^8 all 7': { rule: sub(SEVEN, (c) => inversePower(c.ids, c.err, 8)) },
  '1/MASE^4 (ets,theta,arima,mstl)': { rule: sub(['ets', 'theta', 'arima', 'mstl'], (c) => inversePower(c.ids, c.err, 4)) },
  '1/MASE^8 (ets,theta,arima,mstl)': { rule: sub(['ets', 'theta', 'arima', 'mstl'], (c) => inversePower(c.ids, c.err, 8)) },
  '1/MASE^2 horizon-wise all 7': { rule: sub(SEVEN, (c) => inversePower(c.ids, c.err, 2)), horizonWise: true },
  '1/MASE^4 horizon-wise all 7': { rule: sub(SEVEN, (c) => inversePower(c.ids, c.err, 4)), horizonWise: true },
  '1/MASE^2 half-life 36 all 7': { rule: sub(SEVEN, (c) => inversePower(c.ids, (id) => c.err(id, undefined, 36), 2)) },
  '1/MASE^4 half-life 36 all 7': { rule: sub(SEVEN, (c) => inversePower(c.ids, (id) => c.err(id, undefined, 36), 4)) },
  '1/MASE^4 half-life 24 all 7': { rule: sub(SEVEN, (c) => inversePower(c.ids, (id) => c.err(id, undefined, 24), 4)) },
  'top-3 equal all 7': {
    rule: (c) => {
      const m = c.ids.map((id) => ({ id, e: c.err(id) })).filter((x) => x.e.n >= 24);
      if (m.length < c.ids.length) return c.ids;
      const top = m.sort((a, b) => a.e.sum / a.e.n - b.e.sum / b.e.n).slice(0, 3);
      return Object.fromEntries(top.map((x) => [x.id, 1 / 3]));
    },
  },
  'top-2 equal all 7': {
    rule: (c) => {
      const m = c.ids.map((id) => ({ id, e: c.err(id) })).filter((x) => x.e.n >= 24);
      if (m.length < c.ids.length) return c.ids;
      const top = m.sort((a, b) => a.e.sum / a.e.n - b.e.sum / b.e.n).slice(0, 2);
      return Object.fromEntries(top.map((x) => [x.id, 1 / 2]));
    },
  },
  'best member': {
    rule: (c) => {
      const m = c.ids.map((id) => ({ id, e: c.err(id) })).filter((x) => x.e.n >= 24);
      if (m.length < c.ids.length) return c.ids;
      return { [m.sort((a, b) => a.e.sum / a.e.n - b.e.sum / b.e.n)[0].id]: 1 };
    },
  },
  'equal ets,theta,ets-full,theta-full': { rule: () => ({ ets: 0.25, theta: 0.25, 'ets-full': 0.25, 'theta-full': 0.25 }) },
  'equal ets-full,theta-full': { rule: () => ({ 'ets-full': 0.5, 'theta-full': 0.5 }) },
  'equal ets-level-full,theta-full': { rule: () => ({ 'ets-level-full': 0.5, 'theta-full': 0.5 }) },
  'equal ets,theta,ets-level-full,theta-level-full': { rule: () => ({ ets: 0.25, theta: 0.25, 'ets-level-full': 0.25, 'theta-level-full': 0.25 }) },
  'equal 8 ets/theta x level/log x window/full': { rule: () => Object.fromEntries(['ets', 'theta', 'ets-level', 'theta-level', 'ets-full', 'theta-full', 'ets-level-full', 'theta-level-full'].map((id) => [id, 1 / 8])) },
  'equal ets,theta,theta-level,ets-full,theta-full,theta-level-full': { rule: () => Object.fromEntries(['ets', 'theta', 'theta-level', 'ets-full', 'theta-full', 'theta-level-full'].map((id) => [id, 1 / 6])) },
  '1/MASE^2 all': { rule: (c) => inversePower(c.ids, c.err, 2) },
  '1/MASE^2 8 ets/theta': { rule: sub(['ets', 'theta', 'ets-level', 'theta-level', 'ets-full', 'theta-full', 'ets-level-full', 'theta-level-full'], (c) => inversePower(c.ids, c.err, 2)) },
  '1/MASE^4 8 ets/theta': { rule: sub(['ets', 'theta', 'ets-level', 'theta-level', 'ets-full', 'theta-full', 'ets-level-full', 'theta-level-full'], (c) => inversePower(c.ids, c.err, 4)) },
  'top-4 equal all': {
    rule: (c) => {
      const m = c.ids.map((id) => ({ id, e: c.err(id) })).filter((x) => x.e.n >= 24);
      if (m.length < c.ids.length) return c.ids;
      const top = m.sort((a, b) => a.e.sum / a.e.n - b.e.sum / b.e.n).slice(0, 4);
      return Object.fromEntries(top.map((x) => [x.id, 1 / 4]));
    },
  },
  'equal ets,theta,ets-notrend': { rule: () => ({ ets: 1 / 3, theta: 1 / 3, 'ets-notrend': 1 / 3 }) },
  'equal ets-damped,theta': { rule: () => ({ 'ets-damped': 0.5, theta: 0.5 }) },
  'equal ets-notrend,theta': { rule: () => ({ 'ets-notrend': 0.5, theta: 0.5 }) },
  'equal ets,ets-damped,theta': { rule: () => ({ ets: 1 / 3, 'ets-damped': 1 / 3, theta: 1 / 3 }) },
  'equal ets,theta,theta-level': { rule: () => ({ ets: 1 / 3, theta: 1 / 3, 'theta-level': 1 / 3 }) },
  '1/MASE^2 ets,theta': { rule: sub(['ets', 'theta'], (c) => inversePower(c.ids, c.err, 2)) },
  '1/MASE^2 ets,theta,ets-level,theta-level': { rule: sub(['ets', 'theta', 'ets-level', 'theta-level'], (c) => inversePower(c.ids, c.err, 2)) },
  '1/MASE^2 ets,theta,ets-damped,ets-notrend,theta-level': { rule: sub(['ets', 'theta', 'ets-damped', 'ets-notrend', 'theta-level'], (c) => inversePower(c.ids, c.err, 2)) },
  'equal ets,theta,ets-damped,ets-notrend,theta-level': { rule: () => Object.fromEntries(['ets', 'theta', 'ets-damped', 'ets-notrend', 'theta-level'].map((id) => [id, 1 / 5])) },
  'median ets,theta,ets-damped,ets-notrend,theta-level': { rule: () => ['ets', 'theta', 'ets-damped', 'ets-notrend', 'theta-level'] },
  'median all 7': { rule: sub(SEVEN, (c) => c.ids) },
  'median ets,theta,ets-level,theta-level,mstl': { rule: sub(['ets', 'theta', 'ets-level', 'theta-level', 'mstl'], (c) => c.ids) },
};
for (const id of [...members.map((m) => m.model.id), ...fullMembers.map((m) => `${m.model.id}-full`), 'ets-notrend', 'ets-damped']) RULES[`member ${id}`] = { rule: () => ({ [id]: 1 }) };

function med(v: number[]): number {
  const s2 = [...v].sort((a, b) => a - b);
  const m = s2.length >> 1;
  return s2.length % 2 ? s2[m] : (s2[m - 1] + s2[m]) / 2;
}

const results: Record<string, Record<string, number[]>> = {};
for (const [name, { rule, horizonWise }] of Object.entries(RULES)) {
  results[name] = {};
  for (const set of ORIGIN_SETS) results[name][set.id] = [];
  for (const [i, { s: x }] of series.entries()) {
    const y = x.values;
    const start = monthIndex(x.start);
    const means = cached[i];
    const ids = Object.keys(means).filter((id) => !id.startsWith('combination'));
    // scaled errors by model: { origin index, h, target index, e }
    const errs = new Map<string, { t: number; h: number; e: number }[]>(ids.map((id) => [id, []]));
    for (const id of ids) {
      for (const [origin, m] of Object.entries(means[id])) {
        const o = monthIndex(origin) - start;
        const scale = maseScale(y.slice(0, o + 1), 12);
        m.forEach((v, k) => {
          if (o + k + 1 < y.length) errs.get(id)!.push({ t: o + k + 1, h: k + 1, e: Math.abs(y[o + k + 1] - v) / scale });
        });
      }
    }
    const combined = new Map<string, number[]>();
    for (const origin of allOrigins[i]) {
      const o = monthIndex(origin) - start;
      const present = ids.filter((id) => means[id][origin]);
      const err = (id: string, h?: number, halfLife?: number) => {
        let sum = 0;
        let n = 0;
        for (const p of errs.get(id)!) {
          if (p.t > o || (h && p.h !== h)) continue;
          const w = halfLife ? 0.5 ** ((o - p.t) / halfLife) : 1;
          sum += w * p.e;
          n += w;
        }
        // n counts forecasts (weighted); the 24-forecast minimum uses the unweighted count
        const count = errs.get(id)!.filter((p) => p.t <= o && (!h || p.h === h)).length;
        return { sum, n: count >= 24 ? n : Math.min(n, 0) };
      };
      const out: number[] = [];
      for (let h = 1; h <= 12; h++) {
        const w = rule({ ids: present, err: horizonWise ? (id, _h, hl) => err(id, h, hl) : err });
        if (Array.isArray(w)) out.push(med(w.filter((id) => present.includes(id)).map((id) => means[id][origin][h - 1])));
        else {
          const tot = Object.entries(w).filter(([id]) => present.includes(id)).reduce((a, [, v]) => a + v, 0);
          out.push(Object.entries(w).filter(([id]) => present.includes(id)).reduce((a, [id, v]) => a + (v / tot) * means[id][origin][h - 1], 0));
        }
      }
      combined.set(origin, out);
    }
    for (const set of ORIGIN_SETS) {
      const origins = scoredOrigins(peers, i, set.id);
      if (origins.length < 3) continue;
      results[name][set.id][i] = maseAt(x, origins, (o) => combined.get(o)) / rBestMase(peers, x, origins);
    }
  }
}

const gm = (v: number[]) => Math.exp(v.filter(Number.isFinite).reduce((a, b) => a + Math.log(b), 0) / v.filter(Number.isFinite).length);
const rows = Object.entries(results).map(([name, bySet]) => ({
  rule: name,
  ...Object.fromEntries(ORIGIN_SETS.map((set) => [set.id, gm(bySet[set.id]).toFixed(3)])),
  ...Object.fromEntries(ORIGIN_SETS.map((set) => [`${set.id} <=0.9`, bySet[set.id].filter((r) => r <= 0.9).length])),
}));
console.log('combination MASE / R best, geometric mean over the series (origin sets of forecast-peers-sets.ts)');
console.table(rows);
if (process.argv.includes('--series')) {
  for (const name of Object.keys(results)) console.log(name, ORIGIN_SETS.map((set) => results[name][set.id].map((r) => r.toFixed(3)).join(' ')).join(' | '));
}
