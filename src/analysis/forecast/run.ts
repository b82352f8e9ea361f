/**
 * What `corridor forecast` and the API run: forecasts of the series a request
 * names, the standard back-test of the southwest border hierarchy, and the reconciled
 * forecasts of that hierarchy, with back-test results read from and written to the store.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { RawSeriesParams } from '../../store/query/request.js';
import { runBacktest, type BacktestOptions, type ModelScore, type SeriesBacktest } from './backtest.js';
import { backtestEvidence, condenseBacktest, evidenceFromStore, forecastSeries, type BacktestEvidence, type SeriesForecast } from './forecast.js';
import { loadHierarchy, SWB_HIERARCHY, type Hierarchy, type HierarchySpec } from './hierarchy.js';
import { backtestHierarchy, DEFAULT_RECONCILIATION, type NodeBacktester, forecastHierarchy, type HierarchyBacktest, type HierarchyForecast } from './hierarchy-forecast.js';
import { addMonths } from './months.js';
import type { ReconciliationMethod } from '@corridor/forecast';
import { loadModels, type RegisteredModel } from './registry.js';
import { withUpstream } from './upstream/models.js';
import { nowcastFill, type NowcastFill } from './upstream/nowcast-fill.js';
import { forecastKey } from './forecast-key.js';
import { currentVintages, latestResult, storedForecast, writeForecast, writeRun, type SeriesResults } from './results-store.js';
import { extractSeries, type MonthlySeries } from './series.js';
import { WINDOW_DEFAULTS } from './window.js';

/** The standard back-test: monthly origins from October 2015, horizons 1 to 12. */
export const STANDARD = { firstOrigin: '2015-10', horizon: 12, levels: [80, 95] } as const;

export type Progress = (message: string) => void;

function lastMonth(s: Pick<MonthlySeries, 'start' | 'values'>): string {
  return addMonths(s.start, s.values.length - 1);
}

function versionsOf(registered: readonly RegisteredModel[]): Map<string, string> {
  return new Map(registered.map((r) => [r.model.id, r.version]));
}

function settings(opts: BacktestOptions): Record<string, unknown> {
  return { ...STANDARD, ...WINDOW_DEFAULTS, ...opts };
}

function resultsOf(series: string, scores: ModelScore[], evidence: BacktestEvidence, registered: readonly RegisteredModel[]): SeriesResults {
  return { series, scores, selected: evidence.selected, calibrations: evidence.calibrations, versions: versionsOf(registered) };
}

/** Stored evidence for a series, or a back-test run now and stored. */
export async function evidenceFor(conn: DuckDBConnection, series: MonthlySeries, registered: readonly RegisteredModel[], progress: Progress = () => {}): Promise<BacktestEvidence | undefined> {
  const through = lastMonth(series);
  const stored = await latestResult(conn, series.id, through, versionsOf(registered));
  if (stored) return evidenceFromStore(stored);
  if (series.values.length < 36) return undefined;
  progress(`back-testing ${series.id} (monthly origins, horizons 1-${STANDARD.horizon}); the results are stored for the next forecast`);
  const started = new Date();
  const t0 = performance.now();
  const opts: BacktestOptions = { firstOrigin: STANDARD.firstOrigin };
  const { scores, evidence } = backtestEvidence(series, registered, opts);
  const runId = await writeRun(
    conn,
    { kind: 'series', startedAt: started, seconds: (performance.now() - t0) / 1000, settings: settings(opts), dataThrough: through, vintages: await currentVintages(conn) },
    [resultsOf(series.id, scores, evidence, registered)],
  );
  return { ...evidence, runId, startedAt: started.toISOString() };
}

/**
 * Evidence for a series without writing to the store (for the read-only API): the
 * latest stored back-test when there is one, else a back-test run now by `backtest`
 * (e.g. in a child process, so a server's event loop is not held) and not stored.
 */
export async function readOnlyEvidence(
  conn: DuckDBConnection,
  series: MonthlySeries,
  registered: readonly RegisteredModel[],
  backtest: (series: MonthlySeries, opts: BacktestOptions) => Promise<SeriesBacktest> = async (s, opts) => runBacktest(s, registered, opts),
): Promise<BacktestEvidence | undefined> {
  const stored = await latestResult(conn, series.id, lastMonth(series), versionsOf(registered), { readOnly: true });
  if (stored) return evidenceFromStore(stored);
  if (series.values.length < 36) return undefined;
  const started = new Date();
  const { evidence } = condenseBacktest(await backtest(series, { firstOrigin: STANDARD.firstOrigin }));
  return { ...evidence, startedAt: started.toISOString() };
}

