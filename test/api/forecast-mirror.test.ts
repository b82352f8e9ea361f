/**
 * GET /api/forecast over the store loaded from the whole mirror, opened read-only as
 * the server opens it: without stored back-tests the route runs the back-test itself
 * (in a child process) and writes nothing; with the back-test `corridor forecast`
 * stored, it uses that run; both give the forecast `corridor forecast` gives.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hasResultTables } from '../../src/analysis/forecast/results-store.js';
import { forecastRequest, storedForecasts } from '../../src/analysis/forecast/run.js';
import type { SeriesForecast } from '../../src/analysis/forecast/forecast.js';
import { createApp } from '../../src/api/app.js';
import type { Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { readOnlyMirror } from './mirror-app.js';
import { call } from './fixture-store.js';

const SWB = '/api/forecast?measure=encounters&where=geography=US-SWB&horizon=12';

describeMirror('GET /api/forecast over the whole mirror', () => {
  let bare: Store;
  let stored: Store;
  let expected: SeriesForecast;
  const errors: unknown[] = [];
  const app = (s: Store) => createApp({ conn: s.conn, cache: false, logError: (e) => errors.push(e) });

  beforeAll(async () => {
    [bare, stored] = await Promise.all([
      readOnlyMirror(),
      // As `corridor forecast` (or `corridor start`) leaves it: the series' back-test stored.
      readOnlyMirror(async (s) => {
        [expected] = await forecastRequest(s.conn, { measure: 'encounters', where: ['geography=US-SWB'], horizon: 12 });
      }),
    ]);
  }, 120_000);
  afterAll(() => {
    bare?.close();
    stored?.close();
  });

  it('forecasts southwest border encounters from a read-only store without stored back-tests, writing nothing', async () => {
    const r = await call(app(bare), `${SWB}&lang=en`);
    expect(r.status, r.text).toBe(200);
    const [f] = r.json.forecasts;
    expect(f.months).toHaveLength(12);
    expect(f.months[0].period).toBe(`${expected.months[0].period}-01`);
    expect(f.months[0].mean).toBeCloseTo(expected.months[0].mean, 6);
    expect(f.months[0].lower80).toBeCloseTo(expected.months[0].intervals[0].lower, 6);
    expect(f.months[11].upper95).toBeCloseTo(expected.months[11].intervals[1].upper, 6);
    expect(f.card).toMatchObject({ model: expected.card.model, selected_by: 'back-test', training: { from: expected.card.training.from, to: expected.card.training.to } });
    expect(f.card.backtest).toMatchObject({ stored: false, run_id: null, origins: expected.card.backtest!.origins });
    expect(f.card.backtest.mase).toBeCloseTo(expected.card.backtest!.mase, 9);
    expect(f.card.backtest.coverage80).toBeGreaterThan(0.5);
    expect(f.card.backtest.models.find((m: any) => m.model === 'combination')).toMatchObject({ name: 'combination' });
    // The card's figures as the CLI's JSON has them: the seasonal naive's MASE beside the chosen model's, and the ceiling of the bands.
    expect(f.card.backtest.naive).toEqual({ mase: expected.card.backtest!.naive!.mase, origins: expected.card.backtest!.naive!.origins, same_origins: expected.card.backtest!.naive!.sameOrigins });
    expect(f.card.ceiling).toBe(expected.card.ceiling);
    expect(r.json.provenance.sources.map((s: any) => s.id)).toEqual(expect.arrayContaining(f.card.training.sources.map((s: any) => s.source)));
    expect(await hasResultTables(bare.conn)).toBe(false);
  }, 60_000);

  it('uses the stored back-test when there is one, and labels breaks in Spanish', async () => {
    const t0 = performance.now();
    const r = await call(app(stored), `${SWB}&lang=es`);
    const ms = performance.now() - t0;
    expect(r.status, r.text).toBe(200);
    const [f] = r.json.forecasts;
    expect(f.card.backtest).toMatchObject({ stored: true, run_id: expected.card.backtest!.runId });
    expect(f.months[0].mean).toBeCloseTo(expected.months[0].mean, 6);
    expect(f.card.breaks.map((b: any) => b.label)).toContain('Termina el Título 42');
    // The card's words in Spanish name the combination in Spanish (its code stays in `model` and `form`).
    expect(f.card.said.model).toMatch(/^Combinación\(1\/MASE²: /);
    expect(f.card.said.selection).toMatch(/^Elegido por la regla: combinación/);
    expect(JSON.stringify(f.card.said)).not.toMatch(/\b(combination|Combination|default|median)\b/);
    expect(f.card.said.intervals).toMatch(/^Intervalos: conformales/);
    // Every model of the back-test keeps its id and is named in Spanish beside it, as the card names it.
    const models = Object.fromEntries(f.card.backtest.models.map((m: any) => [m.model, m.name]));
    expect(models).toMatchObject({ combination: 'combinación', snaive: 'ingenuo estacional (snaive)', ets: 'ets', theta: 'theta' });
    expect(r.json.provenance.measure.note).toContain('Eventos, no personas');
    process.stdout.write(`forecast API: southwest border, stored back-test, ${ms.toFixed(0)} ms\n`);
  }, 60_000);

  it('reads a stored forecast from a read-only store (what `corridor forecast` answers without copying the store), and only a stored one', async () => {
    const request = { measure: 'encounters', where: ['geography=US-SWB'], horizon: 12 };
    expect(await storedForecasts(bare.conn, request)).toBeUndefined();
    expect(await storedForecasts(stored.conn, { ...request, horizon: 13 })).toBeUndefined();
    const found = await storedForecasts(stored.conn, request);
    expect(found).toHaveLength(1);
    expect(found![0].card).toMatchObject({ model: expected.card.model, series: expected.card.series });
    expect(found![0].months.map((m) => m.mean)).toEqual(expected.months.map((m) => m.mean));
    expect(found![0].months.map((m) => m.intervals)).toEqual(expected.months.map((m) => m.intervals));
  }, 60_000);

  it('forecasts as of a past month, saying when it is right after a break', async () => {
    const r = await call(app(stored), `${SWB.replace('horizon=12', 'horizon=6')}&as-of=2025-06`);
    expect(r.status, r.text).toBe(200);
    const [f] = r.json.forecasts;
    expect(f.months[0].period).toBe('2025-07-01');
    expect(f.last.period).toBe('2025-06-01');
    expect(f.card.recent_break).toMatchObject({ start: '2025-02' });
    expect(f.card.wider_uncertainty).toBe(true);
  }, 60_000);

  it("fills Guatemalans' unpublished months from INM's daily copy (by default, and with nowcast=true), as `corridor forecast` does, and names INM's vintage", async () => {
    const url = '/api/forecast?measure=encounters&where=geography=US-SWB&where=citizenship=GTM&horizon=6&nowcast=true';
    const [cli] = await forecastRequest(bare.conn, { measure: 'encounters', where: ['geography=US-SWB', 'citizenship=GTM'], horizon: 6, nowcast: true }, undefined, { readOnly: true });
    const fill = cli.card.nowcast!;
    expect(fill.months.length).toBeGreaterThan(0);
    const r = await call(app(bare), url);
    expect(r.status, r.text).toBe(200);
    const [f] = r.json.forecasts;
    const last = fill.months.at(-1)!;
    expect(f.card.nowcast.published).toBe(fill.published);
    expect(f.card.nowcast.months.map((m: any) => m.period)).toEqual(fill.months.map((m) => m.month));
    expect(f.last).toEqual({ period: `${last.month}-01`, value: last.value, nowcast: true });
    expect(f.card.training.to).toBe(last.month);
    expect(f.months[0].period_label > last.month).toBe(true);
    expect(f.months.map((m: any) => m.mean)).toEqual(cli.months.map((m) => m.mean));
    expect(f.card.nowcast.errors.length).toBeGreaterThan(0);
    // The nowcasts' own error: an interval per filled month, and the quantiles the forecast's bands carry.
    expect(f.card.nowcast.months.map((m: any) => m.intervals)).toEqual(fill.months.map((m) => m.intervals));
    expect(f.card.nowcast.months.every((m: any) => m.intervals.length === 2 && m.intervals[0].lower < m.value && m.intervals[0].upper > m.value)).toBe(true);
    expect(f.card.nowcast.carried).toEqual(fill.carried);
    expect(f.card.nowcast.carried.quantiles.map((q: any) => q.level)).toEqual([80, 95]);
    expect(f.card.nowcast.said).toMatch(/^Nowcast: \d+ month/);
    expect(r.json.provenance.sources.map((s: any) => s.id)).toContain('inm-ianami');
    expect(r.headers.get('X-Corridor-Sources')).toMatch(/inm-ianami;vintage=\d+/);
    // By default (nowcast=auto) the same months are filled; with nowcast=false the series starts from its last published month.
    const auto = (await call(app(bare), url.replace('&nowcast=true', ''))).json.forecasts[0];
    expect(auto.last).toEqual(f.last);
    expect(auto.months).toEqual(f.months);
    expect(auto.card.nowcast.months).toEqual(f.card.nowcast.months);
    const plain = (await call(app(bare), url.replace('&nowcast=true', '&nowcast=false'))).json.forecasts[0];
    expect(plain.last).toMatchObject({ period: `${fill.published}-01`, nowcast: false });
    expect(plain.card.nowcast).toBeNull();
  }, 120_000);

  it("forecasts Mexico's apprehensions (too short for a back-test: the model's own intervals)", async () => {
    const r = await call(app(bare), '/api/forecast?measure=inm-rescatados&where=geography=MX');
    expect(r.status, r.text).toBe(200);
    const [f] = r.json.forecasts;
    expect(f.card).toMatchObject({ selected_by: 'fallback', backtest: null, intervals: 'model' });
    expect(f.card.said.intervals).toBe("Intervals: the model's own");
    expect(f.card.training.dropped_at_end.length).toBeGreaterThanOrEqual(0);
    expect(r.headers.get('X-Corridor-Sources')).toMatch(/^inm-ianami;vintage=\d+$/);
    expect(errors).toEqual([]);
  });
});
