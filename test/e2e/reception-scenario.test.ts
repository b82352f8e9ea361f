/**
 * Reception plans whose arrivals come from the scenario engine, on the real mirror: the
 * plan's arrivals equal the engine's people expelled into each state by demographic (its
 * median or the 0.9 quantile over the draws) times the splits, computed here independently
 * (census shares and ICE's share of men in plain SQL, the family composition from the
 * assumptions file); a scenario that returns more families gives more family arrivals, the
 * same of every other kind, and never fewer beds needed.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { occupancyShares } from '../../src/analysis/reception/stay.js';
import { receptionPlan, type Plan } from '../../src/analysis/reception/run.js';
import type { Kind } from '../../src/analysis/reception/types.js';
import { BORDER_STATES, DEMOGRAPHICS } from '../../src/analysis/scenario/groups.js';
import type { Levers } from '../../src/analysis/scenario/levers.js';
import { DEFAULT_DRAWS, prepareScenario } from '../../src/analysis/scenario/run.js';
import { resolveScenario } from '../../src/analysis/scenario/scenario-file.js';
import { simulate } from '../../src/analysis/scenario/simulate.js';
import { UsageError } from '../../src/errors.js';
import { rows, type Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { storeFromMirror } from './store-from-mirror.js';

const SCENARIO = 'seed-2021-04';
const WEEKS = 4;
const DAY = 86_400_000;
const dayAfter = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

interface Assumptions {
  receivingPoints: Record<string, string[]>;
  stayDays: Record<Kind, number>;
  familyComposition: { adults: number; children: number; share: number }[];
}

describeMirror('reception plan from the scenario engine', () => {
  let store: Store;
  let median: Plan;
  let high: Plan;
  const pa = JSON.parse(readFileSync('data/reception/assumptions.json', 'utf8')) as Assumptions;
  beforeAll(async () => {
    store = (await storeFromMirror()).store;
    median = await receptionPlan(store.conn, { weeks: WEEKS, engine: { name: SCENARIO } });
    high = await receptionPlan(store.conn, { weeks: WEEKS, engine: { name: SCENARIO, quantile: 0.9 } });
  });
  afterAll(() => store?.close());
  const sql = <T>(q: string, params: unknown[] = []) => rows<T>(store.conn, q, params as never);

  /**
   * Expected people by city, kind and week, from the engine's simulation itself: for each state,
   * month and demographic the quantile over the draws of the people it expels there (single
   * adults become men and women by ICE's share of men, people in family units families,
   * unaccompanied children minors), spread over the days, split among the state's receiving
   * points by census population (plain SQL).
   */
  async function expected(q: number, weeks: string[]) {
    const scenario = resolveScenario(SCENARIO);
    const sim = simulate((await prepareScenario(store.conn, scenario, { draws: DEFAULT_DRAWS })).calibration, scenario.levers as Levers);
    const [H, S, D] = [sim.months.length, BORDER_STATES.length, DEMOGRAPHICS.length];
    const quantile = (xs: number[]) => {
      const v = [...xs].sort((x, y) => x - y);
      const i = (v.length - 1) * q;
      const lo = Math.floor(i);
      return v[lo] + (v[Math.min(v.length - 1, lo + 1)] - v[lo]) * (i - lo);
    };
    // Under Title 42 every person sent into Mexico is one the engine expels: the demographics partition them.
    for (let k = 0; k < sim.draws * H; k++) {
      for (let st = 0; st < S; st++) {
        let parts = 0;
        for (let d = 0; d < D; d++) parts += sim.intoMexicoExpelled[(k * S + st) * D + d];
        expect(Math.abs(parts - sim.intoMexico[k * S + st])).toBeLessThan(1e-6 * (1 + parts));
      }
    }
    const sex = await sql<{ demographic: string; value: number }>(`SELECT demographic, sum(value) AS value FROM observations WHERE dataset_id = 'ice-foia/removals' AND citizenship = 'MEX'
        AND demographic IN ('MALE', 'FEMALE') AND vintage_id = (SELECT max(id) FROM vintages WHERE source_id = 'ice-foia') GROUP BY demographic`);
    const men = Number(sex.find((r) => r.demographic === 'MALE')!.value);
    const male = men / (men + Number(sex.find((r) => r.demographic === 'FEMALE')!.value));
    const out = new Map<string, number[]>(); // city|kind → people by week
    for (const [st, state] of BORDER_STATES.entries()) {
      const monthly = DEMOGRAPHICS.map((_, d) => sim.months.map((_, h) => quantile(Array.from({ length: sim.draws }, (_, n) => sim.intoMexicoExpelled[((n * H + h) * S + st) * D + d]))));
      const points = pa.receivingPoints[state];
      if (!points) {
        expect(monthly.flat().every((x) => x === 0)).toBe(true);
        continue;
      }
      const pop = await sql<{ code: string; value: number }>(`SELECT geography AS code, max(value) AS value FROM observations WHERE measure = 'population' AND demographic = 'ALL' AND geography IN (${points.map(() => '?').join(',')}) GROUP BY geography`, points);
      const popTotal = pop.reduce((a, p) => a + Number(p.value), 0);
      const weekly = (d: number) => weeks.map((w) => {
        let people = 0;
        for (let day = 0; day < 7; day++) {
          const date = dayAfter(w, day);
          const h = sim.months.indexOf(date.slice(0, 7));
          if (h < 0) continue;
          const [y, mo] = sim.months[h].split('-').map(Number);
          people += monthly[d][h] / new Date(Date.UTC(y, mo, 0)).getUTCDate();
        }
        return people;
      });
      const [sa, fam, uc] = DEMOGRAPHICS.map((_, d) => weekly(d));
      for (const p of pop) {
        const share = Number(p.value) / popTotal;
        const add = (kind: Kind, xs: number[]) => {
          if (xs.some((x) => x > 0)) out.set(`${p.code}|${kind}`, xs);
        };
        add('men', sa.map((x) => x * share * male));
        add('women', sa.map((x) => x * share * (1 - male)));
        add('families', fam.map((x) => x * share));
        add('minors', uc.map((x) => x * share));
      }
    }
    return out;
  }

  function planned(p: Plan, city: string, kind: Kind): number[] {
    return p.weeks.map((w) => p.arrivals.filter((a) => a.city === city && a.kind === kind && a.week === w).reduce((a, x) => a + x.people, 0));
  }

  const cumulative = (xs: number[]) => xs.map((_, i) => xs.slice(0, i + 1).reduce((a, b) => a + b, 0));
  // Whole units are the rounded running total of each row (a kind and a unit size): at most half a unit off at any week.
  const tolerance = (kind: Kind) => (kind === 'families' ? 0.5 * [2, 3, 4, 5].reduce((a, b) => a + b, 0) : 0.5) + 1e-6;

  it('starts at the first whole week of the scenario\'s first simulated month', () => {
    expect(median.weeks).toEqual(['2021-04-05', '2021-04-12', '2021-04-19', '2021-04-26']);
  });

  for (const [label, pickPlan, q] of [
    ['the median', () => median, 0.5],
    ['the 0.9 quantile (the 80% band\'s upper bound)', () => high, 0.9],
  ] as const) {
    it(`arrivals by city, kind and week equal the engine's ${label} of each demographic × the splits`, async () => {
      const p = pickPlan();
      const want = await expected(q, p.weeks);
      expect(want.size).toBeGreaterThan(20);
      for (const [key, xs] of want) {
        const [city, kind] = key.split('|') as [string, Kind];
        const got = cumulative(planned(p, city, kind));
        cumulative(xs).forEach((x, i) => expect(Math.abs(got[i] - x), `${key} week ${i}`).toBeLessThanOrEqual(tolerance(kind)));
      }
      // Nothing planned that the outlook does not give.
      for (const a of p.arrivals) expect(want.has(`${a.city}|${a.kind}`)).toBe(true);
    });
  }

  it('says which scenario, levers and quantile in its assumptions, in both languages', () => {
    const s = high.assumptions.find((a) => a.id === 'scenario')!;
    expect(s.value).toMatchObject({ name: SCENARIO, quantile: 0.9, levers: { familyAcceptance: { value: 2, from: '2021-04' } } });
    expect(s.text.en).toMatch(/seed-2021-04.*familyAcceptance.*90th percentile/s);
    expect(s.text.es).toMatch(/seed-2021-04.*familyAcceptance.*percentil 90/s);
    expect(high.sources?.map((x) => x.source)).toEqual(expect.arrayContaining(['inm-ianami', 'cbp-sbo', 'upm-boletin']));
  });

  describe('a scenario that returns more families', () => {
    let fewer: Plan;
    let more: Plan;
    beforeAll(async () => {
      fewer = await receptionPlan(store.conn, { weeks: WEEKS, engine: { name: SCENARIO, levers: 'familyAcceptance=0.5' } });
      more = await receptionPlan(store.conn, { weeks: WEEKS, engine: { name: SCENARIO, levers: 'familyAcceptance=4' } });
    });
    const people = (p: Plan, kind: Kind) => p.arrivals.filter((a) => a.kind === kind).reduce((a, x) => a + x.people, 0);
    const bedsNeeded = (p: Plan) => {
      const shares = Object.fromEntries((Object.keys(pa.stayDays) as Kind[]).map((k) => [k, occupancyShares(pa.stayDays[k])])) as Record<Kind, number[]>;
      const beds = p.weeks.map(() => 0);
      for (const a of p.arrivals) shares[a.kind].forEach((sh, d) => { const t = p.weeks.indexOf(a.week) + d; if (t < beds.length) beds[t] += sh * a.people; });
      return beds;
    };

    it('gives more family arrivals and the same of every other kind (the lever moves families only), never fewer in any city', () => {
      expect(more.assumptions.find((a) => a.id === 'scenario')!.value).toMatchObject({ leversChanged: 'familyAcceptance=4', levers: { familyAcceptance: { value: 4, from: '2021-04' } } });
      expect(people(more, 'families')).toBeGreaterThan(people(fewer, 'families'));
      for (const k of ['men', 'women', 'minors'] as Kind[]) expect(people(more, k), k).toBe(people(fewer, k));
      for (const c of new Set(more.arrivals.map((a) => a.city))) {
        for (const k of ['men', 'women', 'families', 'minors'] as Kind[]) {
          const m = cumulative(planned(more, c, k));
          cumulative(planned(fewer, c, k)).forEach((x, i) => expect(m[i], `${c} ${k} week ${i}`).toBeGreaterThanOrEqual(x));
        }
      }
    });

    it('never needs fewer beds, and leaves no fewer people without a place', () => {
      const m = bedsNeeded(more);
      bedsNeeded(fewer).forEach((x, t) => expect(m[t]).toBeGreaterThan(x));
      expect(more.solver.unmetPeople).toBeGreaterThanOrEqual(fewer.solver.unmetPeople);
    });
  });

  it('refuses an unknown scenario, lever or quantile, saying what is allowed', async () => {
    await expect(receptionPlan(store.conn, { engine: { name: 'nope' } })).rejects.toThrow(/no shipped scenario named "nope": the scenarios are .*seed-2021-04/);
    await expect(receptionPlan(store.conn, { engine: { name: SCENARIO, levers: 'walls=2' } })).rejects.toThrow(/no lever named "walls": the levers are enforcementSouth \(0.5 to 3\)/);
    await expect(receptionPlan(store.conn, { engine: { name: SCENARIO, levers: 'familyAcceptance=9' } })).rejects.toThrow(/familyAcceptance.value: expected a number from 0 to 5, found 9/);
    await expect(receptionPlan(store.conn, { engine: { name: SCENARIO, quantile: 1.2 } })).rejects.toThrow(UsageError);
    // A lever after the simulated months would change no arrival: refused, not planned as if it had run.
    await expect(receptionPlan(store.conn, { engine: { name: SCENARIO, levers: 'enforcementSouth=2:2030-04' } })).rejects.toThrow(/the lever enforcementSouth starts in 2030-04 \(levers.enforcementSouth.from\), after the simulated months 2021-04 to 2022-03/);
    await expect(receptionPlan(store.conn, { engine: { name: '../package.json' } })).rejects.toThrow(/no shipped scenario/);
  });
});
