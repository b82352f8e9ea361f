/**
 * The shelter view's detail on hand-worked cases (free beds by kind with a kind's cap,
 * the DIF rule, reach) and properties over random plans: units by size add up to the
 * arrivals, every assignment goes to a site within reach, and free beds never exceed
 * what the plan leaves.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineKm } from './geo.js';
import { makePlan } from './plan.js';
import { shelterDetail } from './shelter-detail.js';
import type { City, Demand, Kind, PlanInput, Site } from './types.js';

const WEEKS = ['2026-01-05', '2026-01-12', '2026-01-19'];
const A: City = { code: 'A', name: 'Alpha', state: 'MX-02', lat: 32, lon: -115 };
const B: City = { code: 'B', name: 'Beta', state: 'MX-02', lat: 31, lon: -115 };
const FAR: City = { code: 'F', name: 'Far', state: 'MX-28', lat: 26, lon: -98 };
const takes = (...kinds: Kind[]) => ({ men: kinds.includes('men'), women: kinds.includes('women'), families: kinds.includes('families'), minors: kinds.includes('minors') });
const site = (id: string, city: City, beds: number, t: ReturnType<typeof takes>, extra: Partial<Site> = {}): Site => ({ id, name: id, city: city.code, lat: city.lat, lon: city.lon, beds, bedsByKind: {}, takes: t, dif: false, ...extra });
const STAY = { men: 7, women: 7, families: 7, minors: 7 };
const input = (sites: Site[], demand: Demand[], weeks = WEEKS.slice(0, 2), cities = [A, B, FAR]): PlanInput => ({ weeks, cities, sites, demand, stayDays: STAY, maxKm: 300 });

describe('shelter detail, by hand', () => {
  it('10 beds, at most 4 for families: 6 men and a family of 4 leave 5 shared beds, of which 2 for families', async () => {
    // 7-day stays use half a bed in the week of arrival and half in the next: men 3, the family 2, in both weeks.
    const i = input([site('s', A, 10, takes('men', 'families'), { bedsByKind: { families: 4 } })], [
      { week: 0, city: 'A', kind: 'men', size: 1, units: 6 },
      { week: 0, city: 'A', kind: 'families', size: 4, units: 1 },
    ]);
    const plan = await makePlan(i, []);
    expect(plan.unmet).toEqual([]);
    const d = shelterDetail(i, plan);
    expect(d.sites[0].takes).toEqual(['men', 'families']);
    expect(d.sites[0].free).toEqual({ men: [5, 5], women: [0, 0], families: [2, 2], minors: [0, 0] });
    expect(d.units).toEqual([{ week: WEEKS[0], city: 'A', kind: 'families', size: 4, units: 1 }]);
  });

  it('a site that says it takes minors but is not DIF takes none; a DIF site does', async () => {
    const i = input([site('shelter', A, 10, takes('men', 'minors')), site('dif', A, 3, takes('minors'), { dif: true })], [{ week: 0, city: 'A', kind: 'minors', size: 1, units: 2 }]);
    const d = shelterDetail(i, await makePlan(i, []));
    expect(d.sites.map((s) => s.takes)).toEqual([['men'], ['minors']]);
    expect(d.sites[0].free.minors).toEqual([0, 0]);
    // Two minors use one bed of three in each week.
    expect(d.sites[1].free.minors).toEqual([2, 2]);
  });

  it('reach lists the sites within 300 km of each city, nearest first, and nothing farther', async () => {
    const i = input([site('a', A, 5, takes('men')), site('b', B, 5, takes('men')), site('f', FAR, 5, takes('men'))], []);
    const d = shelterDetail(i, await makePlan(i, []));
    expect(d.reach).toEqual([
      { city: 'A', site: 'a', km: 0 },
      { city: 'A', site: 'b', km: Math.round(haversineKm(32, -115, 31, -115)) },
      { city: 'B', site: 'b', km: 0 },
      { city: 'B', site: 'a', km: Math.round(haversineKm(32, -115, 31, -115)) },
      { city: 'F', site: 'f', km: 0 },
    ]);
  });
});

describe('shelter detail, properties', () => {
  const kinds: Kind[] = ['men', 'women', 'families', 'minors'];
  const arbInput = fc
    .record({
      sites: fc.array(fc.record({ city: fc.constantFrom(A, B, FAR), beds: fc.integer({ min: 0, max: 30 }), kinds: fc.subarray(kinds, { minLength: 1 }), cap: fc.option(fc.integer({ min: 0, max: 20 })), dif: fc.boolean() }), { minLength: 1, maxLength: 4 }),
      demand: fc.array(fc.record({ week: fc.integer({ min: 0, max: 2 }), city: fc.constantFrom('A', 'B', 'F'), kind: fc.constantFrom(...kinds), size: fc.integer({ min: 2, max: 5 }), units: fc.integer({ min: 0, max: 12 }) }), { maxLength: 8 }),
    })
    .map(({ sites, demand }) =>
      input(
        sites.map((s, n) => site(`s${n}`, s.city, s.beds, takes(...s.kinds), { dif: s.dif, bedsByKind: s.cap === null ? {} : { [s.kinds[0]]: s.cap } })),
        demand.map((d) => ({ ...d, size: d.kind === 'families' ? d.size : 1 })),
        WEEKS,
      ),
    );

  it('family units by size add up to the arrivals in families; assignments go within reach; free beds never exceed what the plan leaves', async () => {
    await fc.assert(
      fc.asyncProperty(arbInput, async (i) => {
        const plan = await makePlan(i, []);
        const d = shelterDetail(i, plan);
        for (const a of plan.arrivals.filter((x) => x.kind === 'families')) {
          const units = d.units.filter((u) => u.week === a.week && u.city === a.city && u.kind === a.kind);
          expect(units.reduce((t, u) => t + u.units * u.size, 0)).toBe(a.people);
          expect(units.reduce((t, u) => t + u.units, 0)).toBe(a.units);
        }
        for (const a of plan.assignments) expect(d.reach.some((r) => r.city === a.city && r.site === a.site)).toBe(true);
        for (const r of d.reach) expect(r.km).toBeLessThanOrEqual(300);
        d.sites.forEach((s, n) => {
          const p = plan.sites[n];
          for (const k of kinds)
            s.free[k].forEach((f, w) => {
              expect(Number.isInteger(f) && f >= 0).toBe(true);
              expect(f).toBeLessThanOrEqual(Math.max(0, p.capacity[w] - p.occupancy[w]) + 1e-9);
              const cap = i.sites[n].bedsByKind[k];
              if (cap !== undefined) expect(f).toBeLessThanOrEqual(cap);
              if (!s.takes.includes(k)) expect(f).toBe(0);
            });
        });
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
