/**
 * What a shelter coordinator needs beyond the plan's totals (the Reception page's shelter
 * view reads it through the API): free beds at each site by kind and week, the sites within
 * reach of each receiving city, and the arriving family units by size (a family of 4 is one unit).
 * Everything is read from the plan's input and its whole-number solution; nothing is solved
 * again.
 */
import { haversineKm } from './geo.js';
import { eligible } from './model-lp.js';
import { occupancyShares, openShare } from './stay.js';
import { KINDS, type Assignment, type Kind, type PlanInput, type SitePlan } from './types.js';

/** The parts of a plan (plan.ts) the detail reads. */
type Solved = { sites: SitePlan[]; assignments: Assignment[] };

export interface ShelterDetail {
  /** Nobody is sent farther than this from the receiving city (km). */
  maxKm: number;
  sites: {
    id: string;
    lat: number;
    lon: number;
    /** The kinds the site takes (unaccompanied minors: DIF sites only). */
    takes: Kind[];
    /** Whole beds free each week for each kind: the shared beds left, and the kind's own cap left where the registry caps it; 0 for a kind the site does not take. */
    free: Record<Kind, number[]>;
  }[];
  /** Sites within reach of each receiving city, nearest first (km rounded). */
  reach: { city: string; site: string; km: number }[];
  /** Arriving family units by week, city and size (single people and minors are units of 1: the plan's arrivals count them). */
  units: { week: string; city: string; kind: Kind; size: number; units: number }[];
}

/** Average beds in use by kind, site and week, from the plan's assignments (as plan.ts counts occupancy, kind by kind). */
function occupancyByKind(input: PlanInput, plan: Solved): Map<string, Record<Kind, number[]>> {
  const shares = Object.fromEntries(KINDS.map((k) => [k, occupancyShares(input.stayDays[k])])) as Record<Kind, number[]>;
  const weekIndex = new Map(input.weeks.map((w, i) => [w, i]));
  const out = new Map(input.sites.map((s) => [s.id, Object.fromEntries(KINDS.map((k) => [k, input.weeks.map(() => 0)])) as Record<Kind, number[]>]));
  for (const a of plan.assignments) {
    const w = weekIndex.get(a.week)!;
    const row = out.get(a.site)![a.kind];
    shares[a.kind].forEach((sh, j) => {
      if (w + j < row.length) row[w + j] += sh * a.people;
    });
  }
  return out;
}

export function shelterDetail(input: PlanInput, plan: Solved): ShelterDetail {
  const byKind = occupancyByKind(input, plan);
  const planned = new Map(plan.sites.map((s) => [s.id, s]));
  // A tiny tolerance so that 9.999999 free beds (sums of halves) counts as 10.
  const whole = (x: number) => Math.max(0, Math.floor(x + 1e-9));
  const sites = input.sites.map((s) => {
    const p = planned.get(s.id)!;
    const used = byKind.get(s.id)!;
    const free = Object.fromEntries(
      KINDS.map((k) => [
        k,
        input.weeks.map((week, i) => {
          if (!eligible(s, k)) return 0;
          const shared = (p.capacity[i] ?? 0) - (p.occupancy[i] ?? 0);
          const cap = s.bedsByKind[k];
          return whole(cap === undefined ? shared : Math.min(shared, cap * openShare(week, s.opens, s.closes) - used[k][i]));
        }),
      ]),
    ) as Record<Kind, number[]>;
    return { id: s.id, lat: s.lat, lon: s.lon, takes: KINDS.filter((k) => eligible(s, k)), free };
  });
  const reach = input.cities
    .flatMap((c) => input.sites.map((s) => ({ city: c.code, site: s.id, km: haversineKm(c.lat, c.lon, s.lat, s.lon) })))
    .filter((r) => r.km <= input.maxKm)
    .sort((a, b) => a.city.localeCompare(b.city) || a.km - b.km)
    .map((r) => ({ ...r, km: Math.round(r.km) }));
  const units = new Map<string, ShelterDetail['units'][number]>();
  for (const d of input.demand) {
    if (d.units === 0 || d.kind !== 'families') continue;
    const key = `${d.week}|${d.city}|${d.kind}|${d.size}`;
    const u = units.get(key) ?? { week: input.weeks[d.week], city: d.city, kind: d.kind, size: d.size, units: 0 };
    u.units += d.units;
    units.set(key, u);
  }
  return { maxKm: input.maxKm, sites, reach, units: [...units.values()].sort((a, b) => a.week.localeCompare(b.week) || a.city.localeCompare(b.city) || a.kind.localeCompare(b.kind) || a.size - b.size) };
}