export interface ForecastRequest extends RawSeriesParams {
  horizon?: number;
  asOf?: string;
  /**
   * Fill the months not yet published from INM's daily copy before forecasting
   * (upstream/nowcast-fill.ts): true, always, and the card says what was filled or why nothing
   * was; 'auto' (the faces' default), only when the series has such months and INM's copy has
   * its breakdown, never with asOf, and the card speaks of it only when something was filled;
   * false or absent, never.
   */
  nowcast?: boolean | 'auto';
}

/**
 * The series a forecast starts from: as published, or with its unpublished latest months
 * nowcast when the request asks (never with asOf: the days after it are not known then).
 * `fill` is what the card says of the nowcast (absent when it says nothing).
 */
export async function forecastStart(conn: DuckDBConnection, s: MonthlySeries, req: Pick<ForecastRequest, 'asOf' | 'nowcast'>): Promise<{ series: MonthlySeries; fill?: NowcastFill }> {
  if (!req.nowcast || (req.nowcast === 'auto' && req.asOf)) return { series: s };
  if (req.asOf) throw new Error('a nowcast fills the months after the last one published; with asOf the data end at that month and no later day is known');
  const start = await nowcastFill(conn, s);
  return req.nowcast === 'auto' && start.fill.months.length === 0 ? { series: s } : start;
}

/**
 * Forecasts of every series a request names, each with its model card. A back-test run
 * for a series without a stored one is stored, and so is the forecast (forecast_outputs:
 * the same request on the same data, models and code is then answered from the store),
 * unless `readOnly` (then nothing is stored). `stored` is called when something was written.
 */
export async function forecastRequest(conn: DuckDBConnection, req: ForecastRequest, progress?: Progress, opts: { readOnly?: boolean; stored?: () => void } = {}): Promise<SeriesForecast[]> {
  const registered = await loadModels();
  const series = await extractSeries(conn, req, { asOf: req.asOf });
  const out: SeriesForecast[] = [];
  const horizon = req.horizon ?? STANDARD.horizon;
  for (const s of series) {
    const models = await withUpstream(conn, s, registered, req.asOf);
    const start = await forecastStart(conn, s, req);
    // The same forecast of the same data, models and code, made before: answered from the store.
    const key = forecastKey(start.series, models, { horizon, levels: STANDARD.levels, window: WINDOW_DEFAULTS, firstOrigin: STANDARD.firstOrigin, ...(start.fill ? { nowcast: true } : {}) });
    const stored = await storedForecast<SeriesForecast>(conn, s.id, key);
    if (stored) {
      out.push(stored);
      continue;
    }
    // The back-test (selection, weights, calibration) is of the published months only.
    const evidence = opts.readOnly ? await readOnlyEvidence(conn, s, models) : await evidenceFor(conn, s, models, progress);
    // The nowcast months' own error, where measured, is carried into the bands (upstream/nowcast-bands.ts).
    const made = forecastSeries(start.series, models, evidence, { horizon, added: start.fill?.carried?.quantiles });
    if (start.fill) made.card.nowcast = start.fill;
    // Stored only with a stored back-test behind it (its run id), and never by a read-only caller.
    if (!opts.readOnly && evidence?.runId) {
      await writeForecast(conn, s.id, key, evidence.runId, made);
      opts.stored?.();
    }
    out.push(made);
  }
  return out;
}

/**
 * The forecasts of a request when every series it names has one stored under its key
 * (same data, models and code), else undefined: reads only, so a command can answer
 * from the published store without making a writable copy of it first.
 */
export async function storedForecasts(conn: DuckDBConnection, req: ForecastRequest): Promise<SeriesForecast[] | undefined> {
  const registered = await loadModels();
  const series = await extractSeries(conn, req, { asOf: req.asOf });
  const horizon = req.horizon ?? STANDARD.horizon;
  const out: SeriesForecast[] = [];
  for (const s of series) {
    const models = await withUpstream(conn, s, registered, req.asOf);
    const start = await forecastStart(conn, s, req);
    const key = forecastKey(start.series, models, { horizon, levels: STANDARD.levels, window: WINDOW_DEFAULTS, firstOrigin: STANDARD.firstOrigin, ...(start.fill ? { nowcast: true } : {}) });
    const stored = await storedForecast<SeriesForecast>(conn, s.id, key);
    if (!stored) return undefined;
    out.push(stored);
  }
  return out;
}

