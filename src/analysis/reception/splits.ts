/**
 * From people received to the plan's demand: adults and minors into kinds (single men,
 * single women, family units by size, unaccompanied minors), a state's arrivals into its
 * receiving cities, and fractional weekly expectations into whole units.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from '../../store/open.js';
import type { FamilyType } from './assumptions-file.js';
import type { Demand, Kind } from './types.js';

/** Weekly flows of one place in the plan's kinds: people for singles and minors, units for families by size. */
export interface KindFlows {
  men: number[];
  women: number[];
  minors: number[];
  /** Family size → family units per week. */
  families: Map<number, number[]>;
}

export const meanChildren = (c: FamilyType[]) => c.reduce((a, f) => a + f.share * f.children, 0);
export const meanAdults = (c: FamilyType[]) => c.reduce((a, f) => a + f.share * f.adults, 0);

/**
 * Accompanied minors come in family units: units = minors / mean children per unit, by the
 * composition's shares; the adults of those units leave the single adults. If the data has
 * fewer adults than the families need, single adults are 0 that week (never negative).
 */
export function splitKinds(adults: number[], accompaniedMinors: number[], unaccompanied: number[], composition: FamilyType[], maleShare: number): KindFlows {
  const units = accompaniedMinors.map((m) => Math.max(0, m) / meanChildren(composition));
  const familyAdults = units.map((u) => u * meanAdults(composition));
  const singles = adults.map((a, i) => Math.max(0, a - familyAdults[i]));
  const families = new Map<number, number[]>();
  for (const f of composition) {
    const size = f.adults + f.children;
    const prev = families.get(size) ?? units.map(() => 0);
    families.set(size, prev.map((x, i) => x + units[i] * f.share));
  }
  return { men: singles.map((s) => s * maleShare), women: singles.map((s) => s * (1 - maleShare)), minors: unaccompanied.map((x) => Math.max(0, x)), families };
}

export function scaleFlows(f: KindFlows, share: number): KindFlows {
  const s = (xs: number[]) => xs.map((x) => x * share);
  return { men: s(f.men), women: s(f.women), minors: s(f.minors), families: new Map([...f.families].map(([k, v]) => [k, s(v)])) };
}

/** Whole units week by week whose running total is the rounded running total of the expectation, so nothing is lost to rounding. */
export function wholeUnits(perWeek: number[]): number[] {
  let cum = 0;
  let given = 0;
  return perWeek.map((x) => {
    cum += x;
    const n = Math.round(cum) - given;
    given += n;
    return n;
  });
}

/**
 * A city's demand in whole units: each kind and family size rounded on its own, as the rounded
 * running total of that series (wholeUnits). Each series stays within half a unit of what is
 * expected at every week, and a scenario that sends more of a kind never plans fewer of it.
 * Rounding all series together so that each week's people add up exactly (largest remainder)
 * was tried and not kept: it broke both properties (a city could get fewer families in a
 * scenario that returns more). The cost: a total a few people off what INM recorded in a
 * replay (2,461 planned against 2,472 in the six weeks from 13 April 2026).
 */
export function demandOf(city: string, flows: KindFlows): Demand[] {
  const out: Demand[] = [];
  const add = (kind: Kind, size: number, perWeek: number[]) =>
    wholeUnits(perWeek).forEach((units, week) => {
      if (units > 0) out.push({ week, city, kind, size, units });
    });
  add('men', 1, flows.men);
  add('women', 1, flows.women);
  add('minors', 1, flows.minors);
  for (const [size, perWeek] of [...flows.families].sort((a, b) => a[0] - b[0])) add('families', size, perWeek);
  return out;
}

/** Shares of a state's arrivals among its receiving cities: given shares, else 2020 census population (INEGI, in the store). */
export async function cityShares(conn: DuckDBConnection, points: string[], given: Record<string, number>): Promise<{ shares: Map<string, number>; basis: 'user' | 'data' }> {
  if (points.every((c) => given[c] !== undefined)) {
    const total = points.reduce((a, c) => a + given[c], 0);
    return { shares: new Map(points.map((c) => [c, total > 0 ? given[c] / total : 1 / points.length])), basis: 'user' };
  }
  const pop = await rows<{ code: string; value: number }>(
    conn,
    `SELECT geography AS code, max(value) AS value FROM observations WHERE measure = 'population' AND demographic = 'ALL' AND geography IN (${points.map(() => '?').join(', ')}) GROUP BY geography ORDER BY geography`,
    points,
  );
  const byCode = new Map(pop.map((p) => [p.code, Number(p.value)]));
  const total = points.reduce((a, c) => a + (byCode.get(c) ?? 0), 0);
  return { shares: new Map(points.map((c) => [c, total > 0 ? (byCode.get(c) ?? 0) / total : 1 / points.length])), basis: 'data' };
}

/** Share of men among Mexicans removed by ICE (FOIA records FY2016-FY2019, in the store), the only split of returned adults by sex the store holds. */
export async function maleShareFromStore(conn: DuckDBConnection): Promise<{ share: number; men: number; women: number } | null> {
  const found = await rows<{ demographic: string; value: number }>(
    conn,
    `SELECT demographic, sum(value) AS value FROM observations
      WHERE measure = 'removals' AND dataset_id = 'ice-foia/removals' AND citizenship = 'MEX' AND demographic IN ('MALE', 'FEMALE')
        AND vintage_id = (SELECT max(id) FROM vintages WHERE source_id = 'ice-foia') GROUP BY demographic`,
  );
  const men = Number(found.find((r) => r.demographic === 'MALE')?.value ?? 0);
  const women = Number(found.find((r) => r.demographic === 'FEMALE')?.value ?? 0);
  return men + women > 0 ? { share: men / (men + women), men, women } : null;
}
