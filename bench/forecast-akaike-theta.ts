/**
 * bench/forecast-akaike-theta: two members not tried before, alone, in place of the matching member
 * of production's ETS + Theta, and beside them, under the production rule (1/MASE² learnt online from
 * the forecasts whose outcome was known at the origin; the median of the members until each has 24;
 * bench/forecast-replay.ts, which reproduces production's 1.008 / 1.015 / 1.008):
 * - `ets-akaike`: ETS combined across its admissible forms by Akaike weights exp(−ΔAICc/2) (Kolassa
 *   2011; packages/forecast/src/ets-akaike.ts) instead of the one form of smallest AICc;
 * - `otm` / `dotm`: the Optimised and Dynamic Optimised Theta models (Fiorucci, Pellegrini, Louzada,
 *   Petropoulos & Koehler 2016; packages/forecast/src/optimised-theta.ts), theta estimated rather than 2.
 * Every member is fitted as production fits ETS and Theta: on the training window of the origin, on logs.
 * Members are back-tested once at every month from each series' first origin with the production
 * back-test (bench/forecast-member-backtests.ts, cached in .cache/bench/ per member; `--refit` redoes them).
 *
 * Part A: the ten peer series and three origin sets of bench/forecast-peers.ts, MASE / R's best method
 * (R's cached results: run bench/forecast-peers.ts --r-only first), geometric mean over the series.
 * Part B: the thirteen held-out series of bench/forecast-momentum.ts (never used to choose), first origin
 * 36 months into each series and not before 2008-01, every third month scored; MASE / production's MASE.
 *
 *   CORRIDOR_DB=... nice -n 19 npx tsx bench/forecast-akaike-theta.ts [--refit]
 *   CORRIDOR_DB=... nice -n 19 npx tsx bench/forecast-akaike-theta.ts --backtests-only   # only the members' back-tests (cached), R not needed
 *   CORRIDOR_DB=... nice -n 19 npx tsx bench/forecast-akaike-theta.ts --relative         # part A against production, R not needed
 */
import { fileURLToPath } from 'node:url';
import { cpus, loadavg, totalmem } from 'node:os';
import { createAkaikeEtsModel, createOptimisedThetaModel, type ForecastModel } from '@corridor/forecast';
import { loadModels, sourceVersion, type RegisteredModel } from '../src/analysis/forecast/registry.js';
import { cachedMemberMeans } from './forecast-member-backtests.js';
import { loadPeerData, maseAt, rBestMase, scoredOrigins, type PeerData } from './forecast-peers-data.js';
import { heldOutData, heldOutOrigins } from './forecast-held-out.js';
import { ORIGIN_SETS } from './forecast-peers-sets.js';
import { geometricMean, replayProductionRule } from './forecast-replay.js';

