/**
 * A reception plan on the real mirror (INM arrivals, the demo registry), checked against
 * figures computed here in plain SQL on the store's observations.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { receptionPlan, type Plan } from '../../src/analysis/reception/run.js';
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

  it('arrivals per week equal the mean of the last 8 complete weeks of people received (adults + minors), up to rounding', async () => {
    const [{ total }] = await sql<{ total: number }>(`
      SELECT sum(value) AS total FROM observations
       WHERE dataset_id IN ('inm-ianami/mexicans-received', 'inm-ianami/foreigners-received') AND category = 'ALL' AND demographic IN ('ADULTS', 'MINORS')
         AND geography IN ('MX-02', 'MX-26', 'MX-08', 'MX-05', 'MX-19', 'MX-28')
         AND period >= DATE '${plan.weeks[0]}' - INTERVAL 56 DAY AND period < DATE '${plan.weeks[0]}'`);
    const planned = plan.arrivals.reduce((a, x) => a + x.people, 0);
    expect(Math.abs(planned - (Number(total) / 8) * 4)).toBeLessThan(0.02 * planned + 50);
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

  it('beds are never exceeded and every assumption is stated in both languages', () => {
    for (const s of plan.sites) s.occupancy.forEach((o, t) => expect(o).toBeLessThanOrEqual(s.capacity[t] + 1e-6));
    for (const a of plan.assumptions) expect(a.text.en.length * a.text.es.length).toBeGreaterThan(0);
    expect(plan.assumptions.map((a) => a.id)).toEqual(expect.arrayContaining(['registry', 'arrivals', 'male-share', 'families', 'stay', 'distance', 'rules']));
  });
});
