/**
 * The reception plan as a mixed-integer programme (docs/RECEPTION.md writes it out).
 * Unknowns, all whole numbers: y[d,s] units of demand d (a city, week, kind and unit size)
 * sent to site s, and u[d] units of d left without a place. A family unit is one unit of
 * its size, so no family can be split: the model has no variable for part of one.
 *   y and u cover the demand:   Σ_s y[d,s] + u[d] = units[d]
 *   beds are never exceeded:    Σ_d share[kind d][t − week d] · size[d] · y[d,s] ≤ beds[s] · open[s,t]
 *                               (and the same within a kind's own cap, where the registry gives one)
 *   rules: y[d,s] exists only if s takes the kind (minors: DIF sites only), is open in d's
 *   week, and lies within maxKm of d's city.
 * This file builds the model as plain arrays (no solver here): the moves y[d,s] with
 * their distances, and the bed rows, each a list of (move, beds per unit).
 */
import { haversineKm } from './geo.js';
import { occupancyShares, openShare } from './stay.js';
import { KINDS, type Kind, type PlanInput, type Site } from './types.js';

export interface Move {
  demand: number;
  site: number;
  /** Index of y[d,s] among the model's unknowns (the moves come first, then u[d]). */
  variable: number;
  /** Great-circle km from the receiving city to the site, rounded to whole km (the distance the plan shows and counts). */
  km: number;
}

/** Σ_i coef[i] · y[moves[i]] ≤ upper: the beds of a site in a week (kind null) or its cap for one kind. */
export interface BedRow {
  site: number;
  week: number;
  kind: Kind | null;
  upper: number;
  moves: number[];
  coef: number[];
}

export interface ReceptionModel {
  input: PlanInput;
  moves: Move[];
  /** Variable of u[d], by demand index. */
  unmet: number[];
  /** The moves of each demand row, nearest site first. */
  movesOf: number[][];
  rows: BedRow[];
  /** The bed rows each move takes part in, with its beds per unit there. */
  rowsOfMove: { row: number; coef: number }[][];
  variableCount: number;
  /** Rows of the whole-unit programme: one per demand row, one per bed row with a move in it. */
  rowCount: number;
  /** Beds available by site and week. */
  capacity: number[][];
  shares: Record<Kind, number[]>;
}

export function eligible(site: Site, kind: Kind): boolean {
  return site.takes[kind] && (kind !== 'minors' || site.dif);
}

export function buildModel(input: PlanInput): ReceptionModel {
  const W = input.weeks.length;
  const shares = Object.fromEntries(KINDS.map((k) => [k, occupancyShares(input.stayDays[k])])) as Record<Kind, number[]>;
  const open = input.sites.map((s) => input.weeks.map((w) => openShare(w, s.opens, s.closes)));
  const capacity = input.sites.map((s, si) => open[si].map((o) => s.beds * o));
  // Distances and eligibility once per (city, site) and (kind, site), not per demand row.
  const km = new Map<string, number[]>();
  for (const c of input.cities) km.set(c.code, input.sites.map((s) => haversineKm(c.lat, c.lon, s.lat, s.lon)));
  const rows: BedRow[] = [];
  const rowIndex = new Map<string, number>();
  const row = (site: number, week: number, kind: Kind | null): number => {
    const key = `${site}|${week}|${kind ?? ''}`;
    let r = rowIndex.get(key);
    if (r === undefined) {
      const upper = kind === null ? capacity[site][week] : input.sites[site].bedsByKind[kind]! * open[site][week];
      r = rows.push({ site, week, kind, upper, moves: [], coef: [] }) - 1;
      rowIndex.set(key, r);
    }
    return r;
  };
  const moves: Move[] = [];
  const movesOf: number[][] = [];
  const rowsOfMove: { row: number; coef: number }[][] = [];
  input.demand.forEach((d, di) => {
    const dist = km.get(d.city);
    if (!dist) throw new Error(`demand names city ${d.city}, which is not among the plan's cities`);
    const mine: number[] = [];
    input.sites.forEach((s, si) => {
      if (!eligible(s, d.kind) || capacity[si][d.week] <= 0 || dist[si] > input.maxKm) return;
      // Whole km, as the plan's assignments show them, so person-km add up from the assignments (the reach is tested on the exact distance).
      const m = moves.push({ demand: di, site: si, variable: moves.length, km: Math.round(dist[si]) }) - 1;
      const touches: { row: number; coef: number }[] = [];
      shares[d.kind].forEach((share, k) => {
        const t = d.week + k;
        if (t >= W || !share) return;
        const coef = share * d.size;
        touches.push({ row: row(si, t, null), coef });
        if (s.bedsByKind[d.kind] !== undefined) touches.push({ row: row(si, t, d.kind), coef });
      });
      for (const { row: r, coef } of touches) {
        rows[r].moves.push(m);
        rows[r].coef.push(coef);
      }
      rowsOfMove.push(touches);
      mine.push(m);
    });
    movesOf.push(mine.sort((a, b) => moves[a].km - moves[b].km));
  });
  const unmet = input.demand.map((_, di) => moves.length + di);
  return { input, moves, unmet, movesOf, rows, rowsOfMove, variableCount: moves.length + input.demand.length, rowCount: input.demand.length + rows.length, capacity, shares };
}
