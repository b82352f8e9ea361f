/**
 * corridor forecast: the next months of a monthly series with 80% and 95% intervals and
 * its model card; --backtest: rolling-origin back-tests; --hierarchy: reconciled
 * forecasts of every series of the southwest border hierarchy.
 */
import type { Command } from 'commander';
import { DEFAULT_MODEL, NEVER_SELECTED_OVER_COMBINATION, type ModelScore } from '../../analysis/forecast/backtest.js';
import type { SeriesForecast } from '../../analysis/forecast/forecast.js';
import type { NodeForecast, ReconciliationScore } from '../../analysis/forecast/hierarchy-forecast.js';
import { addMonths } from '../../analysis/forecast/months.js';
import { DIMENSION_NAMES, monthRangeWords, monthWords, type Dimension } from '../../model/index.js';
import { extractSeries } from '../../analysis/forecast/series.js';
import { pooledNodeBacktester } from '../../analysis/forecast/backtest-pool.js';
import { RECONCILIATION_METHODS, type ReconciliationMethod } from '@corridor/forecast';
import { backtestRequest, forecastRequest, hierarchyForecast, standardBacktest, storedForecasts, STANDARD } from '../../analysis/forecast/run.js';
import { UsageError } from '../../errors.js';
import { normalisePeriod } from '../../store/query/periods.js';
import { queryCatalogue } from '../../store/query/catalogue.js';
import type { Store } from '../../store/open.js';
import { readOrWriteStore, readStore, withStore, type GlobalOptions } from '../context.js';
import { parseFormat, type Format } from '../format.js';
import { renderIn } from '../columns.js';
import { modelCardText } from '../forecast-card.js';
import { methodName, modelName } from '../../analysis/forecast/card-text.js';
import { parseLang, type Lang } from '../lang.js';

export { modelCardText };

export interface ForecastCliOptions {
  measure?: string;
  where?: string[];
  horizon: string;
  asOf?: string;
  /** true: --nowcast; false: --no-nowcast; undefined: where it can (ForecastRequest's 'auto'). */
  nowcast?: boolean;
  backtest?: boolean;
  hierarchy?: boolean;
  method: string;
  originsFrom?: string;
  source?: string;
  format: string;
  lang: string;
}

const collect = (v: string, prior: string[] = []) => [...prior, v];

