/**
 * Runs the plans of a request on the cells held in memory (cells.ts): the same figures
 * as the SQL statement of run-plan.ts, without a statement. For each plan, the series
 * of its table that meet its conditions (and add up to a requested place) are read, their
 * cells in the requested periods summed by requested period and group; a stock takes its
 * level on the last sub-period reported. test/store/query-equivalence.test.ts holds the
 * two engines (and the engine before them) to the same answers.
 */
import { DIMENSIONS } from '../../model/index.js';
import { Slices } from '../../lib/slices.js';
import type { CellIndex, CellTable } from './cells.js';
import { rollPeriod, type Plan, type QueryGrain, type SeriesRequest } from './plan.js';
import { coveredParts, periodParts, rowOf, type PlannedTable } from './plan-rows.js';
import type { SeriesRow } from './row.js';

const D = DIMENSIONS.length;


/** The places of a series when no place is requested: one, none in particular. */
const NO_PLACE: readonly (string | undefined)[] = [undefined];

/**
 * Whether the cells in memory answer these plans together: every table in memory, one
 * plan per table, one measure and breakdown for all (else the statement says what is wrong).
 */
export function inMemory(index: CellIndex, tables: PlannedTable[]): boolean {
  const plans = tables.map((t) => t.plan);
  if (plans.some((p) => !index.table(p.dataset.vintage, p.dataset.id)) || new Set(plans.map((p) => p.dataset.id)).size < plans.length) return false;
  const breakdown = (p: Plan) => p.groups.map((g) => g.dim).join();
  return !plans.some((p) => p.dataset.stock !== plans[0].dataset.stock || breakdown(p) !== breakdown(plans[0]));
}

/**
 * The rows of each plan, or undefined when the cells in memory cannot answer (the caller
 * asks the store). A request that sums hundreds of thousands of cells gives way to the
 * others every few milliseconds (SLICE_MS) (`slices`, shared by the parts of one request).
 */
export async function runCells(index: CellIndex, tables: PlannedTable[], req: SeriesRequest, slices = new Slices()): Promise<SeriesRow[][] | undefined> {
  if (!inMemory(index, tables)) return undefined;
  const grain = req.grain ?? 'month';
  const out: SeriesRow[][] = [];
  for (const t of tables) {
    const covered = coveredParts(t.native, grain, t.plan);
    const table = index.table(t.plan.dataset.vintage, t.plan.dataset.id)!;
    out.push(await rowsOf(index, table, t.plan, req, grain, covered, slices));
  }
  return out;
}

interface Group {
  /** The group's codes, one object shared by its rows. */
  keys: Record<string, string>;
  order: string[];
  sum: Float64Array;
  cells: Float64Array;
  nonnull: Float64Array;
}

