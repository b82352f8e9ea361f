/**
 * The same inputs give the same plan, whatever order they come in: the store's rows, a
 * registry's lines or two stores built from the same files may list the sites and the
 * demand in another order, and two sites at one address (the demo registry's "… II"
 * shelters) tie on every objective. Per site, per assignment and per unmet figure, the
 * plan must not change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalInput } from './canonical.js';
import { makePlan, type Plan } from './plan.js';
import { KINDS, type City, type Demand, type Kind, type PlanInput, type Site } from './types.js';

const WEEKS = ['2026-06-01', '2026-06-08', '2026-06-15', '2026-06-22'];
const A: City = { code: 'MX-08037', name: 'Juárez', state: 'MX-08', lat: 31.7, lon: -106.4 };
const B: City = { code: 'MX-26043', name: 'Nogales', state: 'MX-26', lat: 31.3, lon: -110.9 };
const takes = (...kinds: Kind[]) => ({ men: kinds.includes('men'), women: kinds.includes('women'), families: kinds.includes('families'), minors: kinds.includes('minors') });
const site = (id: string, city: City, beds: number, extra: Partial<Site> = {}): Site => ({
  id, name: id, city: city.code, lat: city.lat, lon: city.lon, beds, bedsByKind: {}, takes: takes('men', 'women', 'families'), dif: false, ...extra,
});

/** What a user compares between two runs: each site's beds in use, who goes where, who has no place, the totals. */
function perSite(p: Plan) {
  const { seconds: _seconds, ...solver } = p.solver;
  const line = (x: object) => JSON.stringify(x);
  return {
    sites: Object.fromEntries(p.sites.map((s) => [s.id, s.occupancy])),
    assignments: p.assignments.map(line).sort(),
    unmet: p.unmet.map(line).sort(),
    alerts: p.alerts.map(line).sort(),
    solver,
  };
}

/** Twin sites at one address in Juárez and in Nogales, with a far site each: every objective ties between the twins. */
const TWINS: PlanInput = {
  weeks: WEEKS,
  cities: [A, B],
  sites: [
    site('monumento-al-papa', A, 120),
    site('monumento-al-papa-ii', A, 120),
    site('tecate', A, 40, { lat: 31.73, lon: -106.39 }),
    site('estrellas', B, 60),
    site('estrellas-ii', B, 60),
    site('solo-familias', B, 30, { takes: takes('families'), lat: 31.35 }),
  ],
  demand: WEEKS.flatMap((_, week): Demand[] => [
    { week, city: A.code, kind: 'men', size: 1, units: 150 + 10 * week },
    { week, city: A.code, kind: 'women', size: 1, units: 20 },
    { week, city: A.code, kind: 'families', size: 3, units: 6 },
    { week, city: A.code, kind: 'families', size: 4, units: 4 },
    { week, city: B.code, kind: 'men', size: 1, units: 90 },
    { week, city: B.code, kind: 'women', size: 1, units: 12 + week },
    { week, city: B.code, kind: 'families', size: 4, units: 5 },
    { week, city: B.code, kind: 'minors', size: 1, units: 3 },
  ]),
  stayDays: { men: 7, women: 10, families: 14, minors: 30 },
  maxKm: 300,
};

const reversed = (input: PlanInput): PlanInput => ({ ...input, cities: [...input.cities].reverse(), sites: [...input.sites].reverse(), demand: [...input.demand].reverse() });
/** A fixed shuffle (every third element first, then the rest), so the test needs no randomness of its own. */
const shuffled = <T>(xs: T[]): T[] => [...xs.filter((_, i) => i % 3 === 2), ...xs.filter((_, i) => i % 3 !== 2).reverse()];

