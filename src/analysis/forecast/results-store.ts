/**
 * Back-test results kept in the store, so that accuracy can be compared across runs,
 * model versions and data vintages, and so that forecasts reuse the calibration and
 * the model selection of the latest back-test of the same series and data.
 *
 * The tables are created here (CREATE TABLE IF NOT EXISTS) the first time a back-test
 * is written or read; they are not part of the loaded data and `corridor ingest`
 * never touches them.
 */
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { randomUUID } from 'node:crypto';
import { rows } from '../../store/open.js';
import type { ModelScore } from './backtest.js';
import type { AccuracySummary } from './metrics.js';
import type { Calibration } from './conformal.js';
import { forecastFrameworkVersion } from './forecast-key.js';

export const RESULTS_DDL = `
CREATE TABLE IF NOT EXISTS forecast_runs (
  run_id VARCHAR PRIMARY KEY,
  kind VARCHAR NOT NULL,            -- 'series', 'standard' (the hierarchy's back-test)
  started_at TIMESTAMP NOT NULL,
  seconds DOUBLE NOT NULL,          -- wall time of the run
  settings JSON NOT NULL,           -- horizon, levels, origins, window rule
  data_through VARCHAR NOT NULL,    -- last month of data used, 'YYYY-MM'
  vintages JSON NOT NULL            -- source -> vintage id of the data
);
CREATE TABLE IF NOT EXISTS forecast_scores (
  run_id VARCHAR NOT NULL,
  series VARCHAR NOT NULL,
  model VARCHAR NOT NULL,           -- model id, 'default' (online selection) or a reconciliation
  model_version VARCHAR NOT NULL,   -- sha256 prefix of the model's source
  horizon INTEGER NOT NULL,         -- 1..12, or 0 for all horizons together
  origins INTEGER NOT NULL,
  n INTEGER NOT NULL,
  mase DOUBLE, smape DOUBLE,
  coverage80 DOUBLE, coverage95 DOUBLE,
  winkler80 DOUBLE, winkler95 DOUBLE,
  own_coverage80 DOUBLE, own_coverage95 DOUBLE,
  selected BOOLEAN NOT NULL         -- the model a forecast of this series now uses
);
CREATE TABLE IF NOT EXISTS forecast_calibrations (
  run_id VARCHAR NOT NULL,
  series VARCHAR NOT NULL,
  model VARCHAR NOT NULL,
  model_version VARCHAR NOT NULL,
  data_through VARCHAR NOT NULL,
  calibration JSON NOT NULL
);`;

export async function ensureResultTables(conn: DuckDBConnection): Promise<void> {
  await conn.run(RESULTS_DDL);
}

/** Whether the result tables exist (a store opened read-only cannot create them). */
export async function hasResultTables(conn: DuckDBConnection): Promise<boolean> {
  const found = await rows<{ n: number }>(
    conn,
    "SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = current_schema() AND table_name IN ('forecast_runs', 'forecast_scores', 'forecast_calibrations')",
  );
  return found[0]?.n === 3;
}

export interface RunRecord {
  kind: 'series' | 'standard';
  startedAt: Date;
  seconds: number;
  settings: Record<string, unknown>;
  dataThrough: string;
  vintages: Record<string, number>;
}

export interface SeriesResults {
  series: string;
  scores: ModelScore[];
  selected?: string;
  calibrations: Map<string, Calibration>;
  versions: Map<string, string>;
}

function appendNumber(a: DuckDBAppender, v: number): void {
  if (Number.isFinite(v)) a.appendDouble(v);
  else a.appendNull();
}

function appendSummary(a: DuckDBAppender, s: AccuracySummary): void {
  for (const v of [s.mase, s.smape, s.coverage80, s.coverage95, s.winkler80, s.winkler95]) appendNumber(a, v);
}

