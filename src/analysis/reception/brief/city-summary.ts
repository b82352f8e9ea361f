/**
 * What one city's page of the brief shows, read from a plan (pure): arrivals by kind and
 * week, the sites in the city with capacity and use week by week, the beds the city's people
 * without a place would need, where its arrivals were sent, and the alerts that concern it.
 */
import type { Plan } from '../plan.js';
import { occupancyShares } from '../stay.js';
import { KINDS, type Alert, type Kind } from '../types.js';

export interface CitySummary {
  code: string;
  name: string;
  state: string;
  /** People arriving each week, by kind (every kind, zeros included). */
  arrivals: { kind: Kind; byWeek: number[]; total: number }[];
  arrivalsTotal: number;
  /** `peakWeek` is the Monday of the week most beds were in use, or null for a site nobody is sent to (it has no such week). */
  sites: { id: string; name: string; dif: boolean; beds: number; capacity: number[]; occupancy: number[]; peak: number; peakWeek: string | null; fullWeeks: number }[];
  /** Sums over the city's sites, each week. */
  capacity: number[];
  occupancy: number[];
  /** Average beds the people received here without a place would use, each week (same stay shares as the plan). */
  missing: number[];
  unmetPeople: number;
  /** Where this city's arrivals were placed: people by site, nearest first. */
  destinations: { site: string; siteName: string; siteCity: string; people: number; km: number }[];
  /** Shortfalls of people received here, and sites here that fill up. */
  alerts: Alert[];
}

/** Full when at least this share of the week's beds are in use (as the plan's alerts say). */
const FULL = 0.995;

export function stayDaysOf(plan: Plan): Record<Kind, number> {
  const stay = plan.assumptions.find((a) => a.id === 'stay')?.value as Record<Kind, number> | undefined;
  if (!stay || KINDS.some((k) => !(stay[k] > 0))) throw new Error('the plan states no length of stay (assumption "stay"): it cannot say how many beds are missing');
  return stay;
}

export function citySummaries(plan: Plan): CitySummary[] {
  const stay = stayDaysOf(plan);
  const shares = Object.fromEntries(KINDS.map((k) => [k, occupancyShares(stay[k])])) as Record<Kind, number[]>;
  const T = plan.weeks.length;
  const week = new Map(plan.weeks.map((w, i) => [w, i]));
  const siteById = new Map(plan.sites.map((s) => [s.id, s]));
  const cityName = new Map(plan.cities.map((c) => [c.code, c.name]));
  const out = plan.cities.map((c): CitySummary => {
    const arrivals = KINDS.map((kind) => {
      const byWeek = plan.weeks.map(() => 0);
      for (const a of plan.arrivals) if (a.city === c.code && a.kind === kind) byWeek[week.get(a.week)!] += a.people;
      return { kind, byWeek, total: sum(byWeek) };
    });
    const sites = plan.sites
      .filter((s) => s.city === c.code)
      .map((s) => {
        const peak = Math.max(0, ...s.occupancy);
        // A site nobody is sent to has no week of most use: the first week would be an invented one (as the command line's table says it).
        const peakWeek = peak > 0 ? plan.weeks[s.occupancy.indexOf(peak)] ?? null : null;
        return { id: s.id, name: s.name, dif: s.dif, beds: Math.max(0, ...s.capacity), capacity: s.capacity, occupancy: s.occupancy, peak, peakWeek, fullWeeks: s.occupancy.filter((o, t) => s.capacity[t] > 0 && o >= FULL * s.capacity[t]).length };
      });
    const missing = plan.weeks.map(() => 0);
    let unmetPeople = 0;
    for (const u of plan.unmet) {
      if (u.city !== c.code) continue;
      unmetPeople += u.people;
      shares[u.kind].forEach((sh, d) => {
        const t = week.get(u.week)! + d;
        if (t < T) missing[t] += sh * u.people;
      });
    }
    const byDestination = new Map<string, { people: number; km: number }>();
    for (const a of plan.assignments) {
      if (a.city !== c.code) continue;
      const d = byDestination.get(a.site) ?? { people: 0, km: a.km };
      d.people += a.people;
      byDestination.set(a.site, d);
    }
    const destinations = [...byDestination].map(([site, d]) => ({ site, siteName: siteById.get(site)?.name ?? site, siteCity: cityName.get(siteById.get(site)?.city ?? '') ?? siteById.get(site)?.city ?? '', people: d.people, km: d.km })).sort((a, b) => a.km - b.km || b.people - a.people);
    return {
      code: c.code,
      name: c.name,
      state: c.state,
      arrivals,
      arrivalsTotal: sum(arrivals.map((a) => a.total)),
      sites,
      capacity: plan.weeks.map((_, t) => round2(sum(sites.map((s) => s.capacity[t])))),
      occupancy: plan.weeks.map((_, t) => round2(sum(sites.map((s) => s.occupancy[t])))),
      missing: missing.map(round2),
      unmetPeople,
      destinations,
      alerts: plan.alerts.filter((a) => a.city === c.code),
    };
  });
  // Cities that receive people first, the busiest first; then cities that only have sites.
  return out.sort((a, b) => b.arrivalsTotal - a.arrivalsTotal || b.sites.length - a.sites.length || a.name.localeCompare(b.name));
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const round2 = (x: number) => Math.round(x * 100) / 100;
