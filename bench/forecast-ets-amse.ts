/**
 * bench/forecast-ets-amse: ETS estimated by multi-step mean squared error (R's
 * `ets(..., opt.crit = "amse", nmse)`; Kourentzes, Li & Strauss 2019; Svetunkov, Kourentzes &
 * Killick 2023) in place of the likelihood, alone and as a member of the combination, on the
 * series and origin sets of bench/forecast-peers.ts against R's best method (R's cached results).
 * The members (production ETS and Theta, and ETS with opt.crit amse for nmse 3, 6 and 12, tmse and
 * gtmse for nmse 12) are back-tested once at every month from each series' first origin with the
 * production back-test (bench/forecast-member-backtests.ts, cached in .cache/bench/ per member), then
 * the production rule (1/MASE² learnt online from the forecasts whose outcome was known at the
 * origin; the median of the members until each has 24) is replayed as bench/forecast-combination-rules.ts
 * replays it. Prints, per origin set, MASE / R's best, geometric mean over the series and the count at or
 * below 0.9, and the ten series' ratios of the best variant.
 *
 *   CORRIDOR_DB=... npx tsx bench/forecast-ets-amse.ts [--only ets-amse12,ets-amse3] [--refit]
 *
 * `--only` back-tests just those members when they are not cached (to run members in parallel
 * processes); the table is printed when every member is cached.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { createEtsModel, type ForecastModel } from '@corridor/forecast';
import { loadModels, type RegisteredModel } from '../src/analysis/forecast/registry.js';
import { cachedMemberMeans } from './forecast-member-backtests.js';
import { loadPeerData, maseAt, rBestMase, scoredOrigins } from './forecast-peers-data.js';
import { ORIGIN_SETS } from './forecast-peers-sets.js';
import { geometricMean, replayProductionRule } from './forecast-replay.js';

console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1].split(',') : undefined;
// Back-testing (--only) does not need R's results; the table does.
const peers = await loadPeerData(only ? { needR: false } : {});
const { series, allOrigins } = peers;

const production = (await loadModels({ exclude: ['combination'] })).filter((r) => r.model.id === 'ets' || r.model.id === 'theta');
const etsVersion = production.find((r) => r.model.id === 'ets')!.version;
const variant = (id: string, options: Parameters<typeof createEtsModel>[0]): RegisteredModel => {
  const m = createEtsModel(options);
  const model: ForecastModel = { id, minLength: m.minLength, fit: m.fit };
  return { model, version: `${etsVersion} ${JSON.stringify(options)}` };
};
const VARIANTS: RegisteredModel[] = [
  variant('ets-amse3', { optCrit: 'amse', nmse: 3 }),
  variant('ets-amse6', { optCrit: 'amse', nmse: 6 }),
  variant('ets-amse12', { optCrit: 'amse', nmse: 12 }),
  variant('ets-tmse12', { optCrit: 'tmse', nmse: 12 }),
  variant('ets-gtmse12', { optCrit: 'gtmse', nmse: 12 }),
];
const t0 = Date.now();
const cpu0 = process.cpuUsage();
const means = cachedMemberMeans(peers, [...production, ...VARIANTS], 'ets-amse', only);
const cpu = process.cpuUsage(cpu0);
console.log(`back-tests (those not cached): ${((Date.now() - t0) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU`);
const missing = [...production, ...VARIANTS].map((r) => r.model.id).filter((id) => !means[0][id]);
if (missing.length || only) {
  if (missing.length) console.log(`not cached yet: ${missing.join(', ')}`);
  process.exit(0);
}

/** Per set: the ten series' ratios MASE / R's best of the members combined by the production rule, replayed online. */
function replay(ids: string[]): Record<string, number[]> {
  const out: Record<string, number[]> = Object.fromEntries(ORIGIN_SETS.map((s) => [s.id, []]));
  for (const [i, { s: x }] of series.entries()) {
    const combined = replayProductionRule(x, means[i], ids, allOrigins[i]);
    for (const set of ORIGIN_SETS) {
      const origins = scoredOrigins(peers, i, set.id);
      if (origins.length < 3) continue;
      out[set.id][i] = maseAt(x, origins, (o) => combined.get(o)) / rBestMase(peers, x, origins);
    }
  }
  return out;
}

const ROWS: [string, string[]][] = [
  ['production: 1/MASE² ets, theta (replayed)', ['ets', 'theta']],
  ['ets alone', ['ets']],
  ['theta alone', ['theta']],
  ...VARIANTS.map((v): [string, string[]] => [`${v.model.id} alone`, [v.model.id]]),
  ...VARIANTS.map((v): [string, string[]] => [`1/MASE² ${v.model.id}, theta`, [v.model.id, 'theta']]),
  ...VARIANTS.map((v): [string, string[]] => [`1/MASE² ets, ${v.model.id}, theta`, ['ets', v.model.id, 'theta']]),
];
const results = ROWS.map(([label, ids]) => ({ label, ids, r: replay(ids) }));
console.log('MASE / R best, geometric mean over the ten series (series at or below 0.9)');
console.table(
  results.map(({ label, r }) => ({
    rule: label,
    ...Object.fromEntries(ORIGIN_SETS.map((s) => [s.label, `${geometricMean(r[s.id]).toFixed(3)} (${r[s.id].filter((v) => v <= 0.9).length}/${r[s.id].filter(Number.isFinite).length})`])),
  })),
);
// The best variant: lowest worst-set geometric mean among the rows that are not production's members.
const candidates = results.slice(3);
const best = candidates.reduce((a, b) => (Math.max(...ORIGIN_SETS.map((s) => geometricMean(b.r[s.id]))) < Math.max(...ORIGIN_SETS.map((s) => geometricMean(a.r[s.id]))) ? b : a));
const prod = results[0];
console.log(`\nseries ratios, production -> ${best.label} (the variant with the lowest worst-set geometric mean)`);
console.table(
  series.map(({ label }, i) => ({
    series: label,
    ...Object.fromEntries(ORIGIN_SETS.map((s) => [s.label, `${prod.r[s.id][i]?.toFixed(3)} -> ${best.r[s.id][i]?.toFixed(3)}`])),
  })),
);
const better = ORIGIN_SETS.map((s) => geometricMean(best.r[s.id]) < geometricMean(prod.r[s.id]));
console.log(`better than production on ${better.filter(Boolean).length} of ${ORIGIN_SETS.length} sets`);