/** Writes one run with the scores and calibrations of its series; returns the run id. */
export async function writeRun(conn: DuckDBConnection, run: RunRecord, results: readonly SeriesResults[]): Promise<string> {
  await ensureResultTables(conn);
  const runId = randomUUID();
  await conn.run('BEGIN TRANSACTION');
  try {
    await conn.run(`INSERT INTO forecast_runs VALUES (?, ?, CAST(? AS TIMESTAMP), ?, CAST(? AS JSON), ?, CAST(? AS JSON))`, [
      runId,
      run.kind,
      run.startedAt.toISOString().replace('T', ' ').replace('Z', ''),
      run.seconds,
      // The framework's code version (calibration, bands, window rule) goes with every run: results of other code are not reused.
      JSON.stringify({ framework: forecastFrameworkVersion(), ...run.settings }),
      run.dataThrough,
      JSON.stringify(run.vintages),
    ]);
    const scores = await conn.createAppender('forecast_scores');
    const cals = await conn.createAppender('forecast_calibrations');
    for (const r of results) {
      for (const s of r.scores) {
        const rowsOf: [number, AccuracySummary][] = [[0, s.overall], ...s.byHorizon.map((b, i) => [i + 1, b] as [number, AccuracySummary])];
        for (const [h, summary] of rowsOf) {
          scores.appendVarchar(runId);
          scores.appendVarchar(r.series);
          scores.appendVarchar(s.model);
          scores.appendVarchar(s.version);
          scores.appendInteger(h);
          scores.appendInteger(s.origins);
          scores.appendInteger(summary.n);
          appendSummary(scores, summary);
          appendNumber(scores, h === 0 ? s.ownCoverage80 : NaN);
          appendNumber(scores, h === 0 ? s.ownCoverage95 : NaN);
          scores.appendBoolean(s.model === r.selected);
          scores.endRow();
        }
      }
      for (const [model, cal] of r.calibrations) {
        cals.appendVarchar(runId);
        cals.appendVarchar(r.series);
        cals.appendVarchar(model);
        cals.appendVarchar(r.versions.get(model) ?? '');
        cals.appendVarchar(run.dataThrough);
        cals.appendVarchar(JSON.stringify(cal));
        cals.endRow();
      }
    }
    scores.closeSync();
    cals.closeSync();
    await conn.run('COMMIT');
  } catch (e) {
    await conn.run('ROLLBACK');
    throw e;
  }
  return runId;
}

export interface StoredSeriesResult {
  runId: string;
  startedAt: string;
  selected?: string;
  /** Overall scores by model. */
  scores: Map<string, { version: string; origins: number; summary: AccuracySummary; ownCoverage80: number; ownCoverage95: number }>;
  calibrations: Map<string, Calibration>;
}

/**
 * The latest stored back-test of a series on data through `dataThrough`, whose model
 * versions match `versions` (a changed model invalidates its results) and run by this
 * framework code (forecastFrameworkVersion: a change to the calibration, the bands or the
 * window rule invalidates every result, whose stored quantiles came from the old code).
 */
export async function latestResult(
  conn: DuckDBConnection,
  series: string,
  dataThrough: string,
  versions: Map<string, string>,
  opts: { readOnly?: boolean } = {},
): Promise<StoredSeriesResult | undefined> {
  if (!opts.readOnly) await ensureResultTables(conn);
  else if (!(await hasResultTables(conn))) return undefined;
  const runs = await rows<{ run_id: string; started_at: string }>(
    conn,
    `SELECT DISTINCT r.run_id, r.started_at FROM forecast_runs r JOIN forecast_calibrations c USING (run_id)
      WHERE c.series = ? AND c.data_through = ? AND json_extract_string(r.settings, '$.framework') = ? ORDER BY r.started_at DESC LIMIT 5`,
    [series, dataThrough, forecastFrameworkVersion()],
  );
  for (const run of runs) {
    const found = await rows<{ model: string; model_version: string; origins: number; n: number; mase: number | null; smape: number | null; coverage80: number | null; coverage95: number | null; winkler80: number | null; winkler95: number | null; own_coverage80: number | null; own_coverage95: number | null; selected: boolean }>(
      conn,
      `SELECT * FROM forecast_scores WHERE run_id = ? AND series = ? AND horizon = 0`,
      [run.run_id, series],
    );
    const stale = found.some((s) => versions.has(s.model) && versions.get(s.model) !== s.model_version);
    if (stale || found.length === 0) continue;
    const cals = await rows<{ model: string; calibration: string }>(conn, `SELECT model, calibration::VARCHAR AS calibration FROM forecast_calibrations WHERE run_id = ? AND series = ?`, [run.run_id, series]);
    const num = (v: number | null) => (v === null ? NaN : v);
    return {
      runId: run.run_id,
      startedAt: String(run.started_at),
      selected: found.find((s) => s.selected)?.model,
      scores: new Map(
        found.map((s) => [
          s.model,
          {
            version: s.model_version,
            origins: s.origins,
            summary: { n: s.n, mase: num(s.mase), smape: num(s.smape), coverage80: num(s.coverage80), coverage95: num(s.coverage95), winkler80: num(s.winkler80), winkler95: num(s.winkler95) },
            ownCoverage80: num(s.own_coverage80),
            ownCoverage95: num(s.own_coverage95),
          },
        ]),
      ),
      calibrations: new Map(cals.map((c) => [c.model, JSON.parse(c.calibration) as Calibration])),
    };
  }
  return undefined;
}

