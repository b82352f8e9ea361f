/**
 * The scenario route's parameters without a store: a shipped scenario by name only (the error
 * names no file, which the API cannot take), levers as JSON (replacing the scenario's) or as
 * id=value (the form /api/reception and the CLI take, by the same parser), faults saying what
 * was expected and what was found; and a run presented in Spanish, series labels included.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/analysis/scenario/scenario-file.js';
import { runOnSeries } from '../../src/analysis/scenario/run.js';
import { syntheticSeries } from '../../src/analysis/scenario/synthetic-series.js';
import { presentRun, scenarioFromQuery } from '../../src/api/routes/scenario.js';
import { UsageError } from '../../src/errors.js';

const first = async () => '2021-04';
const query = (levers?: string) => scenarioFromQuery({ name: 'seed-2021-04', lang: 'en', ...(levers === undefined ? {} : { levers }) }, first);

describe('GET /api/scenario parameters', () => {
  it('takes levers as id=value, as /api/reception does, each replacing that lever from the first simulated month', async () => {
    const s = await query('enforcementSouth=2,capacity=1.5:2021-06');
    expect(s.levers.enforcementSouth).toMatchObject({ value: 2, from: '2021-04' });
    expect(s.levers.capacity).toMatchObject({ value: 1.5, from: '2021-06' });
    // The seed's own family lever stays: id=value replaces only the levers it names.
    expect(s.levers.familyAcceptance).toBeDefined();
  });

  it('takes levers as JSON, replacing the scenario\'s', async () => {
    const s = await query('{"reattempt":{"value":2,"from":"2021-05"}}');
    expect(Object.keys(s.levers)).toEqual(['reattempt']);
  });

  it('says what it expected and what it found for broken levers, in both languages', async () => {
    const e = (await query('{"enforcementSouth":').catch((x: unknown) => x)) as UsageError;
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toMatch(/^levers: expected the levers as a JSON object, .*, found "\{\\"enforcementSouth\\":", which is not valid JSON \(/);
    expect(e.es).toMatch(/^levers: se esperaba un objeto JSON de palancas, .*, se encontró "\{\\"enforcementSouth\\":", que no es JSON válido \(/);
    await expect(query('bogus=2')).rejects.toThrow(/^no lever named "bogus": the levers are enforcementSouth \(0\.5 to 3\)/);
  });

  it('refuses an unknown name without speaking of files', async () => {
    const e = (await scenarioFromQuery({ name: 'nope', lang: 'en' }, first).catch((x: unknown) => x)) as UsageError;
    expect(e.message).toMatch(/^no shipped scenario named "nope": expected one of [a-z0-9-]+(, [a-z0-9-]+)* \(see \/api\/scenarios\)$/);
    expect(`${e.message} ${e.es}`).not.toMatch(/file|archivo/);
  });

  it('presents a run in Spanish: series of the sources, stages of the gaps; vintages named', () => {
    const scenario = parseScenario({ name: 't', title: { en: 'T', es: 'T' }, description: { en: 'D', es: 'D' }, calibration: { from: '2024-05', to: '2025-04' }, horizon: 2, levers: {} }, 't.json');
    const run = runOnSeries(syntheticSeries({ from: '2024-05', to: '2025-06' }), scenario, { from: '2024-05', to: '2025-04' }, { draws: 20 });
    const es = presentRun(run, 'es');
    expect(es.sources).toEqual([{ id: 'encounters-by-citizenship', series: 'encuentros por nacionalidad', sources: ['cbp-sbo/sw-monthly'], vintages: [{ source: 'cbp-sbo', dataset: 'cbp-sbo/sw-monthly', vintage: 1 }] }]);
    expect(es.gaps.find((g) => g.stage === 'into-mexico')?.label).toBe('Devueltas a México');
  });
});