export function registerForecast(program: Command): void {
  program
    .command('forecast')
    .description('forecast a monthly series with 80% and 95% intervals and its model card; --backtest: accuracy of every model')
    .option('--measure <id>', 'measure id (see "corridor measures")')
    .option('--where <dim=value>', 'filter, e.g. geography=US-SWB or component=USBP (repeatable; commas for several series)', collect)
    .option('--horizon <months>', 'months ahead (1 to 24)', '12')
    .option('--as-of <month>', 'forecast as if the data ended this month (YYYY-MM)')
    .option('--nowcast', "fill the months not yet published from INM's daily copy of CBP's encounters (southwest border and its Border Patrol sectors and OFO field offices, by component and citizenship) before forecasting, and say so even when nothing is filled (the default fills them where it can, without --as-of)")
    .option('--no-nowcast', 'forecast from the months published only')
    .option('--source <id>', 'only this source')
    .option('--backtest', 'run the rolling-origin back-test (monthly origins, horizons 1-12): of the series named, or without --measure the standard back-test of the southwest border hierarchy')
    .option('--hierarchy', 'forecast every series of the southwest border hierarchy, reconciled')
    .option('--method <method>', `with --hierarchy: reconciliation, one of ${RECONCILIATION_METHODS.join(', ')}`, 'mint-shrink')
    .option('--origins-from <month>', 'with --backtest: first origin (YYYY-MM)', STANDARD.firstOrigin)
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--lang <lang>', 'en or es', 'en')
    .action(async (opts: ForecastCliOptions, cmd: Command) => {
      const lang = parseLang(opts.lang);
      const es = lang === 'es';
      const render = (f: Format, records: Parameters<typeof renderIn>[2], json?: unknown) => renderIn(lang, f, records, json ?? records);
      const format = parseFormat(opts.format);
      const horizon = Number(opts.horizon);
      if (!Number.isInteger(horizon) || horizon < 1 || horizon > 24) throw new UsageError(`--horizon takes a whole number of months from 1 to 24, not "${opts.horizon}"`, `--horizon admite un número entero de meses de 1 a 24, no "${opts.horizon}"`);
      checkMonthOption('--as-of', opts.asOf);
      // The first origin of a back-test that will be stored: refused here, not rolled over (2021-13) nor thrown deep inside it (0000).
      checkMonthOption('--origins-from', opts.originsFrom);
      // An option that only another one uses is refused rather than ignored (--method without --hierarchy ran a plain forecast).
      if (cmd.getOptionValueSource('method') === 'cli' && !opts.hierarchy) throw new UsageError('--method goes with --hierarchy (the reconciliation of the southwest border hierarchy)', '--method va con --hierarchy (la conciliación de la jerarquía de la frontera suroeste)');
      if (!RECONCILIATION_METHODS.includes(opts.method as ReconciliationMethod)) throw new UsageError(`--method must be one of ${RECONCILIATION_METHODS.join(', ')}`, `--method debe ser uno de ${RECONCILIATION_METHODS.join(', ')}`);
      if (opts.nowcast === true && (opts.asOf || opts.backtest || opts.hierarchy))
        throw new UsageError(
          '--nowcast fills the months after the last one published and forecasts from there: it does not go with --as-of (no later day is known then), --backtest (which scores published months only) or --hierarchy',
          '--nowcast completa los meses posteriores al último publicado y pronostica desde ahí: no va con --as-of (entonces no se conoce ningún día posterior), --backtest (que evalúa solo meses publicados) ni --hierarchy',
        );
      if (cmd.getOptionValueSource('originsFrom') === 'cli' && !opts.backtest) throw new UsageError('--origins-from goes with --backtest (the first origin of the back-test)', '--origins-from va con --backtest (el primer origen de la prueba retrospectiva)');
      const progress = (m: string) => process.stderr.write(`corridor: ${m}\n`);
      const global = cmd.optsWithGlobals<GlobalOptions>();
      // A plain forecast reads; it writes (a new published version) only to store a back-test it had to run,
      // and while another process writes the store it runs that back-test without storing it.
      let stored = false;
      /** The request's forecasts when already stored, read from the published store. */
      let found: SeriesForecast[] | undefined;
      const run = async (store: Store, writable: boolean) => {
        const request = { measure: opts.measure ?? '', where: opts.where, source: opts.source, asOf: opts.asOf, horizon, nowcast: opts.nowcast ?? ('auto' as const) };
        if (opts.hierarchy) {
          if (!RECONCILIATION_METHODS.includes(opts.method as ReconciliationMethod)) throw new UsageError(`--method must be one of ${RECONCILIATION_METHODS.join(', ')}`, `--method debe ser uno de ${RECONCILIATION_METHODS.join(', ')}`);
          const t0 = performance.now();
          const f = await hierarchyForecast(store.conn, { asOf: opts.asOf, horizon, method: opts.method as ReconciliationMethod });
          const seconds = (performance.now() - t0) / 1000;
          const records = hierarchyRows(f.nodes, lang);
          if (format === 'table') process.stdout.write(`${hierarchyEndText(await hierarchyEnd(store, f, opts.asOf), lang)}\n\n`);
          process.stdout.write(`${render(format, records, f)}\n`);
          if (format === 'table') {
            // In Spanish the method's name says the shrinkage already ("MinT con contracción (mint-shrink)").
            const lambda = f.lambda !== undefined ? `, ${es ? '' : 'shrinkage '}λ = ${f.lambda.toFixed(3)}` : '';
            const others = f.calibrated < f.nodes.length ? (es ? ' (ejecute "corridor forecast --backtest" para las demás)' : ' (run "corridor forecast --backtest" for the others)') : '';
            process.stdout.write(es
              ? `\n${f.nodes.length} series pronosticadas con datos hasta ${f.end} y conciliadas (${methodName(f.method).es}${lambda}) en ${seconds.toFixed(1)} s; ${f.calibrated} con la selección y la calibración conforme de una prueba retrospectiva guardada${others}.\n`
              : `\n${f.nodes.length} series forecast from data through ${f.end} and reconciled (${f.method}${lambda}) in ${seconds.toFixed(1)} s; ${f.calibrated} with the selection and conformal calibration of a stored back-test${others}.\n`);
          }
          return;
        }
        if (opts.backtest) {
          if (!opts.measure) return printStandardBacktest(store, opts, format, progress, lang);
          const results = await backtestRequest(store.conn, request, { firstOrigin: opts.originsFrom });
          const records = results.flatMap((r) => scoreRows(r.scores, lang).map((s) => ({ series: r.series.id, ...s })));
          process.stdout.write(`${render(format, records, results.map((r) => ({ series: r.series.id, runId: r.runId, seconds: r.seconds, scores: r.scores })))}\n`);
          if (format === 'table')
            for (const r of results)
              process.stdout.write(es ? `\n${r.series.id}: prueba retrospectiva guardada como ejecución ${r.runId} (${r.seconds.toFixed(1)} s)\n` : `\n${r.series.id}: back-test stored as run ${r.runId} (${r.seconds.toFixed(1)} s)\n`);
          return;
        }
        if (!opts.measure) throw new UsageError('--measure is required (or --backtest, or --hierarchy)', 'falta --measure (o --backtest, o --hierarchy)');
        const forecasts =
          found ??
          (await forecastRequest(store.conn, request, (m) => {
            stored = true; // forecastRequest reports progress only when it runs a back-test and stores it
            progress(es ? backtestingEs(m) : m);
          }, { readOnly: !writable, stored: () => (stored = true) }));
        if (format === 'json') {
          process.stdout.write(`${JSON.stringify(forecasts.map(({ card, months }) => ({ card, months })), null, 2)}\n`);
          return;
        }
        // The vintage each source of the training window is read from (the latest, as the forecast reads it), for the card.
        const vintages = format === 'table' ? await latestVintages(store, opts.measure, opts.source) : undefined;
        for (const f of forecasts) {
          const records = f.months.map((m) => ({ period: m.period, ...intervalColumns(m) }));
          if (format === 'csv') {
            process.stdout.write(`${render(format, records.map((r) => ({ series: f.card.series, ...r })))}\n`);
            continue;
          }
          // The table shows the months the forecast starts from that the nowcast filled, with their intervals, first.
          process.stdout.write(`${f.card.series}\n${render(format, [...nowcastRows(f, es), ...records])}\n\n${modelCardText(f, lang, vintages)}\n\n`);
        }
      };
      if (opts.backtest) await withStore(global, (store) => run(store, true));
      else if (opts.hierarchy) await withStore(global, (store) => run(store, true), () => false); // stores nothing
      else {
        // A forecast already stored is read from the published store: no writable copy of it
        // (a copy of the whole file, the cost of a cold forecast before; issue 15).
        const request = { measure: opts.measure ?? '', where: opts.where, source: opts.source, asOf: opts.asOf, horizon, nowcast: opts.nowcast ?? ('auto' as const) };
        if (opts.measure) {
          const answered = await readStore(global, async (s) => {
            found = await storedForecasts(s.conn, request);
            if (found) await run(s, false);
            return found !== undefined;
          });
          if (answered) return;
        }
        const { busy } = await readOrWriteStore(global, run, () => stored);
        if (busy)
          progress(es
            ? `se leyó el almacén publicado mientras el proceso ${busy.holder.pid} escribe una versión nueva: la prueba retrospectiva de este pronóstico no se guardó`
            : `read the published store while process ${busy.holder.pid} writes a new version: a back-test run for this forecast was not stored`);
      }
    });
}

