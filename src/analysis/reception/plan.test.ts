/**
 * Reception plans on small cases whose optimum is known by hand, and properties that
 * must hold for any input (fast-check): no family split, beds never exceeded, unmet +
 * assigned = arrivals, and no crash when nobody can take a kind.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineKm } from './geo.js';
import { makePlan } from './plan.js';
import { occupancyShares, openShare } from './stay.js';
import type { City, Demand, Kind, PlanInput, Site } from './types.js';

const WEEKS = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26'];
const A: City = { code: 'A', name: 'Alpha', state: 'MX-02', lat: 32, lon: -115 };
const B: City = { code: 'B', name: 'Beta', state: 'MX-02', lat: 31, lon: -115 };
const takes = (...kinds: Kind[]) => ({ men: kinds.includes('men'), women: kinds.includes('women'), families: kinds.includes('families'), minors: kinds.includes('minors') });
const site = (id: string, city: City, beds: number, t: ReturnType<typeof takes>, extra: Partial<Site> = {}): Site => ({ id, name: id, city: city.code, lat: city.lat, lon: city.lon, beds, bedsByKind: {}, takes: t, dif: false, ...extra });
const STAY = { men: 7, women: 7, families: 7, minors: 7 };
const input = (sites: Site[], demand: Demand[], weeks = WEEKS.slice(0, 1), cities = [A, B]): PlanInput => ({ weeks, cities, sites, demand, stayDays: STAY, maxKm: 300 });

describe('occupancy shares', () => {
  it('a 7-day stay uses half a bed in its week and half in the next; 14 days: ½, 1, ½', () => {
    expect(occupancyShares(7)).toEqual([0.5, 0.5]);
    expect(occupancyShares(14)).toEqual([0.5, 1, 0.5]);
  });
  it('the shares add up to the stay in weeks', () => {
    for (const L of [1, 3, 10, 30, 45.5]) expect(occupancyShares(L).reduce((a, b) => a + b, 0)).toBeCloseTo(L / 7, 10);
  });
  it('a site open from Wednesday is open 5 of 7 days of its week', () => {
    expect(openShare('2026-01-05', '2026-01-07')).toBeCloseTo(5 / 7, 12);
    expect(openShare('2026-01-05', undefined, '2026-01-04')).toBe(0);
  });
});

describe('hand-worked plans', () => {
  it('30 men, a 10-bed site in their city and a 10-bed site 111 km away: 20 stay, 10 travel', async () => {
    // 7-day stays use ½ bed in the week of arrival, so 10 beds take 20 arrivals.
    const far = { ...site('far', A, 10, takes('men')), lat: 33 };
    const p = await makePlan(input([site('near', A, 10, takes('men')), far], [{ week: 0, city: 'A', kind: 'men', size: 1, units: 30 }]), []);
    const to = (id: string) => p.assignments.filter((x) => x.site === id).reduce((a, x) => a + x.people, 0);
    expect(to('near')).toBe(20);
    expect(to('far')).toBe(10);
    expect(p.unmet).toEqual([]);
    // Person-km count whole km (111.19 km is 111): 10 people × 111 km, as the assignments add up.
    expect(p.solver.personKm).toBe(10 * Math.round(haversineKm(32, -115, 33, -115)));
    expect(p.solver.personKm).toBe(p.assignments.reduce((a, x) => a + x.people * x.km, 0));
    expect(p.sites.find((s) => s.id === 'near')!.occupancy).toEqual([10]);
  });

  it('50 men for 20 beds: 40 placed, 10 unmet, an alert saying so', async () => {
    const p = await makePlan(input([site('near', A, 10, takes('men')), site('far', B, 10, takes('men'))], [{ week: 0, city: 'A', kind: 'men', size: 1, units: 50 }]), []);
    expect(p.solver.unmetPeople).toBe(10);
    expect(p.unmet).toEqual([{ week: WEEKS[0], city: 'A', kind: 'men', people: 10 }]);
    expect(p.alerts.find((a) => a.type === 'shortfall')).toMatchObject({ city: 'A', kind: 'men', people: 10, bedsMissing: 5, reason: 'capacity' });
    expect(p.alerts.filter((a) => a.type === 'site-full').map((a) => a.site).sort()).toEqual(['far', 'near']);
  });

  it('three families of 4 and 5 beds (10 people a week): two families placed whole, the third unmet whole', async () => {
    const p = await makePlan(input([site('fam', A, 5, takes('families'))], [{ week: 0, city: 'A', kind: 'families', size: 4, units: 3 }]), []);
    expect(p.assignments).toEqual([expect.objectContaining({ site: 'fam', units: 2, people: 8 })]);
    expect(p.unmet).toEqual([{ week: WEEKS[0], city: 'A', kind: 'families', people: 4 }]);
  });

  it('fewest unmet first, then distance: a far site is used only when the near one is full', async () => {
    const p = await makePlan(
      input([site('near', A, 2, takes('men', 'women')), site('b', B, 100, takes('men', 'women'))], [
        { week: 0, city: 'A', kind: 'men', size: 1, units: 4 },
        { week: 0, city: 'B', kind: 'women', size: 1, units: 2 },
      ]),
      [],
    );
    expect(p.solver.unmetPeople).toBe(0);
    expect(p.assignments.find((x) => x.city === 'A' && x.site === 'near')?.people).toBe(4);
    expect(p.solver.personKm).toBe(0);
  });

  it('beds of a stay carry into the next week: 20 + 10 men, 10 beds, 7-day stays: 20 placed over the two weeks, 10 unmet', async () => {
    // Week 2 holds ½·x1 + ½·x2 ≤ 10, so x1 + x2 ≤ 20 whatever the split between the weeks.
    const p = await makePlan(input([site('s', A, 10, takes('men'))], [{ week: 0, city: 'A', kind: 'men', size: 1, units: 20 }, { week: 1, city: 'A', kind: 'men', size: 1, units: 10 }], WEEKS.slice(0, 2)), []);
    expect(p.solver.unmetPeople).toBe(10);
    expect(p.sites[0].occupancy[1]).toBe(10);
    expect(p.assignments.reduce((a, x) => a + x.people, 0)).toBe(20);
  });
});

describe('infeasible inputs give shortfalls, not crashes', () => {
  it('no site takes unaccompanied minors: all of them unmet, alert "no-site"', async () => {
    const p = await makePlan(input([site('adults', A, 100, takes('men', 'women', 'families', 'minors'))], [{ week: 0, city: 'A', kind: 'minors', size: 1, units: 7 }]), []);
    expect(p.solver.unmetPeople).toBe(7);
    expect(p.alerts).toEqual([expect.objectContaining({ type: 'shortfall', city: 'A', kind: 'minors', people: 7, reason: 'no-site' })]);
    expect(p.alerts[0].message.es).toMatch(/ningún sitio/);
  });
  it('minors go to a DIF site, never to an adult shelter', async () => {
    const p = await makePlan(input([site('adults', A, 100, takes('men', 'minors')), site('dif', A, 100, takes('minors'), { dif: true })], [{ week: 0, city: 'A', kind: 'minors', size: 1, units: 7 }]), []);
    expect(p.assignments).toEqual([expect.objectContaining({ site: 'dif', people: 7 })]);
  });
  it('no sites at all', async () => {
    const p = await makePlan(input([], [{ week: 0, city: 'A', kind: 'men', size: 1, units: 3 }]), []);
    expect(p.solver.unmetPeople).toBe(3);
  });
});

const kinds: Kind[] = ['men', 'women', 'families', 'minors'];
const arbInput = fc.record({
  weeks: fc.integer({ min: 1, max: 4 }),
  sites: fc.array(fc.record({ city: fc.constantFrom(A, B), beds: fc.integer({ min: 0, max: 30 }), famCap: fc.option(fc.integer({ min: 0, max: 10 })), kinds: fc.subarray(kinds), dif: fc.boolean(), opensDay: fc.option(fc.integer({ min: 0, max: 20 })) }), { maxLength: 4 }),
  demand: fc.array(fc.record({ week: fc.nat(3), city: fc.constantFrom('A', 'B'), kind: fc.constantFrom(...kinds), size: fc.integer({ min: 2, max: 6 }), units: fc.integer({ min: 1, max: 12 }) }), { minLength: 1, maxLength: 10 }),
  stay: fc.constantFrom(3, 7, 10, 14),
});

describe('properties over random inputs', () => {
  it('no family split, beds never exceeded, unmet + assigned = arrivals', async () => {
    await fc.assert(
      fc.asyncProperty(arbInput, async (r) => {
        const weeks = WEEKS.slice(0, r.weeks);
        const sites = r.sites.map((s, i): Site => ({
          ...site(`s${i}`, s.city, s.beds, takes(...s.kinds), { dif: s.dif || !s.kinds.includes('minors') ? s.dif : true }),
          bedsByKind: s.famCap !== null && s.kinds.includes('families') ? { families: Math.min(s.famCap, s.beds) } : {},
          ...(s.opensDay !== null ? { opens: new Date(Date.parse(`${WEEKS[0]}T00:00:00Z`) + s.opensDay * 86_400_000).toISOString().slice(0, 10) } : {}),
        }));
        const demand: Demand[] = r.demand.filter((d) => d.week < r.weeks).map((d) => ({ ...d, size: d.kind === 'families' ? d.size : 1 }));
        const p = await makePlan({ weeks, cities: [A, B], sites, demand, stayDays: { men: r.stay, women: r.stay, families: r.stay, minors: r.stay }, maxKm: 300 }, []);
        // Whole family units: every assignment and every unmet figure is a multiple of the unit size.
        for (const a of p.assignments) {
          expect(Number.isInteger(a.units)).toBe(true);
          expect(a.people).toBe(a.units * a.size);
          const s = sites.find((x) => x.id === a.site)!;
          expect(s.takes[a.kind]).toBe(true);
          if (a.kind === 'minors') expect(s.dif).toBe(true);
        }
        // Beds: recompute occupancy from the assignments, independently of the plan's own figures.
        for (const s of p.sites) {
          s.occupancy.forEach((o, t) => expect(o).toBeLessThanOrEqual(s.capacity[t] + 1e-6));
          const recomputed = weeks.map(() => 0);
          for (const a of p.assignments.filter((x) => x.site === s.id)) {
            const w = weeks.indexOf(a.week);
            occupancyShares(r.stay).forEach((sh, d) => {
              if (w + d < weeks.length) recomputed[w + d] += sh * a.people;
            });
          }
          recomputed.forEach((o, t) => expect(o).toBeLessThanOrEqual(s.capacity[t] + 1e-6));
        }
        // Conservation, per week, city and kind.
        const key = (x: { week: string; city: string; kind: string }) => `${x.week}|${x.city}|${x.kind}`;
        const sum = (xs: { week: string; city: string; kind: string; people: number }[]) => xs.reduce((m, x) => m.set(key(x), (m.get(key(x)) ?? 0) + x.people), new Map<string, number>());
        const arrived = sum(demand.map((d) => ({ week: weeks[d.week], city: d.city, kind: d.kind, people: d.units * d.size })));
        const placed = sum(p.assignments);
        const unmet = sum(p.unmet);
        for (const [k, n] of arrived) expect((placed.get(k) ?? 0) + (unmet.get(k) ?? 0)).toBe(n);
        for (const k of [...placed.keys(), ...unmet.keys()]) expect(arrived.has(k)).toBe(true);
        expect(p.solver.unmetPeople).toBeGreaterThanOrEqual(p.solver.unmetLowerBound);
        // Person-km are exactly what the assignments give: people × the whole km each shows.
        expect(p.solver.personKm).toBe(p.assignments.reduce((a, x) => a + x.people * x.km, 0));
        expect(p.solver.personKm).toBeGreaterThanOrEqual(p.solver.personKmLowerBound ?? 0);
      }),
      { numRuns: 40, seed: 11 },
    );
  });
});
