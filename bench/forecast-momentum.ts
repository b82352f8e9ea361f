/**
 * bench/forecast-momentum: a seasonally adjusted random walk (Naive2, the M4 benchmark) and the same
 * with a momentum drift (`createSeasonalRandomWalkModel` in packages/forecast/src/seasonal-random-walk.ts:
 * drift = factor × the mean monthly change of the adjusted series over the last k months), alone and
 * added to ETS + Theta under the production rule (1/MASE² learnt online from the forecasts whose outcome
 * was known at the origin; the median of the members until each has 24), (bench/forecast-replay.ts), as bench/forecast-ets-amse.ts
 * replays it. Members are back-tested once at every month from each series' first origin with the
 * production back-test (bench/forecast-member-backtests.ts, cached in .cache/bench/ per member).
 *
 * Part A: the ten peer series and three origin sets of bench/forecast-peers.ts, MASE / R's best method
 * (R's cached results), geometric mean over the series. The members were first chosen from a larger
 * grid on these same series (k 3, 6, 12, 24 × factor 0.25, 0.5, 1, damped and SES-level variants), so
 * part A flatters them.
 * Part B: thirteen series never used to choose (the nine southwest Border Patrol sectors, nationwide
 * encounters, Mexico's presentados and returns, US removals), first origin 36 months into each series and
 * not before 2008-01, every third month scored; MASE of each combination / MASE of production's, and
 * the geometric mean of those ratios over the series.
 *
 *   CORRIDOR_DB=... npx tsx bench/forecast-momentum.ts [--refit]
 */
import { fileURLToPath } from 'node:url';
import { cpus, loadavg, totalmem } from 'node:os';
import { createSeasonalRandomWalkModel, type SeasonalRandomWalkOptions } from '@corridor/forecast';
import { loadModels, sourceVersion, type RegisteredModel } from '../src/analysis/forecast/registry.js';
import { cachedMemberMeans } from './forecast-member-backtests.js';
import { loadPeerData, maseAt, rBestMase, scoredOrigins, type PeerData } from './forecast-peers-data.js';
import { heldOutData, heldOutOrigins } from './forecast-held-out.js';
import { ORIGIN_SETS } from './forecast-peers-sets.js';
import { geometricMean, replayProductionRule } from './forecast-replay.js';

const machine = () => `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;
console.log(`machine: ${machine()}`);

const peers = await loadPeerData();
const production = (await loadModels({ exclude: ['combination'] })).filter((r) => r.model.id === 'ets' || r.model.id === 'theta');
const modelVersion = sourceVersion(fileURLToPath(new URL('../packages/forecast/src/seasonal-random-walk.ts', import.meta.url)));
const member = (options: SeasonalRandomWalkOptions): RegisteredModel => ({ model: createSeasonalRandomWalkModel(options), version: `${modelVersion} ${JSON.stringify(options)}` });
const CANDIDATES: RegisteredModel[] = [member({}), ...[3, 12, 24].flatMap((k) => [0.25, 0.5].map((f) => member({ driftMonths: k, driftFactor: f })))];
const ids = CANDIDATES.map((c) => c.model.id);

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
  ...ids.map((id): [string, string[]] => [`${id} alone`, [id]]),
  ...ids.map((id): [string, string[]] => [`1/MASE² ets, theta, ${id}`, ['ets', 'theta', id]]),
];

// Part A: the peer series against R's best.
const peerMeans = timed('peer series', () => cachedMemberMeans(peers, [...production, ...CANDIDATES], 'momentum'));
console.log('\nA. Peer series (the members were chosen on them): MASE / R best, geometric mean over the ten series (series at or below 0.9)');
console.table(
  ROWS.map(([rule, members]) => {
    const bySet = ORIGIN_SETS.map((set) => {
      const ratios = peers.series.map(({ s: x }, i) => {
        const origins = scoredOrigins(peers, i, set.id);
        if (origins.length < 3) return NaN;
        const f = replayProductionRule(x, peerMeans[i], members, peers.allOrigins[i]);
        return maseAt(x, origins, (o) => f.get(o)) / rBestMase(peers, x, origins);
      });
      return [set.label, `${geometricMean(ratios).toFixed(3)} (${ratios.filter((r) => r <= 0.9).length}/${ratios.filter(Number.isFinite).length})`];
    });
    return { rule, ...Object.fromEntries(bySet) };
  }),
);

// Part B: held-out series against the production combination.
const { held, firstOrigins, data: heldData } = await heldOutData(process.env.CORRIDOR_DB!);
const heldMeans = timed('held-out series', () => cachedMemberMeans(heldData, [...production, ...CANDIDATES], 'momentum-heldout'));
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
    if (members.length === 3) row[`+${members[2]}`] = r.toFixed(3);
  }
  return row;
});
console.log('\nB. Held-out series (never used to choose): MASE of production, and of production + each member / production');
console.table(perSeries);
console.log('geometric mean over the 13 series of MASE / production (series better than production)');
console.table(Object.entries(ratios).map(([rule, r]) => ({ rule, 'MASE / production': geometricMean(r).toFixed(3), better: `${r.filter((v) => v < 1).length}/${r.length}` })));
console.log(`machine at the end: ${machine()}`);