/** The latest vintage of each source of a measure's tables (the API's provenance names the same). */
async function latestVintages(store: Store, measure: string, source?: string): Promise<Map<string, number>> {
  const datasets = await (await queryCatalogue(store.conn)).datasets(measure, { source });
  const out = new Map<string, number>();
  for (const d of datasets) out.set(d.source, Math.max(out.get(d.source) ?? 0, d.vintage));
  return out;
}

/** A count rounded for a table: never "-0" (a reconciled cell a hair below zero printed as "-0"). */
function round(v: number): number {
  return Math.round(v) || 0;
}

function intervalColumns(m: { mean: number; intervals: readonly { level: number; lower: number; upper: number }[] }): Record<string, number> {
  const out: Record<string, number> = { forecast: round(m.mean) };
  for (const iv of m.intervals) {
    out[`lower${iv.level}`] = round(iv.lower);
    out[`upper${iv.level}`] = round(iv.upper);
  }
  return out;
}

/** The filled months a forecast starts from (upstream/nowcast-fill.ts), marked as nowcasts, with their intervals where measured. */
export function nowcastRows(f: SeriesForecast, es: boolean): Record<string, string | number>[] {
  return (f.card.nowcast?.months ?? []).map((m) => ({ period: `${m.month} (${es ? 'estimación inmediata' : 'nowcast'})`, ...intervalColumns({ mean: m.value, intervals: m.intervals ?? [] }) }));
}

