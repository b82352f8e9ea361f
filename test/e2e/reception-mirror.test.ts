/**
 * A reception plan on the real mirror (INM arrivals, the demo registry), checked against
 * figures computed here in plain SQL on the store's observations.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { receptionPlan, type Plan } from '../../src/analysis/reception/run.js';
import { UsageError } from '../../src/errors.js';
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
    expect(replay.assumptions.find((a) => a.id === 'replay')!.text.en).toMatch(new RegExp(`^Replay: the planned weeks ${start} to `));
    expect(replay.assumptions.find((a) => a.id === 'replay')!.text.es).toMatch(new RegExp(`^Repetición: las semanas planeadas del ${start} al `));
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
});
