/**
 * The plan's input in one canonical order, so that the same sites and arrivals always make
 * the same programme, column for column and row for row, however they were listed.
 *
 * Why: among plans with the fewest people without a place and the fewest person-km there
 * are often many (two sites at one address, as the demo registry's "… II" shelters are, tie
 * on every objective), and which of them HiGHS returns depends on the order of its columns.
 * The store's rows come in no fixed order unless a query sorts them (DuckDB aggregates in
 * parallel), so two runs on one store, two stores built from the same files, or the command
 * line and the API could list the same arrivals in another order and get another plan with
 * the same totals. Solving the canonical order makes the plan a function of the input's
 * contents only.
 *
 * Sites are ordered by id (unique in a registry), demand rows by week, city, kind (in
 * KINDS order) and unit size, cities by code; any remaining tie by every other field, so
 * two rows that compare equal are identical and their order cannot matter.
 */
import { KINDS, type Demand, type PlanInput, type Site } from './types.js';

export interface CanonicalInput {
  input: PlanInput;
  /** Position in the caller's `sites` of each canonical site. */
  siteOrder: number[];
}

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareSites(a: Site, b: Site): number {
  return text(a.id, b.id) || text(JSON.stringify(a), JSON.stringify(b));
}

export function compareDemand(a: Demand, b: Demand): number {
  return a.week - b.week || text(a.city, b.city) || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.size - b.size || a.units - b.units;
}

export function canonicalInput(input: PlanInput): CanonicalInput {
  const siteOrder = input.sites.map((_, i) => i).sort((i, j) => compareSites(input.sites[i], input.sites[j]));
  return {
    input: {
      ...input,
      cities: [...input.cities].sort((a, b) => text(a.code, b.code) || text(JSON.stringify(a), JSON.stringify(b))),
      sites: siteOrder.map((i) => input.sites[i]),
      demand: [...input.demand].sort(compareDemand),
    },
    siteOrder,
  };
}
