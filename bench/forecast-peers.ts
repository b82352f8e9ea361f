/**
 * bench/forecast-peers: corridor's default forecast against R's forecast package, series by
 * series, on several sets of rolling origins (forecast-peers-sets.ts): the southwest border's
 * Border Patrol series (from FY2000), all CBP, OFO, the demographics and the main
 * citizenships. At every origin each method is fitted to the data up to it and forecasts 1 to
 * 12 months ahead. MASE divides each error by the in-sample mean absolute seasonal difference
 * of the data up to the origin, identically for every method. R's methods: snaive, ets,
 * auto.arima and thetaf with R's defaults, and auto.arima on logs (lambda = 0).
 * corridor runs its back-test at every month from the set's first origin (its calibration
 * and weights learn from every earlier outcome, as in production) and is scored only on the
 * set's origins.
 *
 *   CORRIDOR_DB=/tmp/x/corridor.duckdb npx tsx bench/forecast-peers.ts           # corridor and R
 *   CORRIDOR_DB=... npx tsx bench/forecast-peers.ts --r-only                     # only R's part (cached)
 *   CORRIDOR_DB=... npx tsx bench/forecast-peers.ts --skip-r [--series N]        # R from the cache (or its parts) only; the first N series
 *   CORRIDOR_DB=... npx tsx bench/forecast-peers.ts --skip-r --upstream          # with the opt-in upstream models (upstream/models.ts)
 *
 * --upstream adds, per series, the models CORRIDOR_FORECAST_UPSTREAM=1 adds (the leading
 * indicator model on every southwest series, bottom-up by nationality on the total): the
 * "default" is then the opt-in default (an upstream model replaces the combination when 10%
 * better on the origins known), and each upstream model is scored beside the combination (the
 * default without them) on the set's origins where it has a forecast.
 *
 * R's results are cached in .cache/bench/ by a hash of the series and origins. Needs Debian's
 * r-cran-forecast (never in CI). Goal (issue 13): MASE <= 0.9x R's best method per series;
 * 80% coverage 75-85%. The hierarchy's timing and reconciliation: bench/forecast-hierarchy.ts.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MODEL, runBacktest, scoreBacktest, type SeriesBacktest } from '../src/analysis/forecast/backtest.js';
import { maseScale } from '../src/analysis/forecast/metrics.js';
import { addMonths, monthIndex } from '../src/analysis/forecast/months.js';
import { loadModels } from '../src/analysis/forecast/registry.js';
import { extractSeries, type MonthlySeries } from '../src/analysis/forecast/series.js';
import { loadUpstreamModels } from '../src/analysis/forecast/upstream/models.js';
import { UPSTREAM_MODEL_IDS } from '../src/analysis/forecast/registry.js';
import { openStore } from '../src/store/open.js';
import { MIN_HISTORY, ORIGIN_SETS, originsOf, PEER_SERIES } from './forecast-peers-sets.js';

const rOnly = process.argv.includes('--r-only');
const skipR = process.argv.includes('--skip-r');
const upstream = process.argv.includes('--upstream');
const R_METHODS = ['snaive', 'ets', 'auto.arima', 'auto.arima.log', 'thetaf'];

if (!process.env.CORRIDOR_DB) {
  console.error('set CORRIDOR_DB to a loaded store (e.g. a copy of one built by "corridor ingest")');
  process.exit(2);
}
const s = await openStore(process.env.CORRIDOR_DB, { readOnly: true });
const series: { label: string; s: MonthlySeries }[] = [];
// --series N: only the first N series of PEER_SERIES are compared (the origins given to R stay those of all of them).
const seriesArg = process.argv.indexOf('--series');
const compareFirst = seriesArg > 0 ? Number(process.argv[seriesArg + 1]) : PEER_SERIES.length;
for (const p of PEER_SERIES) {
  const [found] = await extractSeries(s.conn, { measure: 'encounters', where: p.where } as Parameters<typeof extractSeries>[1]);
  series.push({ label: p.label, s: found });
}
const originSets = series.map(({ s: x }) => Object.fromEntries(ORIGIN_SETS.map((set) => [set.id, originsOf(x, set)])));
const allOrigins = series.map((_, i) => [...new Set(Object.values(originSets[i]).flat())].sort());

// R: the same series and origins, cached
const cacheDir = join('.cache', 'bench');
mkdirSync(cacheDir, { recursive: true });
const seriesCsv = ['series,period,value', ...series.flatMap(({ s: x }) => x.values.map((v, i) => `"${x.id}",${addMonths(x.start, i)},${v}`))].join('\n');
const originsCsv = ['series,origin', ...series.flatMap(({ s: x }, i) => allOrigins[i].map((o) => `"${x.id}",${o}`))].join('\n');
const key = createHash('sha256').update(seriesCsv).update(originsCsv).update(R_METHODS.join()).digest('hex').slice(0, 12);
const rOut = join(cacheDir, `forecast-peers-r-${key}.csv`);
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; R results: ${rOut}${existsSync(rOut) ? ' (cached)' : ''}`);
if (!existsSync(rOut) && !skipR) {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-peers-'));
  writeFileSync(join(dir, 'series.csv'), seriesCsv);
  writeFileSync(join(dir, 'origins.csv'), originsCsv);
  console.log(`running R (forecast package): ${allOrigins.flat().length} (series, origin) pairs x ${R_METHODS.length} methods`);
  const r = spawnSync('Rscript', ['bench/r/forecast-peers.R', join(dir, 'series.csv'), join(dir, 'origins.csv'), rOut, String(cpus().length)], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) console.error('R failed, was stopped or is not installed (apt-get install -y r-cran-forecast): R is scored on what it finished');
}
if (rOnly) process.exit(0);

const registered = await loadModels();
console.log(`corridor models: ${registered.map((r) => `${r.model.id}@${r.version}`).join(', ')}`);
const backtests: SeriesBacktest[] = [];
const t0 = performance.now();
for (const [i, { s: x }] of series.slice(0, compareFirst).entries()) {
  const models = upstream ? [...registered, ...(await loadUpstreamModels(s.conn, x, registered))] : registered;
  backtests.push(runBacktest(x, models, { firstOrigin: allOrigins[i][0], lastOrigin: allOrigins[i].at(-1), minTrain: MIN_HISTORY }));
}
const corridorSeconds = (performance.now() - t0) / 1000;
series.splice(compareFirst);

interface RRow { series: string; method: string; origin: string; h: number; mean: number; lo80: number; hi80: number; lo95: number; hi95: number }
// The whole run's file, or the parts of a run cut short (R is then scored on the origins it finished).
const rFiles = existsSync(rOut) ? [rOut] : existsSync(`${rOut}.d`) ? readdirSync(`${rOut}.d`).filter((f) => /^\d+\.csv$/.test(f)).map((f) => join(`${rOut}.d`, f)) : [];
if (!existsSync(rOut) && rFiles.length) console.log(`R's run is not complete: scoring R and corridor on the ${rFiles.length} of ${allOrigins.flat().length} (series, origin) pairs R finished`);
const rRows: RRow[] = rFiles.flatMap((file) =>
  readFileSync(file, 'utf8').trim().split('\n').slice(1).map((line) => {
    const [id, method, origin, h, mean, lo80, hi80, lo95, hi95] = line.split(',').map((x) => x.replace(/^"|"$/g, ''));
    return { series: id, method, origin, h: Number(h), mean: Number(mean), lo80: Number(lo80), hi80: Number(hi80), lo95: Number(lo95), hi95: Number(hi95) };
  }),
);
const rBy = new Map<string, RRow[]>();
for (const r of rRows) {
  const k = `${r.series}|${r.method}|${r.origin}`;
  rBy.set(k, [...(rBy.get(k) ?? []), r]);
}

interface Score { mase: number; c80: number; c95: number; n: number }
function score(points: { y: number; mean: number; scale: number; lo80: number; hi80: number; lo95: number; hi95: number }[]): Score {
  const n = points.length;
  if (!n) return { mase: NaN, c80: NaN, c95: NaN, n };
  return {
    mase: points.reduce((a, p) => a + Math.abs(p.y - p.mean) / p.scale, 0) / n,
    c80: points.filter((p) => p.y >= p.lo80 && p.y <= p.hi80).length / n,
    c95: points.filter((p) => p.y >= p.lo95 && p.y <= p.hi95).length / n,
    n,
  };
}

function scoreR(x: MonthlySeries, origins: string[], method: string): Score {
  const start = monthIndex(x.start);
  const pts = [];
  for (const origin of origins) {
    const o = monthIndex(origin) - start;
    const scale = maseScale(x.values.slice(0, o + 1), 12);
    for (const r of rBy.get(`${x.id}|${method}|${origin}`) ?? []) {
      if (o + r.h >= x.values.length) continue;
      pts.push({ y: x.values[o + r.h], mean: r.mean, scale, lo80: r.lo80, hi80: r.hi80, lo95: r.lo95, hi95: r.hi95 });
    }
  }
  return score(pts);
}

function rComplete(x: MonthlySeries, origins: string[], method: string): boolean {
  return origins.every((o) => rBy.has(`${x.id}|${method}|${o}`));
}


/**
 * The combination (the default without upstream models) over R's best, and each upstream
 * model against the combination on the origins of the set where the upstream model has a
 * forecast (its n): "leading 0.95 (21)" is 5% lower MASE than the combination there.
 */
