/**
 * The reception model (model-lp.ts) split into independent parts and written as HiGHS's arrays.
 *
 * Components: two sites are in the same part when one demand row may go to both; a
 * part's demand rows reach only its sites and its bed rows hold only its moves, so each
 * part is solved alone and the optima add up. Demand rows that no site can take are
 * unmet without any unknown.
 *
 * Two programmes per part:
 * - by person, continuous (the LP relaxation, smaller): the family sizes of a city, week
 *   and kind become one column per site counting people, since a family unit of size n
 *   uses exactly n times the beds, km and cover of one person. Any solution of the
 *   whole-unit relaxation maps to one of this with the same objectives and back (split
 *   the people in proportion), so both relaxations have the same optimum: a proven bound.
 * - by whole unit, integer (the model itself), for the cases the LP bound does not settle.
 */
import type { ProgramArrays } from '../../lib/lp/highs.js';
import type { ReceptionModel } from './model-lp.js';

export interface Component {
  sites: number[];
  demands: number[];
  moves: number[];
  rows: number[];
}

export function components(model: ReceptionModel): Component[] {
  const parent = model.input.sites.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (const mine of model.movesOf) for (const m of mine) parent[find(model.moves[m].site)] = find(model.moves[mine[0]].site);
  const byRoot = new Map<number, Component>();
  const of = (site: number) => {
    const r = find(site);
    let c = byRoot.get(r);
    if (!c) byRoot.set(r, (c = { sites: [], demands: [], moves: [], rows: [] }));
    return c;
  };
  model.input.sites.forEach((_, s) => of(s).sites.push(s));
  model.movesOf.forEach((mine, d) => {
    if (mine.length === 0) return;
    const c = of(model.moves[mine[0]].site);
    c.demands.push(d);
    c.moves.push(...mine);
  });
  model.rows.forEach((r, i) => of(r.site).rows.push(i));
  return [...byRoot.values()].filter((c) => c.demands.length > 0);
}

export interface PersonProgram {
  arrays: ProgramArrays;
  /** Cost vectors of the two objectives: people without a place, person-km. */
  unmetCost: Float64Array;
  kmCost: Float64Array;
  /** Rank of each column's site among the part's sites (0 for the first in canonical order, i.e. by id; 0 for unmet people): the tie-break of solve.ts. */
  siteRank: Float64Array;
  /** Columns of unmet people (one per group), for the stage-2 row Σ unmet ≤ U. */
  unmetCols: Int32Array;
  /** Column (people) of each move of the part, by position in `component.moves`. */
  colOfMove: Int32Array;
}

export function personProgram(model: ReceptionModel, c: Component): PersonProgram {
  const { input, moves, movesOf, rowsOfMove, rows } = model;
  const groups = new Map<string, number>();
  const groupOf = c.demands.map((d) => {
    const x = input.demand[d];
    const key = `${x.week}|${x.city}|${x.kind}`;
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = groups.size));
    return g;
  });
  const G = groups.size;
  const people = new Float64Array(G);
  c.demands.forEach((d, i) => (people[groupOf[i]] += input.demand[d].units * input.demand[d].size));
  const localRow = new Map(c.rows.map((r, i) => [r, G + i]));
  const cols: { entries: [number, number][]; upper: number; unmet: number; km: number; rank: number }[] = [];
  const colOfSite = new Map<string, number>();
  const rankOf = new Map(c.sites.map((s, i) => [s, i]));
  const position = new Map(c.moves.map((m, i) => [m, i]));
  const colOfMove = new Int32Array(c.moves.length);
  c.demands.forEach((d, i) => {
    const g = groupOf[i];
    const size = input.demand[d].size;
    for (const m of movesOf[d]) {
      const key = `${g}|${moves[m].site}`;
      let col = colOfSite.get(key);
      if (col === undefined) {
        col = cols.push({ entries: [[g, 1], ...rowsOfMove[m].map(({ row, coef }): [number, number] => [localRow.get(row)!, coef / size])], upper: people[g], unmet: 0, km: moves[m].km, rank: rankOf.get(moves[m].site)! }) - 1;
        colOfSite.set(key, col);
      }
      colOfMove[position.get(m)!] = col;
    }
  });
  const unmetCols = new Int32Array(G);
  for (let g = 0; g < G; g++) unmetCols[g] = cols.push({ entries: [[g, 1]], upper: people[g], unmet: 1, km: 0, rank: 0 }) - 1;
  const rowLower = new Float64Array(G + c.rows.length);
  const rowUpper = new Float64Array(G + c.rows.length);
  rowLower.set(people);
  rowUpper.set(people);
  c.rows.forEach((r, i) => {
    rowLower[G + i] = -Infinity;
    rowUpper[G + i] = rows[r].upper;
  });
  const arrays = columnWise(cols, rowLower, rowUpper, false);
  return { arrays, unmetCost: Float64Array.from(cols, (x) => x.unmet), kmCost: Float64Array.from(cols, (x) => x.km), siteRank: Float64Array.from(cols, (x) => x.rank), unmetCols, colOfMove };
}