/** Vintage of each source in the store now (what a run's data came from). */
export async function currentVintages(conn: DuckDBConnection): Promise<Record<string, number>> {
  const found = await rows<{ source_id: string; id: number }>(conn, 'SELECT source_id, max(id) AS id FROM vintages GROUP BY 1 ORDER BY 1');
  return Object.fromEntries(found.map((r) => [r.source_id, r.id]));
}

/**
 * Finished forecasts, kept so that asking again for the same forecast of the same data
 * answers from the store instead of fitting every model again (issue 15: a forecast with its
 * stored back-test in under a second). `key` hashes everything the forecast depends on:
 * the series as extracted (values, sources, months left out), the horizon and levels, the
 * options, and every model's version; so new data, a changed model or other options miss
 * and the forecast is made (and stored) again. `run_id` is the back-test it was calibrated on.
 */
export const FORECASTS_DDL = `
CREATE TABLE IF NOT EXISTS forecast_outputs (
  series VARCHAR NOT NULL,
  key VARCHAR NOT NULL,             -- sha256 of the series data, options and model versions
  run_id VARCHAR,                   -- the back-test run that selected and calibrated it
  made_at TIMESTAMP NOT NULL,
  forecast JSON NOT NULL            -- the forecast and its model card, as returned
);`;

/** JSON that keeps NaN and infinities (a card's score can be NaN when nothing was scored). */
const keepNumbers = (_k: string, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? { $number: String(v) } : v);
const readNumbers = (_k: string, v: unknown) => (v && typeof v === 'object' && '$number' in v && Object.keys(v).length === 1 ? Number((v as { $number: string }).$number) : v);

export function encodeStored(value: unknown): string {
  return JSON.stringify(value, keepNumbers);
}

export function decodeStored<T>(text: string): T {
  return JSON.parse(text, readNumbers) as T;
}

/** A stored forecast of `series` under `key`, or undefined (also when the table does not exist). */
export async function storedForecast<T>(conn: DuckDBConnection, series: string, key: string): Promise<T | undefined> {
  const exists = await rows<{ n: number }>(
    conn,
    "SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = current_schema() AND table_name = 'forecast_outputs'",
  );
  if (exists[0]?.n !== 1) return undefined;
  const found = await rows<{ forecast: string }>(conn, 'SELECT forecast::VARCHAR AS forecast FROM forecast_outputs WHERE series = ? AND key = ? ORDER BY made_at DESC LIMIT 1', [series, key]);
  return found[0] ? decodeStored<T>(found[0].forecast) : undefined;
}

/** Stores a finished forecast under `key` (older forecasts of the series under other keys stay, for comparison). */
export async function writeForecast(conn: DuckDBConnection, series: string, key: string, runId: string | undefined, forecast: unknown): Promise<void> {
  await conn.run(FORECASTS_DDL);
  await conn.run('INSERT INTO forecast_outputs VALUES (?, ?, ?, CAST(? AS TIMESTAMP), CAST(? AS JSON))', [
    series,
    key,
    runId ?? null,
    new Date().toISOString().replace('T', ' ').replace('Z', ''),
    encodeStored(forecast),
  ]);
}
