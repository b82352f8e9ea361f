/**
 * corridor forecast: the next months of a monthly series with 80% and 95% intervals and
 * its model card; --backtest: rolling-origin back-tests; --hierarchy: reconciled
 * forecasts of every series of the southwest border hierarchy.
 */
import type { Command } from 'commander';
import type { ModelScore } from '../../analysis/forecast/backtest.js';
import type { SeriesForecast } from '../../analysis/forecast/forecast.js';
import { pooledNodeBacktester } from '../../analysis/forecast/backtest-pool.js';
import { RECONCILIATION_METHODS, type ReconciliationMethod } from '@corridor/forecast';
import { backtestRequest, forecastRequest, hierarchyForecast, standardBacktest, storedForecasts, STANDARD } from '../../analysis/forecast/run.js';
import { UsageError } from '../../errors.js';
import { normalisePeriod } from '../../store/query/periods.js';
import type { Store } from '../../store/open.js';
import { readOrWriteStore, readStore, withStore, type GlobalOptions } from '../context.js';
import { parseFormat, type Format } from '../format.js';
import { renderIn } from '../columns.js';
import { modelCardText } from '../forecast-card.js';
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
          const records = f.nodes.flatMap((n) => n.months.map((m, k) => ({ series: n.id, level: n.level, model: n.card.model, period: m.period, base: round(n.base[k]), ...intervalColumns(m) })));
          process.stdout.write(`${render(format, records, f)}\n`);
          if (format === 'table') {
            const lambda = f.lambda !== undefined ? `, ${es ? 'contracción' : 'shrinkage'} λ = ${f.lambda.toFixed(3)}` : '';
            const others = f.calibrated < f.nodes.length ? (es ? ' (ejecute "corridor forecast --backtest" para las demás)' : ' (run "corridor forecast --backtest" for the others)') : '';
            process.stdout.write(es
              ? `\n${f.nodes.length} series pronosticadas con datos hasta ${f.end} y conciliadas (${f.method}${lambda}) en ${seconds.toFixed(1)} s; ${f.calibrated} con la selección y la calibración conforme de una prueba retrospectiva guardada${others}.\n`
              : `\n${f.nodes.length} series forecast from data through ${f.end} and reconciled (${f.method}${lambda}) in ${seconds.toFixed(1)} s; ${f.calibrated} with the selection and conformal calibration of a stored back-test${others}.\n`);
          }
          return;
        }
        if (opts.backtest) {
          if (!opts.measure) return printStandardBacktest(store, opts, format, progress, lang);
          const results = await backtestRequest(store.conn, request, { firstOrigin: opts.originsFrom });
          const records = results.flatMap((r) => r.scores.map((s) => ({ series: r.series.id, ...scoreColumns(s) })));
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
        for (const f of forecasts) {
          const records = f.months.map((m) => ({ period: m.period, ...intervalColumns(m) }));
          if (format === 'csv') {
            process.stdout.write(`${render(format, records.map((r) => ({ series: f.card.series, ...r })))}\n`);
            continue;
          }
          // The table shows the months the forecast starts from that the nowcast filled, with their intervals, first.
          process.stdout.write(`${f.card.series}\n${render(format, [...nowcastRows(f, es), ...records])}\n\n${modelCardText(f, lang)}\n\n`);
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
  const records = run.result.nodes.flatMap((n) => [...n.scores, ...(run.result.reconciledScores.get(n.id) ?? []).map((s) => ({ ...s, model: `reconciled:${s.model}` }))].map((s) => ({ series: n.id, ...scoreColumns(s) })));
  const reconciliation = run.result.reconciliation.map((r) => ({ method: r.method, level: r.level, series: r.nodes, mase: fixed(r.mase, 3), smape: fixed(r.smape, 1), coverage80: pct(r.coverage80), coverage95: pct(r.coverage95) }));
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ runId: run.runId, seconds: run.seconds, end: run.hierarchy.end, scores: records, reconciliation, reconciliationOrigins: run.result.origins }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${render(format, records)}\n`);
  if (format === 'table') {
    const o = run.result.origins;
    process.stdout.write(es
      ? `\nConciliación en ${o.length} orígenes (${o[0]} a ${o.at(-1)}), media sobre las series de cada nivel:\n`
      : `\nReconciliation at ${o.length} origins (${o[0]} to ${o.at(-1)}), mean over each level's series:\n`);
    process.stdout.write(`${render(format, reconciliation)}\n`);
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