/** A back-test of the series a request names (every model, stored). */
export async function backtestRequest(conn: DuckDBConnection, req: ForecastRequest, opts: BacktestOptions = {}): Promise<{ series: MonthlySeries; scores: ModelScore[]; runId: string; seconds: number }[]> {
  const registered = await loadModels();
  const out = [];
  for (const s of await extractSeries(conn, req, { asOf: req.asOf })) {
    const started = new Date();
    const t0 = performance.now();
    const full = { firstOrigin: STANDARD.firstOrigin, ...opts };
    const models = await withUpstream(conn, s, registered, req.asOf);
    const { scores, evidence } = backtestEvidence(s, models, full);
    const seconds = (performance.now() - t0) / 1000;
    const runId = await writeRun(conn, { kind: 'series', startedAt: started, seconds, settings: settings(full), dataThrough: lastMonth(s), vintages: await currentVintages(conn) }, [
      resultsOf(s.id, scores, evidence, models),
    ]);
    out.push({ series: s, scores, runId, seconds });
  }
  return out;
}

export interface StandardBacktest {
  hierarchy: Hierarchy;
  result: HierarchyBacktest;
  runId: string;
  seconds: number;
}

/**
 * The standard back-test: every node of the southwest border hierarchy, every model,
 * monthly origins from October 2015, then reconciliation; stored as one run.
 */
export async function standardBacktest(
  conn: DuckDBConnection,
  opts: BacktestOptions & { asOf?: string; spec?: HierarchySpec; registered?: RegisteredModel[]; backtestNodes?: NodeBacktester } = {},
): Promise<StandardBacktest> {
  const registered = opts.registered ?? (await loadModels());
  const hierarchy = await loadHierarchy(conn, opts.spec ?? SWB_HIERARCHY, { asOf: opts.asOf });
  const started = new Date();
  const t0 = performance.now();
  const { asOf: _asOf, spec: _spec, registered: _registered, backtestNodes, ...btOpts } = opts;
  const full: BacktestOptions = { firstOrigin: STANDARD.firstOrigin, ...btOpts };
  const result = await backtestHierarchy(hierarchy, registered, { ...full, backtestNodes });
  const seconds = (performance.now() - t0) / 1000;
  const results: SeriesResults[] = result.nodes.map((n) => {
    const reconciled = (result.reconciledScores.get(n.id) ?? []).map((s) => ({ ...s, model: `reconciled:${s.model}` }));
    return { ...resultsOf(n.id, [...n.scores, ...reconciled], n.evidence, registered) };
  });
  const runId = await writeRun(
    conn,
    { kind: 'standard', startedAt: started, seconds, settings: { ...settings(full), hierarchy: hierarchy.spec.id, nodes: hierarchy.nodes.length }, dataThrough: hierarchy.end, vintages: await currentVintages(conn) },
    results,
  );
  return { hierarchy, result, runId, seconds };
}

/** Reconciled forecasts of every node of the hierarchy, with the stored back-test's selection and calibration. */
export async function hierarchyForecast(conn: DuckDBConnection, opts: { asOf?: string; horizon?: number; method?: ReconciliationMethod; spec?: HierarchySpec } = {}): Promise<HierarchyForecast & { calibrated: number }> {
  const registered = await loadModels();
  const hierarchy = await loadHierarchy(conn, opts.spec ?? SWB_HIERARCHY, { asOf: opts.asOf });
  const versions = versionsOf(registered);
  const evidence = new Map<string, BacktestEvidence>();
  for (const n of hierarchy.nodes) {
    const stored = await latestResult(conn, n.id, hierarchy.end, versions);
    if (stored) evidence.set(n.id, evidenceFromStore(stored));
  }
  const forecast = forecastHierarchy(hierarchy, registered, (id) => evidence.get(id), { horizon: opts.horizon ?? STANDARD.horizon, method: opts.method ?? DEFAULT_RECONCILIATION });
  return { ...forecast, calibrated: evidence.size };
}