async function rowsOf(index: CellIndex, table: CellTable, plan: Plan, req: SeriesRequest, grain: QueryGrain, covered: Map<string, number>, slices: Slices): Promise<SeriesRow[]> {
  const tests = plan.conditions.map((c) => ({
    k: DIMENSIONS.indexOf(c.dim),
    kind: c.kind,
    ids: c.kind === 'in' ? new Set(c.codes.map((code) => index.ids[c.dim].get(code) ?? -1)) : undefined,
    all: index.ids[c.dim].get('ALL') ?? -1,
  }));
  const targets = plan.places && targetsOf(index, plan.places);
  const groups = plan.groups.map((g) => ({ dim: g.dim, k: DIMENSIONS.indexOf(g.dim), place: g.dim === 'geography' && plan.places !== undefined }));
  // Only the sub-periods that can fall in the requested periods, as the statement reads them.
  const lo = req.from ? lowerBound(table.periods, req.from) : 0;
  const hi = req.to ? lowerBound(table.periods, plusYear(req.to)) : table.periods.length;
  const stock = plan.dataset.stock;
  const rolled = rolledPeriods(table, grain, plan);
  // A flow adds up by requested period; a stock is kept by sub-period until its last one is known.
  const slots = stock ? table.periods.length : rolled.labels.length;
  const byKey = new Map<number | string, Group>();
  // A group's key: the grouped codes as one number in mixed radix (codes are numbered, places
  // numbered as met), so reading a series allocates nothing; else, when the product of the
  // radixes passes 2^53, the codes joined. Every code of a table in memory was numbered when
  // it was read, so the dictionaries' sizes now bound them.
  const placeCount = targets ? [...targets.values()].reduce((n, list) => n + list.length, 0) : 1;
  const radix = groups.map((g) => (g.place ? placeCount : index.codes[g.dim].length));
  const numeric = radix.reduce((a, b) => a * b, 1) <= Number.MAX_SAFE_INTEGER;
  const placeIds = new Map<string, number>();
  const keyOf = (base: number, place: string | undefined): number | string => {
    if (!numeric) return groups.map((g) => (g.place ? place! : index.codes[g.dim][dims[base + g.k]])).join('\u0000');
    let key = 0;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      let v: number | undefined;
      if (g.place) {
        v = placeIds.get(place!);
        if (v === undefined) placeIds.set(place!, (v = placeIds.size));
      } else v = dims[base + g.k];
      key = key * radix[i] + v;
    }
    return key;
  };
  const { dims, first } = table;
  const { period, value, blank } = table;
  const of = rolled.of;
  /** Adds series s to its groups; says how many cells it read. */
  const visit = (s: number): number => {
    const base = s * D;
    for (const t of tests) {
      const code = dims[base + t.k];
      if (t.kind === 'in' ? !t.ids!.has(code) : t.kind === 'all' ? code !== t.all : code === t.all) return 0;
    }
    const places = targets ? targets.get(dims[base]) : NO_PLACE;
    if (!places) return 0;
    const end = first[s + 1];
    const start = lowerBoundCells(period, first[s], end, lo);
    if (start >= end || period[start] >= hi) return 0;
    for (const place of places) {
      const key = keyOf(base, place);
      let group = byKey.get(key);
      if (!group) {
        const order = groups.map((g) => (g.place ? place! : index.codes[g.dim][dims[base + g.k]]));
        const keys = Object.fromEntries(groups.map((g, i) => [g.dim, order[i]]));
        group = { keys, order, sum: new Float64Array(slots), cells: new Float64Array(slots), nonnull: new Float64Array(slots) };
        byKey.set(key, group);
      }
      const { sum, cells, nonnull } = group;
      for (let c = start; c < end; c++) {
        const p = period[c];
        if (p >= hi) break;
        const slot = stock ? p : of[p];
        cells[slot]++;
        if (blank[c] === 0) {
          nonnull[slot]++;
          sum[slot] += value[c];
        }
      }
    }
    return places.length * (end - start);
  };
  // A table's series are grouped by place: only the runs of the places asked for are read.
  const runs: [number, number][] = targets ? [] : [[0, table.series]];
  for (const id of targets?.keys() ?? []) {
    const run = table.placeRuns.get(id);
    if (run) runs.push(run);
  }
  for (const [from, to] of runs) {
    for (let s = from; s < to; s++) if (slices.spent(1 + visit(s))) await slices.giveWay();
  }
  // As the statement orders them: by period, then by the grouped codes. The requested
  // periods are ascending already, so only the groups are sorted (a few hundred at most),
  // not the rows (thousands in a long answer, whose sort was most of its time).
  const sorted = [...byKey.values()].sort((a, b) => compareOrder(a.order, b.order));
  const out: SeriesRow[] = [];
  for (let r = 0; r < rolled.labels.length; r++) {
    const label = rolled.labels[r];
    if ((req.from && label < req.from) || (req.to && label > req.to)) continue;
    const facts = periodParts(label, plan, grain, covered);
    for (const g of sorted) {
      // A stock's level is that of the last sub-period the group reports in the period.
      let slot = r;
      if (stock) {
        slot = -1;
        for (let p = rolled.last[r]; p >= rolled.firstOf[r]; p--) {
          if (g.cells[p] > 0) {
            slot = p;
            break;
          }
        }
        if (slot < 0) continue;
      } else if (g.cells[slot] === 0) continue;
      // As toRow reads a figure: a blank cell among the summed ones blanks the sum.
      const value = g.nonnull[slot] < g.cells[slot] ? null : g.sum[slot];
      out.push(rowOf(label, g.keys, value, g.cells[slot], stock ? table.periods[slot] : undefined, plan, grain, facts));
    }
  }
  return out;
}

