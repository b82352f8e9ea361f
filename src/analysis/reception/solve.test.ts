/**
 * The reception solver (parts, LP by person, dive to whole units, MIP only where a bound
 * is not met) against the plain whole-unit MIP written out here independently and solved
 * by HiGHS to a zero gap, lexicographically, on small random cases (fast-check): the same
 * people without a place and the same person-km; and, with the MIP switched off, bounds
 * that never exceed the true optimum and plans that never beat it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveLexicographic } from '../../lib/lp/highs.js';
import { LinearProgram, type Terms } from '../../lib/lp/linear-program.js';
import { haversineKm } from './geo.js';
import { solvePlan } from './solve.js';
import { occupancyShares, openShare } from './stay.js';
import { KINDS, type City, type Kind, type PlanInput, type Site } from './types.js';

/** The model of docs/RECEPTION.md as one MIP: y[d,s], u[d] integer; cover, beds, kind caps. */
async function plainMip(input: PlanInput): Promise<{ unmet: number; km: number }> {
  const lp = new LinearProgram();
  const unmet: Terms = new Map();
  const km: Terms = new Map();
  const beds = new Map<string, Terms>();
  const add = (key: string, v: number, c: number) => beds.set(key, (beds.get(key) ?? new Map()).set(v, c));
  for (const d of input.demand) {
    const city = input.cities.find((c) => c.code === d.city)!;
    const cover: Terms = new Map();
    input.sites.forEach((s, si) => {
      const dist = haversineKm(city.lat, city.lon, s.lat, s.lon);
      if (!s.takes[d.kind] || (d.kind === 'minors' && !s.dif) || dist > input.maxKm || openShare(input.weeks[d.week], s.opens, s.closes) === 0) return;
      const y = lp.addVariable({ upper: d.units, integer: true });
      cover.set(y, 1);
      km.set(y, d.size * Math.round(dist)); // km counted whole, as the plan shows them
      occupancyShares(input.stayDays[d.kind]).forEach((share, k) => {
        if (d.week + k >= input.weeks.length) return;
        add(`${si}|${d.week + k}|all`, y, share * d.size);
        if (s.bedsByKind[d.kind] !== undefined) add(`${si}|${d.week + k}|${d.kind}`, y, share * d.size);
      });
    });
    const u = lp.addVariable({ upper: d.units, integer: true });
    cover.set(u, 1);
    unmet.set(u, d.size);
    lp.addRow(cover, d.units, d.units);
  }
  for (const [key, terms] of beds) {
    const [si, t, kind] = key.split('|');
    const s = input.sites[Number(si)];
    const open = openShare(input.weeks[Number(t)], s.opens, s.closes);
    lp.addRow(terms, -Infinity, (kind === 'all' ? s.beds : s.bedsByKind[kind as Kind]!) * open);
  }
  const r = await solveLexicographic(lp, [unmet, km], [0.5], { mipGap: 0 });
  const sum = (terms: Terms) => [...terms].reduce((a, [v, c]) => a + c * Math.round(r.values[v]), 0);
  return { unmet: sum(unmet), km: sum(km) };
}

const CITIES: City[] = [
  { code: 'A', name: 'A', state: 'MX-02', lat: 32, lon: -115 },
  { code: 'B', name: 'B', state: 'MX-02', lat: 31, lon: -115 },
  { code: 'C', name: 'C', state: 'MX-26', lat: 31, lon: -110 },
];
const WEEKS = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26'];

const arbCase = fc.record({
  weeks: fc.integer({ min: 1, max: 4 }),
  sites: fc.array(
    fc.record({ city: fc.nat(2), beds: fc.integer({ min: 0, max: 25 }), famCap: fc.option(fc.integer({ min: 0, max: 12 })), kinds: fc.subarray([...KINDS], { minLength: 1 }), opensDay: fc.option(fc.integer({ min: 0, max: 20 })) }),
    { minLength: 1, maxLength: 5 },
  ),
  demand: fc.array(fc.record({ week: fc.nat(3), city: fc.nat(2), kind: fc.constantFrom(...KINDS), size: fc.integer({ min: 2, max: 5 }), units: fc.integer({ min: 1, max: 15 }) }), { minLength: 1, maxLength: 12 }),
  stay: fc.record({ men: fc.constantFrom(3, 7, 10), women: fc.constantFrom(7, 14), families: fc.constantFrom(7, 14, 21), minors: fc.constantFrom(14, 30) }),
});

type Case = typeof arbCase extends fc.Arbitrary<infer T> ? T : never;

function toInput(r: Case): PlanInput {
  const sites = r.sites.map((s, i): Site => {
    const city = CITIES[s.city];
    return {
      id: `s${i}`, name: `s${i}`, city: city.code, lat: city.lat + 0.01 * i, lon: city.lon, beds: s.beds,
      bedsByKind: s.famCap !== null && s.kinds.includes('families') ? { families: Math.min(s.famCap, s.beds) } : {},
      takes: { men: s.kinds.includes('men'), women: s.kinds.includes('women'), families: s.kinds.includes('families'), minors: s.kinds.includes('minors') },
      dif: s.kinds.includes('minors'),
      ...(s.opensDay !== null ? { opens: new Date(Date.parse(`${WEEKS[0]}T00:00:00Z`) + s.opensDay * 86_400_000).toISOString().slice(0, 10) } : {}),
    };
  });
  const demand = r.demand.filter((d) => d.week < r.weeks).map((d) => ({ week: d.week, city: CITIES[d.city].code, kind: d.kind, size: d.kind === 'families' ? d.size : 1, units: d.units }));
  return { weeks: WEEKS.slice(0, r.weeks), cities: CITIES, sites, demand, stayDays: r.stay, maxKm: 300 };
}

describe('the reception solver against the plain MIP', () => {
  it('gives the same people without a place and the same person-km, and says it is optimal', async () => {
    await fc.assert(
      fc.asyncProperty(arbCase, async (r) => {
        const input = toInput(r);
        const plain = await plainMip(input);
        const { report } = await solvePlan(input, { mipGap: 0 });
        expect(report.unmetPeople).toBe(plain.unmet);
        expect(report.unmetLowerBound).toBe(plain.unmet);
        expect(Math.abs(report.personKm - plain.km)).toBeLessThanOrEqual(1);
        expect(report.optimal).toBe(true);
      }),
      { numRuns: 40, seed: 7 },
    );
  });

  it('without the MIP: the bounds never exceed the optimum, and the plan never beats it', async () => {
    await fc.assert(
      fc.asyncProperty(arbCase, async (r) => {
        const input = toInput(r);
        const plain = await plainMip(input);
        const { report } = await solvePlan(input, { mipGap: 0, mipColumns: 0 });
        expect(report.unmetLowerBound).toBeLessThanOrEqual(plain.unmet);
        expect(report.unmetPeople).toBeGreaterThanOrEqual(plain.unmet);
        if (report.unmetPeople === plain.unmet) {
          expect(report.personKmLowerBound!).toBeLessThanOrEqual(plain.km + 1);
          expect(report.personKm).toBeGreaterThanOrEqual(plain.km - 1);
        }
        if (report.optimal) expect([report.unmetPeople, Math.abs(report.personKm - plain.km) <= 1]).toEqual([plain.unmet, true]);
      }),
      { numRuns: 40, seed: 8 },
    );
  });
});
