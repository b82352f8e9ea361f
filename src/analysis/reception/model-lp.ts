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
 */
import { LinearProgram, type Terms } from '../../lib/lp/linear-program.js';
import { haversineKm } from './geo.js';
import { occupancyShares, openShare } from './stay.js';
import { KINDS, type Kind, type PlanInput, type Site } from './types.js';

export interface Move {
  demand: number;
  site: number;
  variable: number;
  km: number;
}

export interface ReceptionModel {
  lp: LinearProgram;
  moves: Move[];
  /** Variable of u[d], by demand index. */
  unmet: number[];
  /** Σ size·u: people without a place. */
  unmetObjective: Terms;
  /** Σ size·km·y: person-kilometres travelled from the receiving city to the site. */
  distanceObjective: Terms;
  /** Beds available by site and week. */
  capacity: number[][];
  shares: Record<Kind, number[]>;
}

export function eligible(site: Site, kind: Kind): boolean {
  return site.takes[kind] && (kind !== 'minors' || site.dif);
}

export function buildModel(input: PlanInput): ReceptionModel {
  const lp = new LinearProgram();
  const shares = Object.fromEntries(KINDS.map((k) => [k, occupancyShares(input.stayDays[k])])) as Record<Kind, number[]>;
  const cityOf = new Map(input.cities.map((c) => [c.code, c]));
  const capacity = input.sites.map((s) => input.weeks.map((w) => s.beds * openShare(w, s.opens, s.closes)));
  const moves: Move[] = [];
  const unmet: number[] = [];
  const unmetObjective: Terms = new Map();
  const distanceObjective: Terms = new Map();
  input.demand.forEach((d, di) => {
    const city = cityOf.get(d.city);
    if (!city) throw new Error(`demand names city ${d.city}, which is not among the plan's cities`);
    const cover: Terms = new Map();
    input.sites.forEach((s, si) => {
      if (!eligible(s, d.kind) || capacity[si][d.week] <= 0) return;
      const km = haversineKm(city.lat, city.lon, s.lat, s.lon);
      if (km > input.maxKm) return;
      const v = lp.addVariable({ upper: d.units, integer: true });
      moves.push({ demand: di, site: si, variable: v, km });
      cover.set(v, 1);
      if (km > 0) distanceObjective.set(v, d.size * km);
    });
    const u = lp.addVariable({ upper: d.units, integer: true });
    unmet.push(u);
    cover.set(u, 1);
    unmetObjective.set(u, d.size);
    lp.addRow(cover, d.units, d.units);
  });
  const bySite = input.sites.map(() => [] as Move[]);
  for (const m of moves) bySite[m.site].push(m);
  input.sites.forEach((s, si) => {
    input.weeks.forEach((_, t) => {
      const all: Terms = new Map();
      const byKind = new Map<Kind, Terms>();
      for (const m of bySite[si]) {
        const d = input.demand[m.demand];
        const share = shares[d.kind][t - d.week];
        if (!(t >= d.week && share)) continue;
        all.set(m.variable, share * d.size);
        if (s.bedsByKind[d.kind] !== undefined) {
          if (!byKind.has(d.kind)) byKind.set(d.kind, new Map());
          byKind.get(d.kind)!.set(m.variable, share * d.size);
        }
      }
      lp.addRow(all, -Infinity, capacity[si][t]);
      for (const [k, terms] of byKind) lp.addRow(terms, -Infinity, s.bedsByKind[k]! * openShare(input.weeks[t], s.opens, s.closes));
    });
  });
  return { lp, moves, unmet, unmetObjective, distanceObjective, capacity, shares };
}