function compareOrder(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = compare(a[i], b[i]);
    if (c !== 0) return c;
  }
  return 0;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const targetCache = new WeakMap<[string, string][], Map<boolean, Map<number, string[]>>>();

/**
 * Each of the table's places (by number), with the requested places it counts for, or
 * itself when reported place by place; worked out once per list of pairs (plan.ts keeps
 * one list per table and requested place).
 */
function targetsOf(index: CellIndex, places: NonNullable<Plan['places']>): Map<number, string[]> {
  let byPlace = targetCache.get(places.pairs);
  if (!byPlace) targetCache.set(places.pairs, (byPlace = new Map()));
  let targets = byPlace.get(places.byPlace);
  if (targets) return targets;
  targets = new Map();
  for (const [code, wanted] of places.pairs) {
    const id = index.ids.geography.get(code);
    if (id === undefined) continue;
    const list = targets.get(id) ?? [];
    list.push(places.byPlace ? code : wanted);
    targets.set(id, list);
  }
  byPlace.set(places.byPlace, targets);
  return targets;
}

interface Rolled {
  /** The requested periods the table's periods fall in, ascending. */
  labels: string[];
  /** Each table period's requested period (an index into labels). */
  of: Uint32Array;
  /** Each requested period's first and last table period. */
  firstOf: Uint32Array;
  last: Uint32Array;
}

const rolledCache = new WeakMap<CellTable, Map<string, Rolled>>();

/** The table's periods rolled up to a grain (rolling keeps the order, so each requested period is a run). */
function rolledPeriods(table: CellTable, grain: QueryGrain, plan: Plan): Rolled {
  let byGrain = rolledCache.get(table);
  if (!byGrain) rolledCache.set(table, (byGrain = new Map()));
  let found = byGrain.get(grain);
  if (found) return found;
  const labels: string[] = [];
  const of = new Uint32Array(table.periods.length);
  const firstOf: number[] = [];
  const last: number[] = [];
  table.periods.forEach((p, i) => {
    const label = rollPeriod(p, grain, plan.dataset.grain);
    if (labels.at(-1) !== label) {
      labels.push(label);
      firstOf.push(i);
      last.push(i);
    }
    of[i] = labels.length - 1;
    last[labels.length - 1] = i;
  });
  found = { labels, of, firstOf: Uint32Array.from(firstOf), last: Uint32Array.from(last) };
  byGrain.set(grain, found);
  return found;
}

/** First index of a sorted list whose value is at least `x`. */
function lowerBound(sorted: string[], x: string): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (sorted[m] < x) a = m + 1;
    else b = m;
  }
  return a;
}

/** First cell of from .. to - 1 (in period order) whose period is at least `p`. */
function lowerBoundCells(period: Uint32Array, from: number, to: number, p: number): number {
  let a = from;
  let b = to;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (period[m] < p) a = m + 1;
    else b = m;
  }
  return a;
}

/** A date a year later, as DuckDB's `date + INTERVAL 1 YEAR` gives it (29 February to 28 February). */
function plusYear(date: string): string {
  const [y, m, d] = date.split('-');
  const year = String(Number(y) + 1).padStart(4, '0');
  return m === '02' && d === '29' ? `${year}-02-28` : `${year}-${m}-${d}`;
}
