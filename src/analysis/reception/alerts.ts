/**
 * Shortfall alerts from a solved plan: where and when beds run out (a site full), and
 * where people are left without a place (a city and kind with unmet need: from which
 * week, how many people, how many beds are missing at the worst week, and why).
 */
import { eligible } from './model-lp.js';
import { haversineKm } from './geo.js';
import { KIND_LABELS, type Alert, type Kind, type PlanInput, type SitePlan, type Unmet } from './types.js';

const FULL = 0.995;

export function planAlerts(input: PlanInput, sites: SitePlan[], unmet: Unmet[], shares: Record<Kind, number[]>): Alert[] {
  const alerts: Alert[] = [];
  const weekIndex = new Map(input.weeks.map((w, i) => [w, i]));
  const cityName = new Map(input.cities.map((c) => [c.code, c.name]));
  for (const s of sites) {
    const full = s.occupancy.flatMap((o, t) => (s.capacity[t] > 0 && o >= FULL * s.capacity[t] ? [t] : []));
    if (full.length === 0) continue;
    const week = input.weeks[full[0]];
    alerts.push({
      type: 'site-full',
      city: s.city,
      site: s.id,
      week,
      weeks: full.length,
      message: {
        en: `${s.name} (${cityName.get(s.city) ?? s.city}) is full from the week of ${week} (${full.length} of ${input.weeks.length} weeks).`,
        es: `${s.name} (${cityName.get(s.city) ?? s.city}) está lleno desde la semana del ${week} (${full.length} de ${input.weeks.length} semanas).`,
      },
    });
  }
  const groups = new Map<string, Unmet[]>();
  for (const u of unmet) {
    if (u.people <= 0) continue;
    const key = `${u.city}|${u.kind}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(u);
  }
  for (const [key, list] of groups) {
    const [city, kind] = key.split('|') as [string, Kind];
    const c = input.cities.find((x) => x.code === city)!;
    const reachable = input.sites.some((s) => eligible(s, kind) && haversineKm(c.lat, c.lon, s.lat, s.lon) <= input.maxKm);
    // Beds the unmet people would occupy, week by week (same stay shares as the plan).
    const missing = input.weeks.map(() => 0);
    for (const u of list) {
      const t0 = weekIndex.get(u.week)!;
      shares[kind].forEach((sh, d) => {
        if (t0 + d < missing.length) missing[t0 + d] += sh * u.people;
      });
    }
    const people = list.reduce((a, u) => a + u.people, 0);
    const beds = Math.ceil(Math.max(...missing) - 1e-9);
    const week = list.map((u) => u.week).sort()[0];
    const k = KIND_LABELS[kind];
    alerts.push({
      type: 'shortfall',
      city,
      kind,
      week,
      weeks: new Set(list.map((u) => u.week)).size,
      people,
      bedsMissing: beds,
      reason: reachable ? 'capacity' : 'no-site',
      message: reachable
        ? {
            en: `${c.name}: from the week of ${week}, ${people} ${k.en} have no place (about ${beds} beds missing at the worst week).`,
            es: `${c.name}: desde la semana del ${week}, ${people} ${k.es} no tienen lugar (faltan unas ${beds} camas en la peor semana).`,
          }
        : {
            en: `${c.name}: no site within ${input.maxKm} km takes ${k.en}; ${people} people have no place from the week of ${week} (about ${beds} beds needed).`,
            es: `${c.name}: ningún sitio a menos de ${input.maxKm} km recibe ${k.es}; ${people} personas sin lugar desde la semana del ${week} (se necesitan unas ${beds} camas).`,
          },
    });
  }
  return alerts.sort((a, b) => (b.people ?? 0) - (a.people ?? 0) || a.week.localeCompare(b.week) || a.city.localeCompare(b.city));
}