const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(0)}%` : 'n/a');
const fixed = (v: number, d = 2) => (Number.isFinite(v) ? v.toFixed(d) : 'n/a');

function scoreColumns(s: ModelScore): Record<string, string | number> {
  return {
    model: s.model,
    version: s.version.length > 14 ? `${s.version.slice(0, 11)}...` : s.version,
    origins: s.origins,
    forecasts: s.overall.n,
    mase: fixed(s.overall.mase, 3),
    smape: fixed(s.overall.smape, 1),
    coverage80: pct(s.overall.coverage80),
    coverage95: pct(s.overall.coverage95),
    winkler80: fixed(s.overall.winkler80),
    winkler95: fixed(s.overall.winkler95),
    own_coverage80: pct(s.ownCoverage80),
  };
}

/** The hierarchy's table: every series' months, its level and model named in the reader's language (the JSON keeps the ids). */
export function hierarchyRows(nodes: readonly (Pick<NodeForecast, 'id' | 'level' | 'months' | 'base'> & { card: { model: string } })[], lang: Lang): Record<string, string | number>[] {
  return nodes.flatMap((n) => n.months.map((m, k) => ({ series: n.id, level: levelLabel(n.level, lang), model: modelName(n.card.model)[lang], period: m.period, base: round(n.base[k]), ...intervalColumns(m) })));
}

/** A level of the hierarchy (its dimensions joined by " × ", "total", or the reconciliation's "all") in the reader's language. */
export function levelLabel(level: string, lang: Lang): string {
  if (lang === 'en') return level;
  if (level === 'all') return 'todos';
  return level.split(' × ').map((d) => DIMENSION_NAMES[d as Dimension]?.es ?? d).join(' × ');
}

/** The same point forecasts: the default's forecast at an origin is the selected model's (backtest.ts calibrateAndSelect); its intervals may differ by a hair. */
function sameForecasts(a: ModelScore, b: ModelScore): boolean {
  const close = (x: number, y: number) => x === y || Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x), Math.abs(y));
  return a.origins === b.origins && a.overall.n === b.overall.n && close(a.overall.mase, b.overall.mase) && close(a.overall.smape, b.overall.smape);
}

/**
 * The model the default row of a back-test is (DEFAULT_MODEL: the model selected at each
 * origin): the combination when it forecast at every origin and every other model is one that
 * never replaces it (backtest.ts selectModel, NEVER_SELECTED_OVER_COMBINATION); else the model
 * whose point forecasts it has at every origin; undefined when it switched between models.
 */
export function defaultIs(scores: readonly ModelScore[]): ModelScore | undefined {
  const d = scores.find((s) => s.model === DEFAULT_MODEL);
  if (!d) return undefined;
  const models = scores.filter((s) => s.model !== DEFAULT_MODEL && !s.model.startsWith('reconciled:'));
  const combination = models.find((s) => s.model === 'combination');
  if (combination && combination.origins === d.origins && models.every((s) => s === combination || NEVER_SELECTED_OVER_COMBINATION.includes(s.model))) return combination;
  const same = models.filter((s) => sameForecasts(s, d));
  return same.find((s) => s.model === 'combination') ?? same[0];
}

/**
 * A back-test's scores as a person reads them (table and CSV; the JSON keeps the scores as they
 * are): the default row names the model it is, with that model's version (its version in the
 * analysis lists every model's, "snaive@…,ets@…,…", which cut to 14 characters read as the
 * seasonal naive's), and the models named in the reader's language as the model card names them
 * (card-text.ts modelName: combinación, ingenuo estacional (snaive), conciliado: MinT con contracción
 * (mint-shrink); ets, theta, arima and mstl are names in Spanish too). The JSON keeps the ids.
 */
export function scoreRows(scores: readonly ModelScore[], lang: Lang): Record<string, string | number>[] {
  const es = lang === 'es';
  const is = defaultIs(scores);
  const na = (v: string) => (es && v === 'n/a' ? 'n/d' : v);
  return scores.map((s) => {
    const row = scoreColumns(s);
    if (s.model === DEFAULT_MODEL) {
      row.model = is ? `${es ? 'predeterminado' : 'default'} (= ${modelName(is.model)[lang]})` : es ? 'predeterminado (elegido en cada origen)' : 'default (selected per origin)';
      row.version = is ? scoreColumns(is).version : es ? 'varía' : 'varies';
    } else row.model = modelName(s.model)[lang];
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? na(v) : v]));
  });
}

/** The reconciliation's scores by method and level, as a table in the reader's language ("series": how many; methods named as card-text.ts methodName names them). */
export function reconciliationTable(rows: readonly ReconciliationScore[], lang: Lang): string {
  const na = (v: string) => (lang === 'es' && v === 'n/a' ? 'n/d' : v);
  const records = rows.map((r) => ({ method: methodName(r.method)[lang], level: levelLabel(r.level, lang), series: r.nodes, mase: na(fixed(r.mase, 3)), smape: na(fixed(r.smape, 1)), coverage80: na(pct(r.coverage80)), coverage95: na(pct(r.coverage95)) }));
  return renderIn(lang, 'table', records, records, { series: 'series' });
}

/** Where the hierarchy's data end, and the months the total has published after that end. */
export interface HierarchyEnd {
  /** The last month every series of the hierarchy has (its bottom cells end there). */
  end: string;
  /** The first month forecast. */
  start: string;
  /** The total, when it has published months after `end`: its id, the request that forecasts it alone, and its last month. */
  total?: { id: string; command: string; to: string };
}

/**
 * The total's published months after the hierarchy's end. The hierarchy's result cuts every series
 * at the common end and keeps no trace of the months cut (hierarchy.ts loadHierarchy), so the
 * total's series is read again, as `corridor forecast --measure ... --where ...` reads it.
 */
async function hierarchyEnd(store: Store, f: { end: string; nodes: readonly NodeForecast[] }, asOf: string | undefined): Promise<HierarchyEnd> {
  const start = f.nodes[0]?.months[0]?.period ?? addMonths(f.end, 1);
  const total = f.nodes.find((n) => n.level === 'total');
  if (!total) return { end: f.end, start };
  const where = Object.entries(total.card.keys).map(([d, v]) => `${d}=${v}`);
  const [series] = await extractSeries(store.conn, { measure: total.card.measure, where }, { asOf });
  const to = series ? addMonths(series.start, series.values.length - 1) : f.end;
  if (to <= f.end) return { end: f.end, start };
  const command = `corridor forecast --measure ${total.card.measure}${where.map((w) => ` --where ${w}`).join('')}${asOf ? ` --as-of ${asOf}` : ''}`;
  return { end: f.end, start, total: { id: total.id, command, to } };
}

/** The line before the hierarchy's table: its data end, where the forecast starts, and the total's later published months. */
export function hierarchyEndText(h: HierarchyEnd, lang: Lang): string {
  const es = lang === 'es';
  // Months in words ("August 2025", "agosto de 2025"); the command keeps its parameters as typed.
  const [end, start] = [monthWords(h.end)[lang], monthWords(h.start)[lang]];
  const first = es
    ? `Datos hasta ${end}, el último mes que tienen todas las series de la jerarquía (ahí terminan sus desgloses más finos): el pronóstico empieza en ${start}.`
    : `Data through ${end}, the last month every series of the hierarchy has (its finest breakdowns end there): the forecast starts in ${start}.`;
  if (!h.total) return first;
  const t = h.total;
  const later = monthRangeWords(h.start, t.to)[lang];
  return es
    ? `${first}\nEl total (${t.id}) tiene cifras publicadas después de ${end}, ${later}: esta tabla pronostica esos meses sin ellas; el pronóstico propio del total, desde su último mes publicado: ${t.command}`
    : `${first}\nThe total (${t.id}) has published figures after ${end}, ${later}: this table forecasts those months without them; the total's own forecast, from its last published month: ${t.command}`;
}

