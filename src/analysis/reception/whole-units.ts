/**
 * A whole-unit plan for one part of the model from a solution of its LP relaxation:
 * the people the LP sends from a city, week and kind to a site become whole family
 * units and whole people (never more than the LP sent, largest families first); any bed
 * row a solver tolerance left over its limit loses units until it holds; then every unit
 * still without a place goes to the nearest site where it fits in every week of its stay.
 * Every step keeps beds and cover exact, so the result is a feasible plan of the model;
 * whether it is optimal is decided by comparing it with the LP bound (solve.ts).
 */
import type { ReceptionModel } from './model-lp.js';
import type { Component } from './programs.js';

export interface WholePlan {
  /** Units of each move, by position in `component.moves`. */
  units: Int32Array;
  unmetPeople: number;
  personKm: number;
}

const EPS = 1e-9;

/**
 * Whole units from people per column (`colOfMove` maps a move's position to its column),
 * on top of the units already `placed` (the people are those of what is left).
 */
export function fromPeople(model: ReceptionModel, c: Component, colOfMove: Int32Array, people: Float64Array, placed?: Int32Array): Int32Array {
  const units = new Int32Array(c.moves.length);
  const position = new Map(c.moves.map((m, i) => [m, i]));
  const left = new Map<number, number>();
  const taken = (d: number) => (placed ? model.movesOf[d].reduce((a, m) => a + placed[position.get(m)!], 0) : 0);
  const byGroup = new Map<string, number[]>();
  for (const d of c.demands) {
    const x = model.input.demand[d];
    const key = `${x.week}|${x.city}|${x.kind}`;
    byGroup.set(key, [...(byGroup.get(key) ?? []), d]);
  }
  for (const demands of byGroup.values()) {
    demands.sort((a, b) => model.input.demand[b].size - model.input.demand[a].size);
    for (const d of demands) left.set(d, model.input.demand[d].units - taken(d));
    // The same sites, nearest first, for every demand row of the group.
    for (const m0 of model.movesOf[demands[0]]) {
      let budget = people[colOfMove[position.get(m0)!]] + 1e-7;
      for (const d of demands) {
        const m = model.movesOf[d].find((x) => model.moves[x].site === model.moves[m0].site)!;
        const size = model.input.demand[d].size;
        const k = Math.min(left.get(d)!, Math.floor(budget / size));
        if (k <= 0) continue;
        units[position.get(m)!] += k;
        left.set(d, left.get(d)! - k);
        budget -= k * size;
      }
    }
  }
  return units;
}

/** Whole units from a solution of the whole-unit programme (moves first, in `component.moves` order). */
export function fromUnits(c: Component, values: Float64Array): Int32Array {
  return Int32Array.from(c.moves, (_, i) => Math.max(0, Math.round(values[i])));
}

/** Makes `units` feasible, places what still fits, and evaluates the plan. */
export function complete(model: ReceptionModel, c: Component, start: Int32Array): WholePlan {
  const units = Int32Array.from(start);
  const position = new Map(c.moves.map((m, i) => [m, i]));
  const resid = new Map<number, number>(c.rows.map((r) => [r, model.rows[r].upper]));
  c.moves.forEach((m, i) => {
    for (const { row, coef } of model.rowsOfMove[m]) resid.set(row, resid.get(row)! - coef * units[i]);
  });
  const take = (i: number, k: number) => {
    units[i] += k;
    for (const { row, coef } of model.rowsOfMove[c.moves[i]]) resid.set(row, resid.get(row)! - coef * k);
  };
  // Tolerance can leave a row a hair over its beds: take units out, farthest first.
  for (const r of c.rows) {
    const row = model.rows[r];
    const order = row.moves.map((m, j) => j).sort((a, b) => model.moves[row.moves[b]].km - model.moves[row.moves[a]].km);
    for (const j of order) {
      if (resid.get(r)! >= -EPS) break;
      const i = position.get(row.moves[j])!;
      const k = Math.min(units[i], Math.ceil((-resid.get(r)! - EPS) / row.coef[j]));
      if (k > 0) take(i, -k);
    }
  }
  // Cover: never more units than arrive (the LP's tolerance again).
  for (const d of c.demands) {
    let over = model.movesOf[d].reduce((a, m) => a + units[position.get(m)!], 0) - model.input.demand[d].units;
    for (const m of [...model.movesOf[d]].reverse()) {
      if (over <= 0) break;
      const i = position.get(m)!;
      const k = Math.min(units[i], over);
      take(i, -k);
      over -= k;
    }
  }
  // Units without a place: the nearest site with room in every week of the stay.
  // Cheapest people first (fewest bed-weeks a person), so the beds left hold the most people.
  const cost = (d: number) => model.shares[model.input.demand[d].kind].reduce((a, x) => a + x, 0);
  const order = [...c.demands].sort((a, b) => cost(a) - cost(b) || model.input.demand[a].week - model.input.demand[b].week || model.input.demand[a].size - model.input.demand[b].size);
  let unmetPeople = 0;
  let personKm = 0;
  for (const d of order) {
    const demand = model.input.demand[d];
    let left = demand.units - model.movesOf[d].reduce((a, m) => a + units[position.get(m)!], 0);
    for (const m of model.movesOf[d]) {
      if (left <= 0) break;
      let fit = left;
      for (const { row, coef } of model.rowsOfMove[m]) fit = Math.min(fit, Math.floor((resid.get(row)! + EPS) / coef));
      if (fit > 0) {
        take(position.get(m)!, fit);
        left -= fit;
      }
    }
    unmetPeople += left * demand.size;
  }
  c.moves.forEach((m, i) => (personKm += units[i] * model.input.demand[model.moves[m].demand].size * model.moves[m].km));
  return { units, unmetPeople, personKm };
}