describe('the same inputs in another order give the same plan', () => {
  it('twin sites at one address: the same beds in use at each, the same assignments, whatever the order of sites and demand', async () => {
    const base = perSite(await makePlan(TWINS, []));
    expect(perSite(await makePlan(reversed(TWINS), []))).toEqual(base);
    expect(perSite(await makePlan({ ...TWINS, sites: shuffled(TWINS.sites), demand: shuffled(TWINS.demand) }, []))).toEqual(base);
  });

  it('the plan lists the sites in the order it was given them (a registry keeps its order), and the rest in a canonical order', async () => {
    const p = await makePlan(reversed(TWINS), []);
    expect(p.sites.map((s) => s.id)).toEqual(reversed(TWINS).sites.map((s) => s.id));
    const q = await makePlan(TWINS, []);
    expect(p.assignments).toEqual(q.assignments);
    expect(p.arrivals).toEqual(q.arrivals);
  });

  it('among sites equal on every objective, the first by id fills first, whatever order the registry lists them in', async () => {
    const twins = [site('casa-b', A, 100), site('casa-a', A, 100)];
    const demand: Demand[] = [0, 1].map((week) => ({ week, city: A.code, kind: 'men', size: 1, units: 60 }));
    for (const sites of [twins, [...twins].reverse()]) {
      const p = await makePlan({ ...TWINS, weeks: WEEKS.slice(0, 2), sites, demand }, []);
      expect(p.solver).toMatchObject({ optimal: true, unmetPeople: 0, personKm: 0, mipUsed: false });
      expect(Object.fromEntries(p.sites.map((s) => [s.id, s.occupancy]))).toEqual({ 'casa-a': [30, 60], 'casa-b': [0, 0] });
    }
  });

  it('identical twins under pressure: the dive gives the first by id at least as many people as the second (the tie-break of solve.ts)', async () => {
    // Swapping two identical sites maps every plan to one as good, so the plan minimising
    // person-km + ε·rank never sends more people to the second than to the first. Without the
    // tie-break HiGHS's own choice sent 216 to "estrellas" and 222 to "estrellas-ii".
    const p = await makePlan(TWINS, [], { mipColumns: 0 });
    const people = (id: string) => p.assignments.filter((a) => a.site === id).reduce((x, a) => x + a.people, 0);
    expect(p.solver.mipUsed).toBe(false);
    expect(people('monumento-al-papa')).toBeGreaterThanOrEqual(people('monumento-al-papa-ii'));
    expect(people('estrellas')).toBeGreaterThanOrEqual(people('estrellas-ii'));
  });

  it('random inputs with tied sites: the plan of the input and of its shuffle are the same, site by site', async () => {
    const arb = fc.record({
      weeks: fc.integer({ min: 1, max: 4 }),
      sites: fc.array(fc.record({ city: fc.constantFrom(A, B), twin: fc.boolean(), beds: fc.integer({ min: 0, max: 40 }), kinds: fc.subarray([...KINDS], { minLength: 1 }), famCap: fc.option(fc.integer({ min: 0, max: 12 })) }), { minLength: 1, maxLength: 5 }),
      demand: fc.array(fc.record({ week: fc.nat(3), city: fc.constantFrom(A.code, B.code), kind: fc.constantFrom(...KINDS), size: fc.integer({ min: 2, max: 5 }), units: fc.integer({ min: 1, max: 30 }) }), { minLength: 1, maxLength: 14 }),
      order: fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
    });
    await fc.assert(
      fc.asyncProperty(arb, async (r) => {
        const sites = r.sites.flatMap((s, i): Site[] => {
          const one = site(`s${i}`, s.city, s.beds, { takes: takes(...s.kinds), dif: s.kinds.includes('minors'), bedsByKind: s.famCap !== null && s.kinds.includes('families') ? { families: Math.min(s.famCap, s.beds) } : {} });
          return s.twin ? [one, { ...one, id: `s${i}-ii`, name: `s${i} II` }] : [one];
        });
        const demand = r.demand.filter((d) => d.week < r.weeks).map((d) => ({ ...d, size: d.kind === 'families' ? d.size : 1 }));
        const input: PlanInput = { weeks: WEEKS.slice(0, r.weeks), cities: [A, B], sites, demand, stayDays: { men: 7, women: 10, families: 14, minors: 30 }, maxKm: 300 };
        const permute = <T>(xs: T[]) => xs.map((x, i) => [r.order[i % r.order.length] + i / 100, x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
        const other: PlanInput = { ...input, cities: permute(input.cities), sites: permute(input.sites), demand: permute(input.demand) };
        expect(perSite(await makePlan(other, []))).toEqual(perSite(await makePlan(input, [])));
      }),
      { numRuns: 30, seed: 21 },
    );
  });
});

describe('canonicalInput', () => {
  it('orders sites by id and demand by week, city, kind and unit size, and says where each site came from', () => {
    const { input, siteOrder } = canonicalInput(reversed(TWINS));
    expect(input.sites.map((s) => s.id)).toEqual([...TWINS.sites.map((s) => s.id)].sort());
    expect(input.sites.map((s, i) => reversed(TWINS).sites[siteOrder[i]] === s)).toEqual(input.sites.map(() => true));
    const keys = input.demand.map((d) => [d.week, d.city, KINDS.indexOf(d.kind), d.size]);
    expect(keys).toEqual([...keys].sort((a, b) => (a[0] as number) - (b[0] as number) || String(a[1]).localeCompare(String(b[1])) || (a[2] as number) - (b[2] as number) || (a[3] as number) - (b[3] as number)));
    expect(canonicalInput(TWINS).input).toEqual(input);
  });
});
