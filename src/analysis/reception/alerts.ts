/**
 * Shortfall alerts from a solved plan: where and when beds run out (a site full), and
 * where people are left without a place (a city and kind with unmet need: from which
 * week, how many people, how many beds are missing at the worst week, and why).
 */
import { dayWords } from '../../model/index.js';
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
    const wk = dayWords(week);
    alerts.push({
      type: 'site-full',
      city: s.city,
      site: s.id,
      week,
      weeks: full.length,
      message: {
        en: `${s.name} (${cityName.get(s.city) ?? s.city}) is full from the week of ${wk.en} (${full.length} of ${input.weeks.length} week${input.weeks.length === 1 ? '' : 's'}).`,
        es: `${s.name} (${cityName.get(s.city) ?? s.city}) está lleno desde la semana del ${wk.es} (${full.length} de ${input.weeks.length} semana${input.weeks.length === 1 ? '' : 's'}).`,
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
    const wk = dayWords(week);
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
            en: `${c.name}: from the week of ${wk.en}, ${n(people)} ${who(kind, people).en} ${people === 1 ? 'has' : 'have'} no place (about ${n(beds)} bed${beds === 1 ? '' : 's'} missing at the worst week).`,
            es: `${c.name}: desde la semana del ${wk.es}, ${n(people)} ${who(kind, people).es} no ${people === 1 ? 'tiene' : 'tienen'} lugar (${beds === 1 ? 'falta una cama' : `faltan unas ${n(beds)} camas`} en la peor semana).`,
          }
        : {
            en: `${c.name}: no site within ${n(input.maxKm)} km takes ${k.en}; ${n(people)} ${people === 1 ? 'person has' : 'people have'} no place from the week of ${wk.en} (about ${n(beds)} bed${beds === 1 ? '' : 's'} needed).`,
            es: `${c.name}: ningún sitio a menos de ${n(input.maxKm)} km recibe ${k.es}; ${n(people)} persona${people === 1 ? '' : 's'} sin lugar desde la semana del ${wk.es} (se ${beds === 1 ? 'necesita una cama' : `necesitan unas ${n(beds)} camas`}).`,
          },
    });
  }
  return alerts.sort((a, b) => (b.people ?? 0) - (a.people ?? 0) || a.week.localeCompare(b.week) || a.city.localeCompare(b.city));
}

/** Whole figures with thousands separators (en-US, as the rest of the plan's text writes them in both languages). */
const n = (x: number) => x.toLocaleString('en-US');

/** The people of a kind counted in an alert, agreeing with their number ("1 single adult man", "3,034 single adult men"; families are counted in people). */
function who(kind: Kind, count: number): { en: string; es: string } {
  const one = count === 1;
  switch (kind) {
    case 'men': return one ? { en: 'single adult man', es: 'hombre adulto solo' } : { en: 'single adult men', es: 'hombres adultos solos' };
    case 'women': return one ? { en: 'single adult woman', es: 'mujer adulta sola' } : { en: 'single adult women', es: 'mujeres adultas solas' };
    case 'families': return one ? { en: 'person in a family with children', es: 'persona en familia con niñas y niños' } : { en: 'people in families with children', es: 'personas en familias con niñas y niños' };
    case 'minors': return one ? { en: 'unaccompanied minor', es: 'niña, niño o adolescente no acompañado' } : { en: 'unaccompanied minors', es: 'niñas, niños y adolescentes no acompañados' };
  }
}
