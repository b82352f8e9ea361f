/**
 * A reception plan on the real mirror (INM arrivals, the demo registry), checked against
 * figures computed here in plain SQL on the store's observations.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { receptionPlan, type Plan } from '../../src/analysis/reception/run.js';
import { summary } from '../../src/cli/commands/reception.js';
import { UsageError } from '../../src/errors.js';
import { dayRangeWords, dayWords } from '../../src/model/index.js';
import { rows, type Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { storeFromMirror } from './store-from-mirror.js';

describeMirror('reception plan on the mirror', () => {
  let store: Store;
  let plan: Plan;
  beforeAll(async () => {
    store = (await storeFromMirror()).store;
    plan = await receptionPlan(store.conn, { weeks: 4 });
  });
  afterAll(() => store?.close());
  const sql = <T>(q: string) => rows<T>(store.conn, q);

  it('plans the 4 weeks after the last complete week of INM\'s files', async () => {
    const [{ last }] = await sql<{ last: string }>(`SELECT strftime(max(period), '%Y-%m-%d') AS last FROM observations WHERE dataset_id = 'inm-ianami/mexicans-received'`);
    const lastMonday = new Date(Date.parse(`${last}T00:00:00Z`));
    lastMonday.setUTCDate(lastMonday.getUTCDate() - ((lastMonday.getUTCDay() + 6) % 7));
    // The week holding the last day is complete only if that day is a Sunday.
    const firstPlanned = new Date(`${last}T00:00:00Z`).getUTCDay() === 0 ? new Date(lastMonday.getTime() + 7 * 86_400_000) : lastMonday;
    expect(plan.weeks[0]).toBe(firstPlanned.toISOString().slice(0, 10));
    expect(plan.weeks).toHaveLength(4);
  });

  it('arrivals per week equal the forecast\'s levels (mean of the last 8 weeks, or of the weeks since a stated level shift), whole people kept', async () => {
    const levels = plan.forecast!.reduce((a, f) => a + f.level, 0);
    const planned = plan.arrivals.reduce((a, x) => a + x.people, 0);
    // Whole units by city, kind and family size, each rounded on its own (splits.ts): a few people of rounding.
    expect(Math.abs(planned - levels * 4)).toBeLessThan(0.02 * planned + 50);
    for (const f of plan.forecast!) expect(f.shiftSince === null ? f.weeks === 8 : f.weeks >= 2 && f.weeks < 8).toBe(true);
    // Tamaulipas adults, in plain SQL: the mean of the weeks the plan says the level is the mean of.
    const t = plan.forecast!.find((f) => f.state === 'MX-28' && f.series === 'adults')!;
    const [{ total }] = await sql<{ total: number }>(`
      SELECT sum(value) AS total FROM observations
       WHERE vintage_id = (SELECT max(id) FROM vintages WHERE source_id = 'inm-ianami')
         AND dataset_id IN ('inm-ianami/mexicans-received', 'inm-ianami/foreigners-received') AND category = 'ALL' AND demographic = 'ADULTS'
         AND geography = 'MX-28' AND period >= DATE '${plan.weeks[0]}' - INTERVAL ${7 * t.weeks} DAY AND period < DATE '${plan.weeks[0]}'`);
    expect(t.level).toBeCloseTo(Number(total) / t.weeks, 1);
  });

  it('the demo registry is the store\'s 25 shelters with their stated capacity, marked unverified', async () => {
    const [{ n, beds }] = await sql<{ n: number; beds: number }>(`SELECT count(*)::INT AS n, sum(value)::INT AS beds FROM observations WHERE measure = 'shelter-capacity'`);
    expect(plan.sites).toHaveLength(n);
    expect(plan.sites.reduce((a, s) => a + s.capacity[0], 0)).toBe(beds);
    expect(plan.assumptions.find((a) => a.id === 'registry')!.text.en).toMatch(/DEMO REGISTRY, UNVERIFIED/);
  });

  it('no DIF site in the demo registry: every unaccompanied minor is a shortfall, none is placed', () => {
    expect(plan.assignments.filter((a) => a.kind === 'minors')).toEqual([]);
    const minors = plan.arrivals.filter((a) => a.kind === 'minors').reduce((a, x) => a + x.people, 0);
    expect(minors).toBeGreaterThan(0);
    expect(plan.unmet.filter((u) => u.kind === 'minors').reduce((a, x) => a + x.people, 0)).toBe(minors);
    expect(plan.alerts.filter((a) => a.kind === 'minors').every((a) => a.reason === 'no-site')).toBe(true);
  });

  it('person-km are exactly the sum of people × km over the assignments', () => {
    expect(plan.solver.personKm).toBe(plan.assignments.reduce((a, x) => a + x.people * x.km, 0));
  });

  it('a start inside the data replays the arrivals INM recorded in those weeks (said so), not the forecast', async () => {
    const start = new Date(Date.parse(`${plan.weeks[0]}T00:00:00Z`) - 10 * 7 * 86_400_000).toISOString().slice(0, 10);
    const replay = await receptionPlan(store.conn, { weeks: 2, start });
    expect(replay.weeks[0]).toBe(start);
    const [{ total }] = await sql<{ total: number }>(`
      SELECT sum(value) AS total FROM observations
       WHERE vintage_id = (SELECT max(id) FROM vintages WHERE source_id = 'inm-ianami')
         AND dataset_id IN ('inm-ianami/mexicans-received', 'inm-ianami/foreigners-received') AND category = 'ALL' AND demographic IN ('ADULTS', 'MINORS')
         AND geography IN ('MX-02', 'MX-26', 'MX-08', 'MX-05', 'MX-19', 'MX-28')
         AND period >= DATE '${start}' AND period < DATE '${start}' + INTERVAL 14 DAY`);
    const planned = replay.arrivals.reduce((a, x) => a + x.people, 0);
    // Whole units by city, kind and family size, each rounded on its own: a few people of rounding, no more.
    expect(Math.abs(planned - Number(total))).toBeLessThan(0.005 * Number(total) + 25);
    // The replayed weeks in words, as dayRangeWords writes them (the weeks' ISO Mondays stay in the value).
    const span = dayRangeWords(start, replay.weeks.at(-1)!);
    expect(replay.assumptions.find((a) => a.id === 'replay')!.text.en.startsWith(`Replay: the planned weeks of ${span.en} are in INM's data`)).toBe(true);
    expect(replay.assumptions.find((a) => a.id === 'replay')!.text.es.startsWith(`Repetición: las semanas planeadas ${span.es} están en los datos del INM`)).toBe(true);
    expect(replay.assumptions.find((a) => a.id === 'arrivals')!.text.en).toMatch(/No forecast is used\.$/);
    expect(replay.forecast).toEqual([]);
  });

  it('a start before the data, or weeks far past it, are refused in English and Spanish', async () => {
    const before = await receptionPlan(store.conn, { weeks: 4, start: '2020-01-06' }).catch((e: unknown) => e);
    expect(before).toBeInstanceOf(UsageError);
    expect((before as UsageError).message).toMatch(/^no arrivals for the start 2020-01-06: INM's daily files in the store begin on /);
    expect((before as UsageError).es).toMatch(/^no hay llegadas para el inicio 2020-01-06: los archivos diarios del INM en el almacén empiezan el /);
    const after = await receptionPlan(store.conn, { start: '2030-01-01' }).catch((e: unknown) => e);
    expect(after).toBeInstanceOf(UsageError);
    expect((after as UsageError).message).toMatch(/whose week begins on Monday 2029-12-31.*go past what the forecast covers/);
    expect((after as UsageError).es).toMatch(/cuya semana empieza el lunes 2029-12-31.*van más allá de lo que cubre el pronóstico/);
  });

  it('beds are never exceeded and every assumption is stated in both languages', () => {
    for (const s of plan.sites) s.occupancy.forEach((o, t) => expect(o).toBeLessThanOrEqual(s.capacity[t] + 1e-6));
    for (const a of plan.assumptions) expect(a.text.en.length * a.text.es.length).toBeGreaterThan(0);
    expect(plan.assumptions.map((a) => a.id)).toEqual(expect.arrayContaining(['registry', 'arrivals', 'male-share', 'families', 'stay', 'distance', 'rules']));
  });

  it('says its dates in words in both languages: the summary, the arrivals assumption, the alerts (ISO dates stay in the fields)', () => {
    // The mirror's INM files: complete weeks from Monday 7 October 2024 to the week of 18 May 2026; planned from 25 May 2026.
    expect(plan.weeks).toEqual(['2026-05-25', '2026-06-01', '2026-06-08', '2026-06-15']);
    const [en, es] = [summary(plan, 'en').split('\n')[0], summary(plan, 'es').split('\n')[0]];
    // Was "Plan of 4 weeks from 2026-05-25: ..." and "Plan de 4 semanas desde el 2026-05-25: ...".
    expect(en).toMatch(/^Plan of 4 weeks from the week of 25 May 2026: [\d,]+ arrivals in 12 cities, 25 sites; /);
    expect(es).toMatch(/^Plan de 4 semanas desde la semana del 25 de mayo de 2026: [\d,]+ llegadas en 12 ciudades, 25 sitios; /);
    const arrivals = plan.assumptions.find((a) => a.id === 'arrivals')!;
    // Was "complete weeks 2024-10-07 to 2026-05-18. Forecast for the planned weeks 2026-05-25 to 2026-06-15 ...".
    expect(arrivals.text.en).toContain("(inm-ianami vintage 13; unofficial, provisional; events, not people), the complete weeks of 7 October 2024 to 18 May 2026. Forecast for the planned weeks of 25 May to 15 June 2026 (weeks 1 to 4 after the data;");
    expect(arrivals.text.es).toContain('(inm-ianami, versión 13; no oficiales, provisionales; eventos, no personas), las semanas completas del 7 de octubre de 2024 al 18 de mayo de 2026. Pronóstico para las semanas planeadas del 25 de mayo al 15 de junio de 2026 (las semanas 1 a 4 después de los datos;');
    // The level shifts the forecast found, each from the week it began (was "since 2026-04-13", "desde el 2026-04-13").
    const shifts = plan.forecast!.filter((f) => f.shiftSince !== null);
    expect(shifts.length).toBeGreaterThan(0);
    for (const f of shifts) {
      expect(f.shiftSince).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(arrivals.text.en).toContain(` adults since the week of ${dayWords(f.shiftSince!).en} (${f.weeks} weeks, `);
      expect(arrivals.text.es).toContain(` adultos desde la semana del ${dayWords(f.shiftSince!).es} (${f.weeks} semanas, `);
    }
    expect(arrivals.text.en).toContain('Baja California adults since the week of 13 April 2026 (6 weeks, 138 a week against 367 in the 8 weeks before)');
    expect(arrivals.text.es).toContain('Baja California adultos desde la semana del 13 de abril de 2026 (6 semanas, 138 por semana frente a 367 en las 8 semanas anteriores)');
    // No ISO date left in any sentence a person reads; the fields keep theirs.
    const iso = /\d{4}-\d{2}-\d{2}/;
    for (const lang of ['en', 'es'] as const) {
      expect(summary(plan, lang)).not.toMatch(iso);
      for (const a of plan.assumptions) expect(a.text[lang], a.id).not.toMatch(iso);
      for (const a of plan.alerts) expect(a.message[lang]).not.toMatch(iso);
    }
    expect((arrivals.value as { forecastWeeks: string[] }).forecastWeeks).toEqual(plan.weeks);
    for (const a of plan.alerts) expect(a.week).toMatch(iso);
  });
});
