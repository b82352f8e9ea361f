/**
 * bench/forecast-upstream: do the corridor upstream models beat the default forecast?
 *
 * 1. Leading indicators (src/analysis/forecast/upstream/leading.ts) on two US southwest
 *    border series (all CBP encounters; Border Patrol): the lags are chosen on the early
 *    origins only (SELECT_FROM..SELECT_TO, lowest MASE relative to the combination on the
 *    same origins), then scored on the later origins (EVAL_FROM on) beside the default and
 *    the seasonal naive on the same origins: MASE, 80%/95% coverage of the bands shown
 *    (conformal once calibrated) and of the model's own intervals (which carry the
 *    regressors' forecast variance).
 *
 * 2. Bottom-up by nationality (upstream/nationality.ts): the total of CBP's southwest border
 *    from its nationalities (summed, or reconciled by MinT-shrink), scored beside the default
 *    on the same origins (the standard back-test's, from October 2015).
 * 3. Nowcast (upstream/nowcast.ts): the error of the month's figure nowcast from INM's
 *    daily copy on days 7, 14, 21 and the last day, against CBP's published month, beside
 *    the last published month carried forward.
 *
 *   CORRIDOR_DB=/tmp/x.duckdb npx tsx bench/forecast-upstream.ts
 */
import { DEFAULT_MODEL, runBacktest, scoreBacktest, type ModelScore, type SeriesBacktest } from '../src/analysis/forecast/backtest.js';
import { loadModels, registerModels } from '../src/analysis/forecast/registry.js';
import { extractSeries, type MonthlySeries } from '../src/analysis/forecast/series.js';
import { loadNationalities, nationalityModel } from '../src/analysis/forecast/upstream/nationality.js';
import { dailyTotals } from '../src/analysis/forecast/upstream/daily.js';
import { nowcastErrors } from '../src/analysis/forecast/upstream/nowcast.js';
import { STANDARD } from '../src/analysis/forecast/run.js';
import { leadingModel, type LeadTerm } from '../src/analysis/forecast/upstream/leading.js';
import { loadRegressors, type Regressor } from '../src/analysis/forecast/upstream/regressors.js';
import { openStore } from '../src/store/open.js';

const SELECT_FROM = '2020-01';
const SELECT_TO = '2022-06';
const EVAL_FROM = '2022-07';
/** Darién's series starts in August 2020, too late for the selection: its terms are scored from here, for information. */
const DARIEN_FROM = '2023-04';

if (!process.env.CORRIDOR_DB) {
  console.error('set CORRIDOR_DB to a loaded store (corridor --db X ingest --from ../shared/data)');
  process.exit(2);
}
const store = await openStore(process.env.CORRIDOR_DB, { readOnly: true });
const regressors = await loadRegressors(store.conn);
const byId = (id: string) => regressors.find((r) => r.source.id === id)!;
const targets: { name: string; series: MonthlySeries }[] = [
  { name: 'All CBP, southwest', series: (await extractSeries(store.conn, { measure: 'encounters', where: ['geography=US-SWB'] }))[0] },
  { name: 'Border Patrol, southwest', series: (await extractSeries(store.conn, { measure: 'encounters', where: ['geography=US-SWB', 'component=USBP'] }))[0] },
];

/** Candidate term sets: each regressor alone at each admissible lag, and both. */
function candidates(): LeadTerm[][] {
  const lagsOf = (r: Regressor, extra: number) => [0, 1, 2, 3].filter((k) => k >= extra).map((lag) => ({ regressor: r, lag }));
  const darien = lagsOf(byId('darien'), 0);
  const mx = lagsOf(byId('mx-presentados'), 1);
  return [...darien.map((t) => [t]), ...mx.map((t) => [t]), ...darien.flatMap((d) => mx.map((m) => [d, m]))];
}
const label = (terms: LeadTerm[]) => terms.map((t) => `${t.regressor.source.id}@${t.lag}`).join('+');

