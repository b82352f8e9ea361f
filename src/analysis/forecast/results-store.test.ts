import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, rows, type Store } from '../../store/open.js';
import { backtestEvidence, forecastSeries } from './forecast.js';
import { registerModels } from './registry.js';
import { forecastKey } from './forecast-key.js';
import { latestResult, storedForecast, writeForecast, writeRun } from './results-store.js';
import type { MonthlySeries } from './series.js';
import { naiveDouble, snaiveDouble } from './test-doubles.js';

let store: Store;
beforeAll(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-forecast-')), 's.duckdb'));
});
afterAll(() => store.close());

const values = Array.from({ length: 48 }, (_, t) => 100 + 20 * Math.sin((2 * Math.PI * t) / 12) + t);
const series: MonthlySeries = { id: 'encounters geography=TEST', measure: 'encounters', keys: {}, start: '2020-01', values, sources: values.map(() => 's'), droppedAtEnd: [] };

describe('back-test results in the store', () => {
  it('keeps each run with its time, model versions, scores and calibration, and gives back the latest', async () => {
    const registered = registerModels([naiveDouble, snaiveDouble], 'v1');
    const { scores, evidence } = backtestEvidence(series, registered, { detect: false });
    const run = { kind: 'series' as const, startedAt: new Date('2026-01-02T03:04:05Z'), seconds: 1.5, settings: { horizon: 12 }, dataThrough: '2023-12', vintages: { 'cbp-sbo': 1 } };
    const versions = new Map([['naive', 'v1'], ['snaive', 'v1']]);
    const first = await writeRun(store.conn, run, [{ series: series.id, scores, selected: evidence.selected, calibrations: evidence.calibrations, versions }]);
    const second = await writeRun(store.conn, { ...run, startedAt: new Date('2026-02-02T00:00:00Z') }, [{ series: series.id, scores, selected: evidence.selected, calibrations: evidence.calibrations, versions }]);
    expect(first).not.toBe(second);

    const found = await latestResult(store.conn, series.id, '2023-12', new Map([['naive', 'v1'], ['snaive', 'v1']]));
    expect(found?.runId).toBe(second);
    expect(found?.selected).toBe(evidence.selected);
    expect(found?.scores.get('naive')?.summary.mase).toBeCloseTo(evidence.scores.get('naive')!.summary.mase, 12);
    expect(found?.calibrations.get('naive')).toEqual(JSON.parse(JSON.stringify(evidence.calibrations.get('naive'))));

    const stored = await rows<{ runs: number; horizons: number }>(store.conn, `SELECT count(DISTINCT run_id) AS runs, count(DISTINCT horizon) AS horizons FROM forecast_scores`);
    expect(stored).toEqual([{ runs: 2, horizons: 13 }]);
    const timing = await rows<{ seconds: number; started: string }>(store.conn, `SELECT seconds, strftime(started_at, '%Y-%m-%d %H:%M:%S') AS started FROM forecast_runs WHERE run_id = ?`, [first]);
    expect(timing).toEqual([{ seconds: 1.5, started: '2026-01-02 03:04:05' }]);
  });

  it('does not reuse results of another model version or other data', async () => {
    expect(await latestResult(store.conn, series.id, '2023-12', new Map([['naive', 'v2']]))).toBeUndefined();
    expect(await latestResult(store.conn, series.id, '2024-01', new Map([['naive', 'v1']]))).toBeUndefined();
  });

  it("does not reuse results of other framework code (their calibration's quantiles came from it)", async () => {
    const registered = registerModels([naiveDouble, snaiveDouble], 'v1');
    const { scores, evidence } = backtestEvidence(series, registered, { detect: false });
    const versions = new Map([['naive', 'v1'], ['snaive', 'v1']]);
    const old = { kind: 'series' as const, startedAt: new Date('2026-03-01T00:00:00Z'), seconds: 1, settings: { horizon: 12, framework: 'an-older-one' }, dataThrough: '2022-12', vintages: {} };
    await writeRun(store.conn, old, [{ series: series.id, scores, selected: evidence.selected, calibrations: evidence.calibrations, versions }]);
    expect(await latestResult(store.conn, series.id, '2022-12', versions)).toBeUndefined();
    const now = await writeRun(store.conn, { ...old, settings: { horizon: 12 } }, [{ series: series.id, scores, selected: evidence.selected, calibrations: evidence.calibrations, versions }]);
    expect((await latestResult(store.conn, series.id, '2022-12', versions))?.runId).toBe(now);
  });
});

describe('finished forecasts in the store', () => {
  const registered = registerModels([naiveDouble, snaiveDouble], 'v1');
  const options = { horizon: 12 };

  it('gives back the forecast stored under the same key, card and NaN scores included', async () => {
    const { evidence } = backtestEvidence(series, registered, { detect: false });
    const made = forecastSeries(series, registered, evidence, { detect: false });
    made.card.parameters.unknown = NaN;
    const key = forecastKey(series, registered, options);
    expect(await storedForecast(store.conn, series.id, key)).toBeUndefined();
    await writeForecast(store.conn, series.id, key, 'run-1', made);
    expect(await storedForecast(store.conn, series.id, key)).toEqual(made);
  });

  it('misses when the data, the options or a model version change', async () => {
    const key = forecastKey(series, registered, options);
    expect(forecastKey(series, registered, options)).toBe(key);
    const revised = { ...series, values: series.values.map((v, t) => (t === 40 ? v + 1 : v)) };
    expect(forecastKey(revised, registered, options)).not.toBe(key);
    expect(forecastKey({ ...series, sources: series.sources.map(() => 'other') }, registered, options)).not.toBe(key);
    expect(forecastKey(series, registered, { horizon: 13 })).not.toBe(key);
    expect(forecastKey(series, registerModels([naiveDouble, snaiveDouble], 'v2'), options)).not.toBe(key);
    expect(await storedForecast(store.conn, series.id, forecastKey(revised, registered, options))).toBeUndefined();
  });
});