const machine = () => `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;
console.log(`machine: ${machine()}`);

// --backtests-only: the members' back-tests only (cached; R not needed). --relative: part A as MASE / production's
// MASE on every origin of each set, without R's results (then the figures against R's best are production's
// 1.008 / 1.015 / 1.008 times these, geometric means multiplying).
const backtestsOnly = process.argv.includes('--backtests-only');
const relative = process.argv.includes('--relative');
const peers = await loadPeerData({ needR: !backtestsOnly && !relative });
const production = (await loadModels({ exclude: ['combination'] })).filter((r) => r.model.id === 'ets' || r.model.id === 'theta');
const etsVersion = production.find((r) => r.model.id === 'ets')!.version;
const source = (file: string) => sourceVersion(fileURLToPath(new URL(`../packages/forecast/src/${file}`, import.meta.url)));
const registered = (model: ForecastModel, version: string): RegisteredModel => ({ model, version });
const CANDIDATES: RegisteredModel[] = [
  // The Akaike-weighted ETS runs the ETS code: its version includes ETS's.
  registered(createAkaikeEtsModel(), `${source('ets-akaike.ts')} ${etsVersion}`),
  registered(createOptimisedThetaModel(), source('optimised-theta.ts')),
  registered(createOptimisedThetaModel({ dynamic: true }), source('optimised-theta.ts')),
];

function timed<T>(label: string, run: () => T): T {
  const t0 = Date.now();
  const cpu0 = process.cpuUsage();
  const out = run();
  const cpu = process.cpuUsage(cpu0);
  console.log(`${label} back-tests (those not cached): ${((Date.now() - t0) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU`);
  return out;
}

const ROWS: [string, string[]][] = [
  ['production: 1/MASE² ets, theta (replayed)', ['ets', 'theta']],
  ['ets alone', ['ets']],
  ['theta alone', ['theta']],
  ['ets-akaike alone', ['ets-akaike']],
  ['otm alone', ['otm']],
  ['dotm alone', ['dotm']],
  ['ets-akaike, theta (in place of ets)', ['ets-akaike', 'theta']],
  ['ets, otm (in place of theta)', ['ets', 'otm']],
  ['ets, dotm (in place of theta)', ['ets', 'dotm']],
  ['ets-akaike, otm (both replaced)', ['ets-akaike', 'otm']],
  ['ets-akaike, dotm (both replaced)', ['ets-akaike', 'dotm']],
  ['ets, theta, ets-akaike (added)', ['ets', 'theta', 'ets-akaike']],
  ['ets, theta, otm (added)', ['ets', 'theta', 'otm']],
  ['ets, theta, dotm (added)', ['ets', 'theta', 'dotm']],
  ['ets, theta, otm, dotm (added)', ['ets', 'theta', 'otm', 'dotm']],
  ['ets-akaike, theta, otm, dotm', ['ets-akaike', 'theta', 'otm', 'dotm']],
];

// Part A: the peer series against R's best.
const peerMeans = timed('peer series', () => cachedMemberMeans(peers, [...production, ...CANDIDATES], 'akaike-theta'));
// With --backtests-only the tables of part A (which need R's results) are left out.
if (!backtestsOnly) printPartA();
function printPartA(): void {
  console.log(`\nA. Peer series: MASE / ${relative ? "production's MASE" : 'R best'}, geometric mean over the ten series (series at or below 0.9)`);
  const perSeriesA: Record<string, string | number>[] = [];
  console.table(
    ROWS.map(([rule, members]) => {
      const bySet = ORIGIN_SETS.map((set) => {
        const ratios = peers.series.map(({ s: x }, i) => {
          const origins = relative ? peers.originSets[i][set.id] : scoredOrigins(peers, i, set.id);
          if (origins.length < 3) return NaN;
          const f = replayProductionRule(x, peerMeans[i], members, peers.allOrigins[i]);
          if (relative) {
            const p = replayProductionRule(x, peerMeans[i], ['ets', 'theta'], peers.allOrigins[i]);
            return maseAt(x, origins, (o) => f.get(o)) / maseAt(x, origins, (o) => p.get(o));
          }
          return maseAt(x, origins, (o) => f.get(o)) / rBestMase(peers, x, origins);
        });
        if (members.length <= 2) perSeriesA.push({ rule, set: set.id, ...Object.fromEntries(peers.series.map((p, i) => [p.label, Number(ratios[i].toFixed(3))])) });
        return [set.label, `${geometricMean(ratios).toFixed(3)} (${ratios.filter((r) => r <= 0.9).length}/${ratios.filter(Number.isFinite).length})`];
      });
      return { rule, ...Object.fromEntries(bySet) };
    }),
  );
  console.log(`\nA, series by series (MASE / ${relative ? 'production' : 'R best'}), rules of one or two members`);
  console.table(perSeriesA);
}

// Part B: held-out series against the production combination.
const { held, firstOrigins, data: heldData } = await heldOutData(process.env.CORRIDOR_DB!);
const heldMeans = timed('held-out series', () => cachedMemberMeans(heldData, [...production, ...CANDIDATES], 'akaike-theta-heldout'));
const ratios: Record<string, number[]> = {};
const perSeries = held.map(({ label, s: x }, i) => {
  const { all, scored } = heldOutOrigins(x, firstOrigins[i]);
  const mase = (members: string[]) => {
    const f = replayProductionRule(x, heldMeans[i], members, all);
    return maseAt(x, scored, (o) => f.get(o));
  };
  const base = mase(['ets', 'theta']);
  const row: Record<string, string> = { series: label, from: x.start, production: base.toFixed(3) };
  for (const [rule, members] of ROWS.slice(1)) {
    const r = mase(members) / base;
    (ratios[rule] ??= []).push(r);
    row[members.join('+')] = r.toFixed(3);
  }
  return row;
});
console.log('\nB. Held-out series (never used to choose): MASE of production, and of each rule / production');
console.table(perSeries);
console.log('geometric mean over the 13 series of MASE / production (series better than production)');
console.table(Object.entries(ratios).map(([rule, r]) => ({ rule, 'MASE / production': geometricMean(r).toFixed(3), better: `${r.filter((v) => v < 1).length}/${r.length}` })));
console.log(`machine at the end: ${machine()}`);