function score(bt: SeriesBacktest, model: string, origins: Set<string>): ModelScore | undefined {
  return scoreBacktest(bt, (f) => origins.has(f.origin)).find((s) => s.model === model);
}
function originsOf(bt: SeriesBacktest, model: string, from: string, to = '9999-12'): Set<string> {
  return new Set((bt.forecasts.get(model) ?? []).map((f) => f.origin).filter((o) => o >= from && o <= to));
}

const base = await loadModels();
const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
for (const { name, series } of targets) {
  const t0 = performance.now();
  const baseBt = runBacktest(series, base, { firstOrigin: SELECT_FROM });
  console.log(`\n${name} (${series.id}, ${series.start} to data end; base back-test ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  let best: { terms: LeadTerm[]; ratio: number } | undefined;
  const t1 = performance.now();
  for (const terms of candidates()) {
    const bt = runBacktest(series, registerModels([leadingModel({ terms })]), { firstOrigin: SELECT_FROM, lastOrigin: SELECT_TO });
    const origins = originsOf(bt, 'leading', SELECT_FROM, SELECT_TO);
    if (origins.size < 6) {
      console.log(`  select ${label(terms).padEnd(28)} ${origins.size} origins: too few`);
      continue;
    }
    const own = score(bt, 'leading', origins)!.overall.mase;
    const comb = score(baseBt, 'combination', origins)!.overall.mase;
    console.log(`  select ${label(terms).padEnd(28)} ${String(origins.size).padStart(2)} origins  MASE ${own.toFixed(3)}  combination ${comb.toFixed(3)}  ratio ${(own / comb).toFixed(3)}`);
    if (!best || own / comb < best.ratio) best = { terms, ratio: own / comb };
  }
  console.log(`  lag selection: ${((performance.now() - t1) / 1000).toFixed(1)} s; chosen ${best ? label(best.terms) : 'none'}`);
  if (!best) continue;
  const bt = runBacktest(series, registerModels([leadingModel({ terms: best.terms })]), { firstOrigin: SELECT_FROM });
  const info: string[] = [];
  for (const terms of candidates().filter((t) => t.some((x) => x.regressor.source.id === 'darien'))) {
    const d = runBacktest(series, registerModels([leadingModel({ terms })]), { firstOrigin: DARIEN_FROM });
    const o = originsOf(d, 'leading', DARIEN_FROM);
    info.push(`${label(terms)} ${score(d, 'leading', o)!.overall.mase.toFixed(3)} (default ${score(baseBt, DEFAULT_MODEL, o)!.overall.mase.toFixed(3)}, ${o.size} origins)`);
  }
  const origins = originsOf(bt, 'leading', EVAL_FROM);
  const fails = bt.failures.filter((f) => f.origin >= EVAL_FROM);
  console.log(`  evaluation: ${origins.size} origins ${[...origins][0]} to ${[...origins].at(-1)} (${fails.length} origins without a forecast${fails[0] ? `, e.g. ${fails.at(-1)!.origin}: ${fails.at(-1)!.message}` : ''})`);
  console.log(`  ${'model'.padEnd(12)} ${'MASE'.padStart(6)} ${'cov80'.padStart(6)} ${'cov95'.padStart(6)} ${'own80'.padStart(6)} ${'own95'.padStart(6)}`);
  for (const [which, b, id] of [['default', baseBt, DEFAULT_MODEL], ['snaive', baseBt, 'snaive'], ['combination', baseBt, 'combination'], ['leading', bt, 'leading']] as const) {
    const s = score(b, id, origins);
    if (!s) continue;
    console.log(`  ${which.padEnd(12)} ${s.overall.mase.toFixed(3).padStart(6)} ${pct(s.overall.coverage80).padStart(6)} ${pct(s.overall.coverage95).padStart(6)} ${pct(s.ownCoverage80).padStart(6)} ${pct(s.ownCoverage95).padStart(6)}`);
  }
  const byPeriod = (from: string, to: string) => {
    const sub = new Set([...origins].filter((o) => o >= from && o <= to));
    return `${from} to ${to} (${sub.size}): default ${score(baseBt, DEFAULT_MODEL, sub)?.overall.mase.toFixed(3)}, leading ${score(bt, 'leading', sub)?.overall.mase.toFixed(3)}`;
  };
  console.log(`  by origins: ${byPeriod(EVAL_FROM, '2023-05')}; ${byPeriod('2023-06', '2024-12')}; ${byPeriod('2025-01', '9999-12')}`);
  console.log(`  Darién terms, for information, MASE on origins from ${DARIEN_FROM}:\n    ${info.join('\n    ')}`);
}

function table(bt: SeriesBacktest, models: readonly string[], origins: Set<string>) {
  console.log(`  ${'model'.padEnd(16)} ${'MASE'.padStart(6)} ${'cov80'.padStart(6)} ${'cov95'.padStart(6)} ${'own80'.padStart(6)} ${'own95'.padStart(6)}`);
  for (const id of models) {
    const s = score(bt, id, origins);
    if (s) console.log(`  ${id.padEnd(16)} ${s.overall.mase.toFixed(3).padStart(6)} ${pct(s.overall.coverage80).padStart(6)} ${pct(s.overall.coverage95).padStart(6)} ${pct(s.ownCoverage80).padStart(6)} ${pct(s.ownCoverage95).padStart(6)}`);
  }
}

// 2. Bottom-up by nationality.
const nat = await loadNationalities(store.conn);
const combination = base.find((r) => r.model.id === 'combination')!.model;
const natModels = [...base, ...registerModels([nationalityModel(nat, combination, 'bottom-up'), nationalityModel(nat, combination, 'mint-shrink')])];
const t2 = performance.now();
const natBt = runBacktest(nat.total, natModels, { firstOrigin: STANDARD.firstOrigin });
const natOrigins = originsOf(natBt, 'nationality-mint', STANDARD.firstOrigin);
console.log(`\nBottom-up by nationality: ${nat.total.id} = ${nat.named.map((p) => p.keys.citizenship).join(' + ')} + REST (${nat.total.start} to ${natBt.origins.at(-1)} + 1)`);
console.log(`  back-test ${((performance.now() - t2) / 1000).toFixed(1)} s; ${natOrigins.size} origins ${[...natOrigins][0]} to ${[...natOrigins].at(-1)}; failures ${natBt.failures.length}`);
table(natBt, [DEFAULT_MODEL, 'snaive', 'combination', 'nationality-bu', 'nationality-mint'], natOrigins);
for (const [from, to] of [['2015-10', '2019-12'], ['2020-01', '2023-05'], ['2023-06', '9999-12']]) {
  const sub = new Set([...natOrigins].filter((o) => o >= from && o <= to));
  const m = (id: string) => score(natBt, id, sub)?.overall.mase.toFixed(3);
  console.log(`  origins ${from} to ${to === '9999-12' ? 'end' : to} (${sub.size}): default ${m(DEFAULT_MODEL)}, nationality-bu ${m('nationality-bu')}, nationality-mint ${m('nationality-mint')}`);
}

// 3. Nowcast.
const daily = await dailyTotals(store.conn);
const days = [...daily.keys()];
console.log(`\nNowcast of ${targets[0].series.id} from INM's daily copy (${days[0]} to ${days.at(-1)})`);
console.log(`  ${'day'.padStart(4)} ${'months'.padStart(6)} ${'MAPE'.padStart(7)} ${'max'.padStart(7)} ${'bias'.padStart(7)} ${'last published MAPE'.padStart(20)}`);
for (const e of nowcastErrors(daily, targets[0].series, [7, 14, 21, 31])) {
  console.log(`  ${String(e.days).padStart(4)} ${String(e.months).padStart(6)} ${pct(e.mape).padStart(7)} ${pct(e.maxApe).padStart(7)} ${pct(e.bias).padStart(7)} ${pct(e.naiveMape).padStart(20)}`);
}
store.conn.closeSync?.();