async function printStandardBacktest(store: Parameters<Parameters<typeof withStore>[1]>[0], opts: ForecastCliOptions, format: Format, progress: (m: string) => void, lang: Lang): Promise<void> {
  const es = lang === 'es';
  const render = (f: Format, records: Parameters<typeof renderIn>[2]) => renderIn(lang, f, records);
  progress(es
    ? `prueba retrospectiva estándar de la jerarquía de la frontera suroeste: cada serie, cada modelo, orígenes mensuales desde ${opts.originsFrom}, horizontes 1-12`
    : `standard back-test of the southwest border hierarchy: every series, every model, monthly origins from ${opts.originsFrom}, horizons 1-12`);
  const run = await standardBacktest(store.conn, {
    asOf: opts.asOf,
    firstOrigin: opts.originsFrom,
    backtestNodes: pooledNodeBacktester({ progress: (done, total) => { if (done % 20 === 0 || done === total) progress(es ? `${done}/${total} series evaluadas` : `${done}/${total} series back-tested`); } }),
  });
  const scores = (n: (typeof run.result.nodes)[number]) => [...n.scores, ...(run.result.reconciledScores.get(n.id) ?? []).map((s) => ({ ...s, model: `reconciled:${s.model}` }))];
  if (format === 'json') {
    // The JSON is for programs: its fields and values as they were (English codes, versions as scoreColumns cut them).
    const records = run.result.nodes.flatMap((n) => scores(n).map((s) => ({ series: n.id, ...scoreColumns(s) })));
    const reconciliation = run.result.reconciliation.map((r) => ({ method: r.method, level: r.level, series: r.nodes, mase: fixed(r.mase, 3), smape: fixed(r.smape, 1), coverage80: pct(r.coverage80), coverage95: pct(r.coverage95) }));
    process.stdout.write(`${JSON.stringify({ runId: run.runId, seconds: run.seconds, end: run.hierarchy.end, scores: records, reconciliation, reconciliationOrigins: run.result.origins }, null, 2)}\n`);
    return;
  }
  const records = run.result.nodes.flatMap((n) => scoreRows(scores(n), lang).map((s) => ({ series: n.id, ...s })));
  process.stdout.write(`${render(format, records)}\n`);
  if (format === 'table') {
    const o = run.result.origins;
    process.stdout.write(es
      ? `\nConciliación en ${o.length} orígenes (${o[0]} a ${o.at(-1)}), media sobre las series de cada nivel:\n`
      : `\nReconciliation at ${o.length} origins (${o[0]} to ${o.at(-1)}), mean over each level's series:\n`);
    process.stdout.write(`${reconciliationTable(run.result.reconciliation, lang)}\n`);
    process.stdout.write(es
      ? `\n${run.result.nodes.length} series, datos hasta ${run.hierarchy.end}; guardada como ejecución ${run.runId} (${run.seconds.toFixed(1)} s)\n`
      : `\n${run.result.nodes.length} series, data through ${run.hierarchy.end}; stored as run ${run.runId} (${run.seconds.toFixed(1)} s)\n`);
  }
}

/** The analysis's progress line (English, src/analysis/forecast/run.ts) said in Spanish; an unknown one is marked as English, not passed off. */
function backtestingEs(m: string): string {
  const series = /^back-testing (.+) \(monthly origins, horizons 1-(\d+)\)/.exec(m);
  return series
    ? `prueba retrospectiva de ${series[1]} (orígenes mensuales, horizontes 1-${series[2]}); los resultados se guardan para el próximo pronóstico`
    : `(en inglés) ${m}`;
}

/** A month option, YYYY-MM, with a month of the calendar and a year corridor can hold. */
export function checkMonthOption(name: string, value: string | undefined): void {
  if (value === undefined) return;
  if (!/^\d{4}-\d{2}$/.test(value)) throw new UsageError(`${name} takes a month, YYYY-MM, not "${value}"`, `${name} admite un mes, AAAA-MM, no "${value}"`);
  normalisePeriod(value, 'month', 'from');
}
