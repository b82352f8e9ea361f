/**
 * A reception plan from its input: solve, then read occupancy by site and week, unmet
 * need by city, kind and week, the assignments (who goes where), and the alerts.
 * Every number in the plan comes from the solver's whole-number solution.
 * The input is solved in its canonical order (canonical.ts), so the same sites and
 * arrivals give the same plan however they are listed. The plan lists the sites and cities
 * in the caller's order (a registry's own), the arrivals and assignments in the canonical one.
 */
import type { SolveOptions } from '../../lib/lp/highs.js';
import { planAlerts } from './alerts.js';
import type { ShelterDetail } from './shelter-detail.js';
import { canonicalInput } from './canonical.js';
import { solvePlan } from './solve.js';
import type { Alert, Assignment, Assumption, Demand, Kind, PlanInput, SitePlan, SolverReport, Unmet } from './types.js';

export interface Plan {
  weeks: string[];
  cities: { code: string; name: string; state: string; lat: number; lon: number }[];
  sites: SitePlan[];
  arrivals: { week: string; city: string; kind: Kind; people: number; units: number }[];
  assignments: Assignment[];
  unmet: Unmet[];
  alerts: Alert[];
  assumptions: Assumption[];
  solver: SolverReport;
  /** The weekly forecast behind the arrivals, by state and series (arrivals from the store only). */
  /** Store sources and vintages the plan read (newest vintage of each). */
  sources?: { source: string; vintage: number }[];
  forecast?: import('./inputs.js').ForecastRow[];
  /** Free beds by kind, sites within reach, units by size (run.ts adds it for the faces' shelter view). */
  shelter?: ShelterDetail;
}

export async function makePlan(given: PlanInput, assumptions: Assumption[], opts: SolveOptions = {}): Promise<Plan> {
  const { input, siteOrder } = canonicalInput(given);
  const { model, values, report } = await solvePlan(input, opts);
  const count = (v: number) => Math.round(values[v]);
  const occupancy = input.sites.map(() => input.weeks.map(() => 0));
  const assignments: Assignment[] = [];
  for (const m of model.moves) {
    const units = count(m.variable);
    if (units === 0) continue;
    const d = input.demand[m.demand];
    const site = input.sites[m.site];
    model.shares[d.kind].forEach((sh, k) => {
      if (d.week + k < input.weeks.length) occupancy[m.site][d.week + k] += sh * d.size * units;
    });
    assignments.push({ week: input.weeks[d.week], city: d.city, kind: d.kind, size: d.size, site: site.id, units, people: units * d.size, km: Math.round(m.km) });
  }
  const unmetByKey = new Map<string, Unmet>();
  input.demand.forEach((d, i) => {
    const people = count(model.unmet[i]) * d.size;
    if (people === 0) return;
    const key = `${d.week}|${d.city}|${d.kind}`;
    const u = unmetByKey.get(key) ?? { week: input.weeks[d.week], city: d.city, kind: d.kind, people: 0 };
    u.people += people;
    unmetByKey.set(key, u);
  });
  const unmet = [...unmetByKey.values()].sort((a, b) => a.week.localeCompare(b.week) || a.city.localeCompare(b.city) || a.kind.localeCompare(b.kind));
  const canonicalSites: SitePlan[] = input.sites.map((s, i) => ({
    id: s.id,
    name: s.name,
    city: s.city,
    dif: s.dif,
    capacity: model.capacity[i].map(round2),
    occupancy: occupancy[i].map(round2),
  }));
  // Back to the caller's order of sites (siteOrder[k] is where canonical site k was given).
  const sites: SitePlan[] = new Array(canonicalSites.length);
  siteOrder.forEach((at, k) => (sites[at] = canonicalSites[k]));
  const alerts: Alert[] = planAlerts(given, sites, unmet, model.shares);
  return {
    weeks: input.weeks,
    cities: given.cities.map(({ code, name, state, lat, lon }) => ({ code, name, state, lat, lon })),
    sites,
    arrivals: arrivalsByKind(input.demand, input.weeks),
    assignments,
    unmet,
    alerts,
    assumptions,
    solver: report,
  };
}

function arrivalsByKind(demand: Demand[], weeks: string[]): Plan['arrivals'] {
  const out = new Map<string, Plan['arrivals'][number]>();
  for (const d of demand) {
    const key = `${d.week}|${d.city}|${d.kind}`;
    const a = out.get(key) ?? { week: weeks[d.week], city: d.city, kind: d.kind, people: 0, units: 0 };
    a.people += d.size * d.units;
    a.units += d.units;
    out.set(key, a);
  }
  return [...out.values()];
}

const round2 = (x: number) => Math.round(x * 100) / 100;
