/**
 * The scenario model on the real mirror: the back-casts (National Guard 2019, Title 42 2020)
 * beat the no-change baseline, the series the model reads agree with independent SQL on the
 * store, the shipped scenarios run, and running one writes nothing.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runBackcasts, type BackcastResult } from '../../src/analysis/scenario/backcast.js';
import { loadCorridorSeries } from '../../src/analysis/scenario/inputs.js';
import { borderStateOutlook } from '../../src/analysis/scenario/reception.js';
import { runScenario } from '../../src/analysis/scenario/run.js';
import { parseScenario, resolveScenario } from '../../src/analysis/scenario/scenario-file.js';
import { UsageError } from '../../src/errors.js';
import { rows, type Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { storeFromMirror } from './store-from-mirror.js';

describeMirror('scenarios on the mirror', () => {
  let store: Store;
  let backcasts: BackcastResult[];
  beforeAll(async () => {
    store = (await storeFromMirror()).store;
    backcasts = await runBackcasts(store.conn, { draws: 100 });
  });
  afterAll(() => store?.close());
  const sql = <T>(q: string, params: unknown[] = []) => rows<T>(store.conn, q, params);

  it('back-casts both policy changes, and the scenario beats the no-change baseline on the same months', () => {
    expect(backcasts.map((b) => b.id)).toEqual(['national-guard-2019', 'title-42-2020']);
    for (const b of backcasts) {
      expect(Object.keys(b)).toEqual(expect.arrayContaining(['id', 'policy', 'calibratedTo', 'months', 'metric', 'scenarioError', 'baselineError']));
      expect(b.months.length).toBeGreaterThanOrEqual(7);
      expect(b.scenarioError).toBeLessThan(b.baselineError);
      // Nothing after the calibration window went into the baseline: it is the same model without levers.
      expect(b.months[0] > b.calibratedTo).toBe(true);
    }
    const guard = backcasts[0];
    expect(guard.months).toEqual(['2019-06', '2019-07', '2019-08', '2019-09', '2019-10', '2019-11', '2019-12']);
    expect(guard.improvement).toBeGreaterThan(0.5);
  });

  it("compares with actual encounters that equal the store's own sums", async () => {
    // OHSS's citizenship table (rounded to 10) answers for June-September 2019, CBP's by-state file from October.
    const ohss = await sql<{ v: number }>(`SELECT sum(value) AS v FROM observations WHERE dataset_id = 'ohss-monthly/swb-encounters-citizenship' AND period = DATE '2019-06-01' AND geography = 'US-SWB' AND citizenship <> 'ALL' AND demographic = 'ALL' AND authority = 'ALL' AND component = 'ALL'`);
    const guard = backcasts[0].points.find((p) => p.month === '2019-06')!;
    expect(guard.actual).toBe(ohss[0].v);
    const state = await sql<{ v: number }>(`SELECT sum(value) AS v FROM observations WHERE dataset_id = 'cbp-state/monthly-region-state' AND geography LIKE 'US-SWB/%' AND period = DATE '2020-06-01'`);
    const t42 = backcasts[1].points.find((p) => p.month === '2020-06')!;
    expect(t42.actual).toBe(state[0].v);
  });

  it("reads Mexico's apprehensions and Title 42 expulsions as the store has them", async () => {
    const series = await loadCorridorSeries(store.conn, '2020-06', '2020-06');
    const upm = await sql<{ v: number }>(`SELECT sum(value) AS v FROM observations WHERE measure = 'mx-presentados' AND dataset_id = 'upm-boletin/presentados-by-state' AND period = DATE '2020-06-01'`);
    expect(series.mexicoApprehensions[0]).toBe(upm[0].v);
    const t42 = await sql<{ v: number }>(`SELECT sum(value) AS v FROM observations WHERE dataset_id = 'cbp-state/monthly-region-state' AND geography LIKE 'US-SWB/%' AND authority = 'T42' AND period = DATE '2020-06-01'`);
    const modelled = series.expelled.flat().reduce((s, g) => s + (g[0] ?? 0), 0);
    expect(modelled).toBeCloseTo(t42[0].v, 6);
  });

  it('runs the seed case: the levers change the outcome, the baseline matches the status quo of the same window, and nothing is written', async () => {
    const before = await sql<{ n: number }>('SELECT count(*) AS n FROM observations');
    const seed = await runScenario(store.conn, resolveScenario('seed-2021-04'), { draws: 50 });
    expect(seed.window.to).toBe('2021-03');
    expect(seed.months[0]).toBe('2021-04');
    const apprehensions = seed.differences.find((d) => d.id === 'mexico-apprehensions')!;
    expect(apprehensions.difference).toBeGreaterThan(0);
    const encounters = seed.paths.find((p) => p.id === 'encounters')!;
    expect(encounters.points[0].actual).toBeGreaterThan(100_000);
    for (const p of encounters.points) {
      expect(p.scenario.lower95).toBeLessThanOrEqual(p.scenario.lower80);
      expect(p.scenario.lower80).toBeLessThanOrEqual(p.scenario.median);
      expect(p.scenario.median).toBeLessThanOrEqual(p.scenario.upper80);
      expect(p.scenario.upper80).toBeLessThanOrEqual(p.scenario.upper95);
    }
    const neutral = await runScenario(store.conn, parseScenario({ ...seed.scenario, name: 'neutral', levers: {} }, 'request'), { draws: 50 });
    expect(neutral.paths[0].points.map((p) => p.scenario)).toEqual(encounters.points.map((p) => p.baseline));
    const after = await sql<{ n: number }>('SELECT count(*) AS n FROM observations');
    expect(after[0].n).toBe(before[0].n);
  });

  it("gives the reception planner each border state's people sent back and waiting, with bands", async () => {
    const outlook = await borderStateOutlook(store.conn, 'seed-2021-04', { draws: 50 });
    expect(outlook.months).toHaveLength(12);
    expect(outlook.states.map((s) => s.state)).toEqual(['MX-02', 'MX-26', 'MX-08', 'MX-05', 'MX-19', 'MX-28']);
    const tamaulipas = outlook.states.find((s) => s.state === 'MX-28')!;
    expect(tamaulipas.months[0].intoMexico.median).toBeGreaterThan(0);
    for (const m of tamaulipas.months) {
      expect(m.nonMexicans.median).toBeLessThanOrEqual(m.intoMexico.median);
      expect(m.waiting.lower80).toBeLessThanOrEqual(m.waiting.upper80);
    }
  });

  it('refuses a scenario file whose lever starts after the simulated months, before calibrating', async () => {
    const late = parseScenario({ ...resolveScenario('status-quo'), calibration: { from: '2019-01', to: '2021-03' }, levers: { enforcementSouth: { value: 3, from: '2025-04' } } }, 'late.json');
    const refused = await runScenario(store.conn, late).then(() => null, (e: unknown) => e as UsageError);
    expect(refused).toBeInstanceOf(UsageError);
    expect(refused!.message).toContain('the lever enforcementSouth starts in 2025-04 (levers.enforcementSouth.from), after the simulated months 2021-04 to 2022-03');
    expect(refused!.es).toContain('la palanca enforcementSouth empieza en 2025-04 (levers.enforcementSouth.from), después de los meses simulados 2021-04 a 2022-03');
  });

  it('names the months the whole store has when a calibration window is too short', async () => {
    const short = parseScenario({ ...resolveScenario('status-quo'), calibration: { from: '2021-01', to: '2021-03' } }, 'short.json');
    const refused = await runScenario(store.conn, short, { draws: 20 }).then(() => null, (e: unknown) => e as UsageError);
    expect(refused).toBeInstanceOf(UsageError);
    const crossed = await sql<{ first: string; last: string }>(`SELECT strftime(min(period), '%Y-%m') AS first, strftime(max(period), '%Y-%m') AS last FROM observations WHERE measure = 'encounters' AND (geography = 'US-SWB' OR geography LIKE 'US-SWB/%') AND citizenship <> 'ALL' AND demographic <> 'ALL'`);
    expect(refused!.message).toContain(`crossed by a table in ${crossed[0].first} to ${crossed[0].last}`);
    expect(refused!.message).not.toContain('months loaded');
    expect(refused!.es).toContain(`cruzados en una tabla en ${crossed[0].first} a ${crossed[0].last}`);
  });

  it('says which window has no data', async () => {
    await expect(runScenario(store.conn, parseScenario({ ...resolveScenario('status-quo'), calibration: { from: '2005-01', to: '2005-12' } }, 'request'))).rejects.toThrow(UsageError);
  });
});
