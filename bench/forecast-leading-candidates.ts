/**
 * bench/forecast-leading-candidates: a monthly series of the store tried as the leading model's
 * regressor (upstream/leading.ts) on the peer series and origin sets of bench/forecast-peers.ts,
 * against the combination (the default) on the same origins. The regressor is read only through
 * the months published at each origin (its publication lag, an assumption given here), as the
 * registered regressors are (upstream/regressors.ts).
 *
 *   CORRIDOR_DB=... npx tsx bench/forecast-leading-candidates.ts --measure mx-returns --geography MX --publication-lag 2 --lags 1,2,3
 *
 * Prints, per lag and origin set, the leading model's MASE over the combination's, series by
 * series and their geometric mean (below 1: the lead helps), with the number of origins where the
 * leading model could forecast (it needs the regressor over its training window).
 */
import { cpus, totalmem } from 'node:os';
import { runBacktest, scoreBacktest } from '../src/analysis/forecast/backtest.js';
import { loadModels, registerModels } from '../src/analysis/forecast/registry.js';
import { seriesFromRows } from '../src/analysis/forecast/series.js';
import { leadingModel } from '../src/analysis/forecast/upstream/leading.js';
import type { RegressorSource } from '../src/analysis/forecast/upstream/regressors.js';
import { querySeries } from '../src/store/query/series.js';
import { openStore } from '../src/store/open.js';
import { loadPeerData, scoredOrigins } from './forecast-peers-data.js';
import { MIN_HISTORY, ORIGIN_SETS } from './forecast-peers-sets.js';

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i > 0 ? process.argv[i + 1] : fallback;
  if (v === undefined) {
    console.error(`--${name} is needed (e.g. --measure mx-returns --geography MX --publication-lag 2 --lags 1,2,3)`);
    process.exit(2);
  }
  return v;
}
const measure = arg('measure');
const geography = arg('geography');
const publicationLag = Number(arg('publication-lag'));
const lags = arg('lags', '1,2,3').split(',').map(Number);
if (!Number.isInteger(publicationLag) || lags.some((l) => !Number.isInteger(l) || l < 0)) {
  console.error(`--publication-lag and --lags must be whole months; found ${publicationLag} and ${lags.join(',')}`);
  process.exit(2);
}

const data = await loadPeerData();
const store = await openStore(process.env.CORRIDOR_DB!, { readOnly: true });
const source: RegressorSource = { id: measure, label: { en: measure, es: measure }, measure, where: { geography: [geography] }, publicationLag, why: 'bench/forecast-leading-candidates' };
const result = await querySeries(store.conn, { measure, where: source.where, grain: 'month' });
store.close();
const [series] = seriesFromRows(measure, result.rows).filter((x) => x.values.length > 0);
if (!series) {
  console.error(`the store has no monthly ${measure} for geography ${geography}`);
  process.exit(2);
}
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; regressor ${measure} ${geography}: ${series.start}, ${series.values.length} months, published ${publicationLag} month(s) after`);
const base = (await loadModels()).filter((r) => ['ets', 'theta', 'combination'].includes(r.model.id));
const geomean = (v: number[]) => Math.exp(v.reduce((a, b) => a + Math.log(b), 0) / v.length);
for (const lag of lags) {
  const models = [...base, ...registerModels([leadingModel({ terms: [{ regressor: { source, series }, lag }] })])];
  const t0 = performance.now();
  console.log(`\nlag ${lag}: leading MASE / combination MASE on the origins where the leading model forecasts`);
  for (const set of ORIGIN_SETS) {
    const cells: string[] = [];
    const ratios: number[] = [];
    data.series.forEach(({ label, s: x }, i) => {
      const origins = scoredOrigins(data, i, set.id);
      const bt = runBacktest(x, models, { firstOrigin: origins[0], lastOrigin: origins.at(-1), minTrain: MIN_HISTORY });
      const own = new Set((bt.forecasts.get('leading') ?? []).map((f) => f.origin).filter((o) => origins.includes(o)));
      if (own.size < 3) return void cells.push(`${label} -`);
      const sc = scoreBacktest(bt, (f) => own.has(f.origin));
      const ratio = sc.find((q) => q.model === 'leading')!.overall.mase / sc.find((q) => q.model === 'combination')!.overall.mase;
      ratios.push(ratio);
      cells.push(`${label} ${ratio.toFixed(3)} (${own.size})`);
    });
    console.log(`  ${set.label}: geometric mean ${ratios.length ? geomean(ratios).toFixed(3) : 'n/a'}\n    ${cells.join('; ')}`);
  }
  console.log(`  ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
