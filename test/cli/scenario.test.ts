/**
 * corridor scenario as a person runs it (registered on a program here, as main.ts does):
 * `list` in the JSON shape the issue fixes, and a bad scenario file refused before the store is
 * opened, with one error naming the field and nothing printed. The runs and back-casts on the
 * real store are tested in test/e2e/scenario-mirror.test.ts.
 */
import { runCommand } from './run-in-process.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parseScenario } from '../../src/analysis/scenario/scenario-file.js';
import { runOnSeries } from '../../src/analysis/scenario/run.js';
import { syntheticSeries } from '../../src/analysis/scenario/synthetic-series.js';
import { backcastRecords, pathRecords, printRun, registerScenario } from '../../src/cli/commands/scenario.js';

const corridor = (...args: string[]) => runCommand(join(tmpdir(), 'no-such-corridor-store.duckdb'), [registerScenario], ...args);
afterAll(() => vi.restoreAllMocks());

describe('corridor scenario', () => {
  it('lists the shipped scenarios as [{ name, file, description }]', async () => {
    const list = JSON.parse(await corridor('scenario', 'list', '--format', 'json'));
    expect(list.length).toBeGreaterThanOrEqual(4);
    for (const s of list) expect(Object.keys(s).sort()).toEqual(['description', 'file', 'name']);
    expect(list.find((s: { name: string }) => s.name === 'seed-2021-04').file).toBe('scenarios/seed-2021-04.json');
  });

  it('refuses a lever out of range before opening the store, naming the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-scenario-cli-'));
    const file = join(dir, 'too-much.json');
    writeFileSync(file, JSON.stringify({ name: 'too-much', title: { en: 'a', es: 'b' }, description: { en: 'a', es: 'b' }, levers: { reattempt: { value: 4, from: '2021-04' } } }));
    let printed = '';
    await expect(
      (async () => {
        printed = await corridor('scenario', 'run', file, '--format', 'json');
      })(),
    ).rejects.toThrow(/too-much\.json, field "levers\.reattempt\.value": expected a number from 0 to 3, found 4/);
    expect(printed).toBe('');
  });

  it('says in words what a missing field should be, before opening the store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-scenario-cli-'));
    const file = join(dir, 'untitled.json');
    writeFileSync(file, JSON.stringify({ name: 'untitled', description: { en: 'a', es: 'b' }, levers: { enforcementSouth: { value: 'abc', from: '2021-04' } } }));
    const run = corridor('scenario', 'run', file, '--format', 'json');
    await expect(run).rejects.toThrow('invalid scenario in untitled.json, field "title": expected the text in English and in Spanish, {"en": "…", "es": "…"}, found nothing (the field is required)');
    await expect(run).rejects.not.toThrow(/Invalid input|received/);
  });
});

describe('corridor scenario run and backcast, as shown', () => {
  const scenario = parseScenario({ name: 't', title: { en: 'T', es: 'T' }, description: { en: 'D', es: 'D' }, calibration: { from: '2024-05', to: '2025-04' }, horizon: 2, levers: {} }, 't.json');
  const run = runOnSeries(syntheticSeries({ from: '2024-05', to: '2025-06', lumpedFrom: '2025-01' }), scenario, { from: '2024-05', to: '2025-04' }, { draws: 20 });

  it('writes the series and the gaps in Spanish under --lang es (the JSON keeps the machine ids)', () => {
    const rows = pathRecords(run, 'es', ['encounters', 'into-mexico', 'waiting']);
    expect([...new Set(rows.map((r) => r.serie))]).toEqual(['encuentros', 'devueltas-a-mexico', 'en-espera']);
    const text = printRun(run, 'es');
    expect(text).not.toMatch(/^\s+(us-encounters|into-mexico|other-countries|mexico-apprehensions-south):/m);
    expect(text).toMatch(/^ {2}Devueltas a México: mayo de 2025 … junio de 2025 \(2\) — Fuera del Título 42/m);
    // The window and the simulated months in words, as the Scenarios page says them (were 2024-05 – 2025-04, 2025-05 – 2025-06).
    expect(text.split('\n')[2]).toBe('Calibrado con mayo de 2024 – abril de 2025; 2 meses simulados (mayo de 2025 – junio de 2025), 20 réplicas; bandas del 80% y 95%.');
    expect(printRun(run, 'en').split('\n')[2]).toBe('Calibrated on May 2024 – April 2025; 2 months simulated (May 2025 – June 2025), 20 draws; 80% and 95% bands.');
    expect(pathRecords(run, 'en', ['into-mexico'])[0].series).toBe('into-mexico');
    expect(run.paths.find((p) => p.id === 'into-mexico')).toBeDefined();
  });

  it('says why the groups of the difference table do not add up to its total, in both languages', () => {
    const groups = run.differences.filter((d) => d.id.startsWith('encounters-'));
    const total = run.differences.find((d) => d.id === 'encounters')!;
    expect(groups.length).toBeGreaterThan(1);
    // Medians over the draws: the groups' sum need not be the total's median (here it is not).
    expect(groups.reduce((a, d) => a + d.scenario, 0)).not.toBe(total.scenario);
    expect(printRun(run, 'en')).toMatch(/the groups do not add up to the total: the median of a sum is not the sum of the medians/);
    expect(printRun(run, 'es')).toMatch(/los grupos no suman el total: la mediana de una suma no es la suma de las medianas/);
  });

  it('leaves "actual" empty where the store has no comparable figure, never 0', () => {
    for (const r of pathRecords(run, 'en', ['into-mexico', 'encounters-OAM', 'encounters-ROW'])) expect(r.actual).toBe('');
  });

  it('shows the per-cent error beside the improvement of a back-cast', () => {
    const result = { id: 'title42-2020', policy: 'Title 42', policyEs: 'Título 42', calibratedFrom: '2018-01', calibratedTo: '2020-02', months: ['2020-04', '2020-12'], metric: '', metricEs: '', scenarioError: 14555, baselineError: 18001, improvement: 0.1914, scenarioPercentError: 0.47, baselinePercentError: 0.44, levers: {}, assumptions: {} as never, howLeversWereSet: { en: '', es: '' }, points: [] };
    const [en] = backcastRecords([result], 'en');
    expect(en).toMatchObject({ 'scenario error (MAE)': 14555, 'baseline error (MAE)': 18001, 'MAE improvement': '+19.1%', 'scenario % error (MAPE)': '47.0%', 'baseline % error (MAPE)': '44.0%' });
    const [es] = backcastRecords([result], 'es');
    expect(es).toMatchObject({ 'mejora del EAM': '+19.1%', 'error % escenario (EPAM)': '47.0%', 'error % sin cambios (EPAM)': '44.0%' });
  });
});