export interface UnitProgram {
  arrays: ProgramArrays;
  unmetCost: Float64Array;
  kmCost: Float64Array;
  /** Columns: the part's moves in `component.moves` order, then u[d] in `component.demands` order. */
}

export function unitProgram(model: ReceptionModel, c: Component): UnitProgram {
  const { input, moves, rowsOfMove, rows } = model;
  const D = c.demands.length;
  const demandRow = new Map(c.demands.map((d, i) => [d, i]));
  const localRow = new Map(c.rows.map((r, i) => [r, D + i]));
  const cols: { entries: [number, number][]; upper: number; unmet: number; km: number }[] = c.moves.map((m) => {
    const d = input.demand[moves[m].demand];
    return { entries: [[demandRow.get(moves[m].demand)!, 1], ...rowsOfMove[m].map(({ row, coef }): [number, number] => [localRow.get(row)!, coef])], upper: d.units, unmet: 0, km: d.size * moves[m].km };
  });
  for (const d of c.demands) cols.push({ entries: [[demandRow.get(d)!, 1]], upper: input.demand[d].units, unmet: input.demand[d].size, km: 0 });
  const rowLower = new Float64Array(D + c.rows.length);
  const rowUpper = new Float64Array(D + c.rows.length);
  c.demands.forEach((d, i) => (rowLower[i] = rowUpper[i] = input.demand[d].units));
  c.rows.forEach((r, i) => {
    rowLower[D + i] = -Infinity;
    rowUpper[D + i] = rows[r].upper;
  });
  const arrays = columnWise(cols, rowLower, rowUpper, true);
  return { arrays, unmetCost: Float64Array.from(cols, (x) => x.unmet), kmCost: Float64Array.from(cols, (x) => x.km) };
}

function columnWise(cols: { entries: [number, number][]; upper: number; unmet: number }[], rowLower: Float64Array, rowUpper: Float64Array, integer: boolean): ProgramArrays {
  const n = cols.length;
  const nnz = cols.reduce((a, x) => a + x.entries.length, 0);
  const starts = new Int32Array(n + 1);
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let k = 0;
  cols.forEach((x, j) => {
    starts[j] = k;
    for (const [r, v] of x.entries.sort((a, b) => a[0] - b[0])) {
      indices[k] = r;
      values[k++] = v;
    }
  });
  starts[n] = k;
  return {
    numCols: n,
    numRows: rowLower.length,
    colCost: Float64Array.from(cols, (x) => x.unmet),
    colLower: new Float64Array(n),
    colUpper: Float64Array.from(cols, (x) => x.upper),
    rowLower,
    rowUpper,
    matrix: { format: 'csc', numRows: rowLower.length, numCols: n, starts, indices, values },
    ...(integer ? { integrality: new Int32Array(n).fill(1) } : {}),
  };
}
