/**
 * Questions the project's users ask, run through the commands as main.ts registers them, on
 * the store loaded from the whole mirror (test/global-setup.ts), each checked against the
 * store's own observations: a negotiator's ("how many families did Mexico take back", "what
 * if Mexico enforces 30% more"), a journalist's (the timeline in Spanish), a researcher's (one
 * nationality along the corridor in 2021). Each case is a defect found in an audit of the
 * command line on 7 December 2026.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formSaid } from '../../src/analysis/forecast/card-text.js';
import { registerClaim } from '../../src/cli/commands/claim.js';
import { registerEvents } from '../../src/cli/commands/events.js';
import { registerForecast } from '../../src/cli/commands/forecast.js';
import { registerQuery } from '../../src/cli/commands/query.js';
import { registerScenario } from '../../src/cli/commands/scenario.js';
import { UsageError } from '../../src/errors.js';
import { sectorCode } from '../../src/store/dimensions/geography.js';
import { openStore, rows } from '../../src/store/open.js';
import { storePathFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';
import { runCommand } from './run-in-process.js';

describe('the forecast card in Spanish', () => {
  it("says the models' own English words in Spanish", () => {
    // The form a forecast of the southwest border printed under --lang es: "Theta (seasonally adjusted, period 12)".
    const form = 'Combination(1/MASE²: ETS(A,N,N) 0.50, Theta (seasonally adjusted, period 12) 0.50)';
    expect(formSaid(form)).toEqual({ en: form, es: 'Combinación(1/MASE²: ETS(A,N,N) 0.50, Theta (desestacionalizado, periodo 12) 0.50)' });
    expect(formSaid('ARIMA(1,0,0)(1,0,1)[12] with non-zero mean').es).toBe('ARIMA(1,0,0)(1,0,1)[12] con media distinta de cero');
    expect(formSaid('ARIMA(0,1,1) with drift').es).toBe('ARIMA(0,1,1) con deriva');
    expect(formSaid('ARIMA(2,0,0) with zero mean').es).toBe('ARIMA(2,0,0) con media cero');
  });
});

describeMirror('questions users ask, on the whole mirror', () => {
  let db: string;
  beforeAll(async () => {
    db = await storePathFromMirror();
  });
  afterAll(() => vi.restoreAllMocks());
  const corridor = (...args: string[]) => runCommand(db, [registerClaim, registerEvents, registerForecast, registerQuery, registerScenario], ...args);

  /** A sum over the store's observations, as plain SQL. */
  async function direct(sql: string): Promise<number> {
    const store = await openStore(db, { readOnly: true });
    try {
      const [{ v }] = await rows<{ v: number }>(store.conn, sql);
      return Number(v);
    } finally {
      store.close();
    }
  }

  it('"Mexico took back ... families": the people Mexico received from the US, not encounters of Mexicans', async () => {
    // Before: "Mexico" was read as the nationality, and the claim was judged false against CBP's encounters of Mexican families.
    for (const text of ['Mexico took back 100,000 families in 2021', 'In 2025 Mexico took back more than 10,000 non-Mexicans from the US']) {
      const c = JSON.parse(await corridor('claim', text, '--format', 'json'));
      expect(c.subject.measure, text).toBe('inm-foreigners-received');
      expect(c.subject.filters.citizenship, text).toBeUndefined();
    }
    const es = JSON.parse(await corridor('claim', 'México aceptó 100,000 familias expulsadas en 2021', '--format', 'json'));
    expect(es.subject.measure).toBe('inm-foreigners-received');
    // No figure for families in 2021: said, not judged false.
    const families = JSON.parse(await corridor('claim', 'Mexico took back 100,000 families in 2021', '--format', 'json'));
    expect(families.verdict).not.toBe('false');
  });

  it('"Central Americans" is a group the store does not add: said, not checked against every nationality', async () => {
    // Before: the group was dropped and the claim judged true on all 130,275 foreigners Mexico returned in 2021.
    for (const text of ['Mexico deported more than 100,000 Central Americans in 2021', 'México deportó a más de 100 mil centroamericanos en 2021']) {
      const c = JSON.parse(await corridor('claim', text, '--format', 'json'));
      expect([c.type, c.verdict], text).toEqual(['unreadable', 'undetermined']);
      expect(c.notUnderstood.en, text).toMatch(/group of nationalities/);
    }
    expect(await corridor('claim', 'México deportó a más de 100 mil centroamericanos en 2021')).toMatch(/^No se puede comprobar: trata de un grupo de nacionalidades/);
    // One nationality is checked as before.
    expect(JSON.parse(await corridor('claim', 'Mexico deported more than 30,000 Hondurans in 2021', '--format', 'json')).verdict).toBe('true');
  });

  it('children, women, men and adults named in a claim narrow what is counted, or the answer says the store has no such figure', async () => {
    // Before: the group was dropped and the claim judged on everyone ("more than 50,000 children ... in June 2021": true on 178,650 encounters).
    const claim = async (text: string) => JSON.parse(await corridor('claim', text, '--format', 'json'));
    const children = await claim('Border Patrol apprehended more than 50,000 children at the southwest border in June 2021');
    expect(children.subject.filters.demographic).toBe('MINORS');
    expect(children.verdict).toBe('undetermined');
    const women = await claim('More than 10,000 women were apprehended at the southwest border in March 2022');
    expect([women.subject.filters.demographic, women.verdict]).toEqual(['FEMALE', 'undetermined']);
    expect((await claim('Mexico returned 5,000 minors in 2021')).verdict).toBe('undetermined');
    // Where the store has the group, it is checked on it: minors among the non-Mexicans Mexico received in 2025.
    const minors = await claim('Mexico received more than 500 minors from the US in 2025');
    expect([minors.subject.measure, minors.subject.filters.demographic]).toEqual(['inm-foreigners-received', 'MINORS']);
    const received = await direct(`SELECT sum(value) AS v FROM observations WHERE dataset_id = 'inm-ianami/foreigners-received' AND demographic = 'MINORS' AND period >= DATE '2025-01-01' AND period < DATE '2026-01-01'`);
    expect(minors.checks[0].figures[0].value).toBe(received); // cells by nationality and state, summed
    expect((await claim('Más de 5 mil niños cruzaron el Darién en 2020')).subject.filters.demographic).toBe('MINORS');
    // A group alone names no count: "ICE arrested ... women" is ICE's arrests, not CBP's encounters.
    expect((await claim('ICE arrested more than 10,000 women in FY2018')).subject.measure).toBe('ice-arrests');
  });

  it('"la frontera norte" alone is read as "northern border" is: Mexico\'s northern border states for a count made only in Mexico', async () => {
    // Before: the words were dropped and the Guard's deployment in all of Mexico (99,608) judged the claim false.
    for (const text of ['La Guardia Nacional desplegó 25 mil elementos en la frontera norte en marzo de 2021', 'The National Guard deployed 25,000 troops at the northern border in March 2021']) {
      const c = JSON.parse(await corridor('claim', text, '--format', 'json'));
      expect([c.subject.measure, c.subject.geography, c.verdict], text).toEqual(['gn-deployed', 'MX-NB', 'partly true']);
    }
    // For CBP's encounters it is the US northern border, as "northern border" is.
    expect(JSON.parse(await corridor('claim', 'Los encuentros en la frontera norte superaron 20 mil en marzo de 2023', '--format', 'json')).subject.geography).toBe('US-NLB');
  });

  it('a border city named in a claim is read as that city, where nothing is counted, not dropped', async () => {
    // Before: "en Tijuana" was dropped and the claim judged true on Haitians encountered along the whole US southwest border.
    for (const [text, city] of [['Más de 20 mil haitianos fueron detenidos en Tijuana en 2021', 'MXC-TIJUANA'], ['Más de 20 mil hondureños fueron detenidos en Juárez en 2021', 'MXC-JUAREZ']]) {
      const c = JSON.parse(await corridor('claim', text, '--format', 'json'));
      expect([c.subject.geography, c.verdict], text).toEqual([city, 'undetermined']);
    }
    // "Ciudad Hidalgo" is not also the state of Hidalgo.
    expect(JSON.parse(await corridor('claim', 'Más de 2 mil personas fueron detenidas en Hidalgo en 2021', '--format', 'json')).subject.geography).toBe('MX-13');
  });

  it('"Mexicans deported from the US" are the Mexicans INM received, not non-Mexicans of Mexican nationality', async () => {
    for (const text of ['Mexico received 15,000 Mexicans deported from the US in January 2025', 'México recibió a 15 mil mexicanos deportados desde Estados Unidos en enero de 2025']) {
      const c = JSON.parse(await corridor('claim', text, '--format', 'json'));
      expect(c.subject.measure, text).toBe('inm-mexicans-received');
      expect(c.verdict, text).toBe('partly true');
    }
  });

  it('follows Hondurans through Mexico in 2021 (UPM by nationality), with the figures the store holds', async () => {
    // Before: 2021 showed only the US stages, and the Mexican ones "no figures in the requested periods".
    const view = JSON.parse(await corridor('query', '--corridor', '--citizenship', 'HND', '--from', '2021-01', '--to', '2021-12', '--format', 'json'));
    const entry = (id: string) => view.entries.find((e: { entry: { id: string } }) => e.entry.id === id);
    const sum = (id: string) => entry(id).rows.reduce((n: number, r: { value: number }) => n + r.value, 0);
    expect(entry('mx-presentados').rows).toHaveLength(12);
    expect(entry('mx-returns').rows).toHaveLength(12);
    expect(sum('mx-presentados')).toBe(await direct(`SELECT sum(value) AS v FROM observations WHERE dataset_id = 'iom/upm-presentados-by-nationality' AND citizenship = 'HND' AND geography = 'MX' AND demographic = 'ALL' AND category = 'ALL' AND period BETWEEN DATE '2021-01-01' AND DATE '2021-12-01'`));
    expect(sum('mx-returns')).toBeGreaterThan(0);
    const text = await corridor('query', '--corridor', '--citizenship', 'HND', '--from', '2021-01', '--to', '2021-03', '--lang', 'es');
    expect(text).toMatch(/^2021-01 +5,763 /m);
    expect(text).toContain('mx-presentados: Presentadas ante la autoridad migratoria (UPM, mensual) [Tránsito por México] fuente: iom');
    expect(text).toContain('mx-returns: Retornadas por México a su país (UPM, mensual) [Retornadas por México a su país] fuente: iom');
  });

  it("names the vintage of each source on the forecast card's sources line, as the API's provenance does", async () => {
    // Before: "sources: cbp-state 2021-02..2021-09, ..." with no vintage (the API's X-Corridor-Sources had them).
    const text = await corridor('forecast', '--measure', 'encounters', '--where', 'geography=US-SWB', '--horizon', '3', '--as-of', '2024-06');
    const line = text.split('\n').find((l) => l.startsWith('  sources: '))!;
    const latest = async (source: string) => direct(`SELECT max(id) AS v FROM vintages WHERE source_id = '${source}'`);
    const named = [...line.matchAll(/([a-z-]+) \(vintage (\d+)\) \d{4}-\d{2}\.\.\d{4}-\d{2}/g)];
    expect(named.length).toBeGreaterThan(0);
    expect(named.length).toBe(line.slice('  sources: '.length).split(', ').length);
    for (const [, source, vintage] of named) expect(Number(vintage), source).toBe(await latest(source));
  });

  it('takes a Border Patrol sector by its Spanish name, as it takes the English one', async () => {
    // Before: unknown geography "Valle del Río Grande" (the filter read English sector names only).
    const series = async (place: string) => JSON.parse(await corridor('query', '--measure', 'encounters', '--where', `geography=${place}`, '--grain', 'fy', '--from', '2023', '--to', '2023', '--format', 'json')).rows;
    const rgv = await series('USBP-RGV');
    expect(rgv).toHaveLength(1);
    expect(await series('Valle del Río Grande')).toEqual(rgv);
    expect(await series('Sector Valle del Río Grande')).toEqual(rgv);
    expect(await series('Rio Grande Valley')).toEqual(rgv);
    expect(['Sector Nueva Orleans, LA', 'Nueva Orleans', 'Sector Del Río', 'valle del rio grande'].map(sectorCode)).toEqual(['USBP-NOL', 'USBP-NOL', 'USBP-DRT', 'USBP-RGV']);
  });

  it('says what is wrong with --vintage: a source missing, or not a whole number', async () => {
    const refused = (...args: string[]) => corridor('query', '--measure', 'encounters', '--where', 'geography=US-SWB', '--grain', 'fy', ...args).then(() => undefined, (e: UsageError) => [e.message, e.es]);
    expect(await refused('--vintage', '3')).toEqual([
      'vintage 3 needs a source: the vintage of which source? (source, as --source ohss-monthly; "corridor sources" lists each source\'s vintages)',
      'la versión (vintage) 3 necesita una fuente: ¿la versión de qué fuente? (source, como --source ohss-monthly; "corridor sources" lista las versiones de cada fuente)',
    ]);
    expect(await refused('--source', 'ohss-monthly', '--vintage', 'x')).toEqual(['vintage takes a whole number from 1, not "x"', 'vintage lleva un número entero desde 1, no "x"']);
  });

  it('prints each event\'s kind in Spanish, with the code --kind takes', async () => {
    const es = await corridor('events', '--actor', 'MX', '--from', '2021-03', '--to', '2021-03', '--lang', 'es');
    expect(es).toMatch(/mx-asks-vaccines-2021 +MX +solicitud \(request\) /);
    expect(es).toMatch(/mx-commits-families-south-2021 +MX +compromiso \(commitment\) /);
    expect(es).not.toMatch(/ request /);
    // CSV and JSON keep the code, as query's do; English is unchanged.
    expect(await corridor('events', '--actor', 'MX', '--from', '2021-03', '--to', '2021-03', '--lang', 'es', '--format', 'csv')).toMatch(/,request,/);
    expect(await corridor('events', '--actor', 'MX', '--from', '2021-03', '--to', '2021-03')).toMatch(/mx-asks-vaccines-2021 +MX +request /);
  });

  it('"what if Mexico enforces 30% more": scenario run takes --levers, as /api/scenario does, and names them', async () => {
    // The same question as a file: the levers on the command line run the same scenario.
    const dir = mkdtempSync(join(tmpdir(), 'corridor-levers-'));
    const file = join(dir, 'enforce.json');
    writeFileSync(file, JSON.stringify({ name: 'enforce', title: { en: 'Enforce', es: 'Control' }, description: { en: 'x', es: 'x' }, calibration: { to: '2021-03' }, horizon: 12, levers: { enforcementSouth: { value: 1.3, from: '2021-04' }, familyAcceptance: { value: 1, from: '2021-04' } } }));
    const byLevers = JSON.parse(await corridor('scenario', 'run', 'seed-2021-04', '--levers', 'enforcementSouth=1.3,familyAcceptance=1', '--draws', '20', '--format', 'json'));
    const byFile = JSON.parse(await corridor('scenario', 'run', file, '--draws', '20', '--format', 'json'));
    expect(byLevers.scenario.levers).toEqual(byFile.scenario.levers);
    expect(byLevers.differences).toEqual(byFile.differences);
    const text = await corridor('scenario', 'run', 'seed-2021-04', '--levers', 'enforcementSouth=1.3', '--draws', '20', '--lang', 'es');
    expect(text.split('\n')[1]).toBe('Palancas: Control migratorio de México, estados de la frontera sur (enforcementSouth) 1.3 desde abril de 2021; Familias no mexicanas expulsadas que México acepta (familyAcceptance) 2 desde abril de 2021.');
    await expect(corridor('scenario', 'run', 'seed-2021-04', '--levers', 'nope=2')).rejects.toThrow(UsageError);
    // The table names where each series it read comes from, as the API's "sources" do (it printed none).
    expect(text).toContain('\nFuentes:\n  encuentros por nacionalidad y grupo demográfico: cbp-sbo/sw-monthly (cbp-sbo, versión 1), cbp-state/monthly-region-state (cbp-state, versión 2)\n');
    expect(text).not.toMatch(/: \n/);
  });
});
