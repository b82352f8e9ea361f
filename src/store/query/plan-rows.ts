/**
 * Turns the figures of one plan (a period, its group codes, the sum, the cells and the
 * non-blank cells) into answer rows, whichever engine computed them (run-plan.ts in
 * SQL, run-cells.ts in memory): one place for completeness and provenance.
 */
import { expectedParts, rollPeriod, type Plan, type QueryGrain } from './plan.js';
import type { SeriesRow } from './row.js';

/** A plan and the periods (native grain) its table reports, whatever the cells. */
export interface PlannedTable {
  plan: Plan;
  native: string[];
}

/** One group of a plan's cells in a requested period. */
export interface PlanFigure {
  period: string;
  /** The code of each grouped dimension. */
  keys: Record<string, unknown>;
  /** The sum of the non-blank cells (null when every cell is blank). */
  value: number | null;
  cells: number;
  nonnull: number;
  /** A stock's level: the day of the sub-period it is taken from (the last one the group reports in the period). */
  asOf?: string;
}

/** A table's periods (the catalogue's list, one per store state) → by requested grain, how many of them each requested period holds. */
const coveredCache = new WeakMap<string[], Map<string, Map<string, number>>>();

/**
 * How many sub-periods of each requested period the table reports in full (its keys are
 * the requested periods the table has any period in). A sub-period the table publishes as
 * partial (`partialPeriods`, e.g. ICE's FOIA arrests hold only 1 September 2019 of
 * September) is not one: the year it rolls up to is partial too, 11 of 12 months; asked at
 * its own grain, 0 of 1.
 * Worked out once per table and grain.
 */
export function coveredParts(periods: string[], grain: QueryGrain, plan: Plan): Map<string, number> {
  let byGrain = coveredCache.get(periods);
  if (!byGrain) coveredCache.set(periods, (byGrain = new Map()));
  const key = `${grain}|${plan.dataset.grain}`;
  let covered = byGrain.get(key);
  if (covered) return covered;
  covered = new Map<string, number>();
  for (const p of periods) {
    const rolled = rollPeriod(p, grain, plan.dataset.grain);
    // At the table's own grain too: OHSS's FY2024 "year to date" is the one part of FY2024 and not a full one, so 0 of 1
    // (it read 1 of 1 beside complete false).
    const full = !plan.dataset.partialPeriods.has(p);
    covered.set(rolled, (covered.get(rolled) ?? 0) + (full ? 1 : 0));
  }
  byGrain.set(key, covered);
  return covered;
}

/** What a row says of its period's completeness: worked out once per period, whatever its groups. */
export interface PeriodParts {
  complete: boolean;
  parts: number;
  expectedParts: number;
}

export function periodParts(period: string, plan: Plan, grain: QueryGrain, covered: Map<string, number>): PeriodParts {
  const parts = expectedParts(grain, plan.dataset.grain);
  const expected = parts === '1' ? 1 : parts === '12' ? 12 : daysIn(period, grain);
  // A period is complete when the table covers all its months (or days), whether or
  // not the filtered cells appear in each: no Title 42 row before March 2020 is not a gap.
  const got = covered.get(period) ?? 0;
  return { complete: got >= expected, parts: got, expectedParts: expected };
}

/** A figure's row (the engine that runs statements: one figure object per row). */
export function toRow(r: PlanFigure, plan: Plan, grain: QueryGrain, covered: Map<string, number>): SeriesRow {
  const value = r.nonnull < r.cells ? null : r.value;
  return rowOf(r.period, codesOf(r, plan), value, r.cells, r.asOf, plan, grain, periodParts(r.period, plan, grain, covered));
}

/**
 * A row from its parts. `keys` are the grouped codes as strings: the in-memory engine
 * passes one object per group, shared by the group's rows, and the facts of a period once
 * for all its groups (an answer's rows are never changed after).
 */
export function rowOf(period: string, keys: Record<string, string>, value: number | null, cells: number, asOf: string | undefined, plan: Plan, grain: QueryGrain, facts: PeriodParts): SeriesRow {
  const ds = plan.dataset;
  const row: SeriesRow = {
    period,
    grain,
    keys,
    value,
    complete: facts.complete,
    parts: facts.parts,
    expectedParts: facts.expectedParts,
    source: ds.source,
    dataset: ds.id,
    vintage: ds.vintage,
    rounding: ds.rounding,
    cells,
  };
  if (asOf !== undefined) row.asOf = asOf;
  return row;
}

function codesOf(r: PlanFigure, plan: Plan): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const g of plan.groups) keys[g.dim] = String(r.keys[g.dim]);
  return keys;
}

function daysIn(period: string, grain: string): number {
  const start = new Date(`${period}T00:00:00Z`);
  const end = new Date(start);
  if (grain === 'month') end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCFullYear(end.getUTCFullYear() + 1);
  return Math.round((end.getTime() - start.getTime()) / 86_400_000);
}