function upstreamColumns(bt: SeriesBacktest, origins: string[], bestR: number): Record<string, string> {
  const inSet = new Set(origins);
  const out: Record<string, string> = {};
  const comb = scoreBacktest(bt, (f) => inSet.has(f.origin)).find((sc) => sc.model === 'combination');
  out['combination / R'] = comb ? (comb.overall.mase / bestR).toFixed(3) : 'n/a';
  for (const id of UPSTREAM_MODEL_IDS) {
    const own = new Set((bt.forecasts.get(id) ?? []).map((f) => f.origin).filter((o) => inSet.has(o)));
    if (!own.size) continue;
    const sc = scoreBacktest(bt, (f) => own.has(f.origin));
    const m = sc.find((x) => x.model === id)!.overall.mase;
    const c = sc.find((x) => x.model === 'combination')!.overall.mase;
    out[`${id} / comb.`] = `${(m / c).toFixed(3)} (${own.size})`;
  }
  return out;
}

const summary: string[] = [];
for (const set of ORIGIN_SETS) {
  const table: Record<string, string>[] = [];
  const ratios: number[] = [];
  const combRatios: number[] = [];
  let met = 0;
  let cov = { hit: 0, n: 0 };
  let covR = { hit: 0, n: 0 };
  for (const [i, { label, s: x }] of series.entries()) {
    // The set's origins R has every method at (all of them once R's run is complete).
    const origins = originSets[i][set.id].filter((o) => R_METHODS.every((m) => rBy.has(`${x.id}|${m}|${o}`)) || rRows.length === 0);
    if (origins.length < 3) continue;
    const inSet = new Set(origins);
    const scores = new Map(scoreBacktest(backtests[i], (f) => inSet.has(f.origin)).map((sc) => [sc.model, sc]));
    const def = scores.get(DEFAULT_MODEL)!;
    const r = Object.fromEntries(R_METHODS.map((m) => [m, scoreR(x, origins, m)]));
    const ranked = R_METHODS.filter((m) => rComplete(x, origins, m) && Number.isFinite(r[m].mase));
    const best = ranked.length ? ranked.reduce((a, b) => (r[b].mase < r[a].mase ? b : a)) : undefined;
    const ratio = best ? def.overall.mase / r[best].mase : NaN;
    if (Number.isFinite(ratio)) ratios.push(ratio);
    if (ratio <= 0.9) met++;
    const comb = scores.get('combination');
    if (best && comb) combRatios.push(comb.overall.mase / r[best].mase);
    cov.hit += def.overall.coverage80 * def.overall.n;
    cov.n += def.overall.n;
    if (best) {
      covR.hit += r[best].c80 * r[best].n;
      covR.n += r[best].n;
    }
    table.push({
      series: label,
      origins: `${origins.length} (${origins[0]}..${origins.at(-1)})`,
      ...Object.fromEntries([...scores.values()].filter((sc) => sc.model !== DEFAULT_MODEL).map((sc) => [sc.model, sc.overall.mase.toFixed(3)])),
      default: def.overall.mase.toFixed(3),
      'R best': best ? `${r[best].mase.toFixed(3)} (${best})` : 'n/a',
      ratio: Number.isFinite(ratio) ? ratio.toFixed(3) : 'n/a',
      'cov80/95 default': `${(100 * def.overall.coverage80).toFixed(0)}% / ${(100 * def.overall.coverage95).toFixed(0)}%`,
      'cov80/95 R best': best ? `${(100 * r[best].c80).toFixed(0)}% / ${(100 * r[best].c95).toFixed(0)}%` : 'n/a',
      'cov80 R ets': `${(100 * r.ets.c80).toFixed(0)}%`,
      ...(upstream ? upstreamColumns(backtests[i], origins, best ? r[best].mase : NaN) : {}),
    });
  }
  console.log(`\n== origins ${set.label}: MASE (horizons 1-12), corridor default against R's best method on the same origins; 80%/95% coverage`);
  console.table(table);
  const geomean = (v: number[]) => Math.exp(v.reduce((a, b) => a + Math.log(b), 0) / v.length);
  const gm = geomean(ratios);
  const line = `${set.label}: ratio default${upstream ? ' (with the upstream models, opt-in)' : ''} / R best: geometric mean ${gm.toFixed(3)}, <= 0.9 on ${met} of ${ratios.length} series; default 80% coverage ${(100 * cov.hit / cov.n).toFixed(1)}%, R best's ${(100 * covR.hit / covR.n).toFixed(1)}%${upstream ? `; combination alone / R best: ${geomean(combRatios).toFixed(3)}` : ''}`;
  summary.push(line);
  console.log(line);
}
console.log(`\n${summary.join('\n')}`);
console.log(`corridor back-tests of these ${series.length} series (every month from each series' first origin, every model): ${corridorSeconds.toFixed(1)} s`);
if (existsSync(`${rOut}.timing`)) {
  const lines = readFileSync(`${rOut}.timing`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
  console.log(`R: ${lines.map((l) => `${l[0].replace(/"/g, '')} ${Number(l[1]).toFixed(0)} s`).join(', ')} (CPU time summed; wall ${Number(lines[0][2]).toFixed(0)} s)`);
}
s.close();
