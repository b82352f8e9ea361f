/**
 * What-ifs: the same plan with more beds at a site, new sites opened, or another
 * scenario, and what changed: people without a place, person-kilometres, the alerts
 * that go away and those that appear.
 */
import { UsageError } from '../../errors.js';
import { closest } from '../../store/query/closest.js';
import { slug } from './registry.js';
import type { Plan } from './plan.js';
import type { Alert, PlanInput, Site } from './types.js';

export interface WhatIfChanges {
  /** Site id or name → beds added (negative removes). */
  addBeds?: { site: string; beds: number }[];
  openSites?: Site[];
}

export function applyWhatIf(input: PlanInput, changes: WhatIfChanges, cities: PlanInput['cities']): PlanInput {
  const sites = input.sites.map((s) => ({ ...s }));
  for (const { site, beds } of changes.addBeds ?? []) {
    // A site by its id or its name, case and accents aside ("Campo Crea", "campo-crea", "MONUMENTO AL PAPA \"EL PUNTO\"").
    const s = sites.find((x) => x.id === site || x.name.toLowerCase() === site.toLowerCase() || x.id === slug(site));
    if (!s) {
      // A mistyped site is answered with the nearest ids first, then every id.
      const near = closest(slug(site), sites.map((x) => x.id), 3);
      throw new UsageError(
        `--add-beds names "${site}", which is not a site of the registry (${near.length ? `did you mean ${near.join(' or ')}? ` : ''}ids: ${sites.map((x) => x.id).join(', ')})`,
        `--add-beds nombra "${site}", que no es un sitio del registro (${near.length ? `¿quiso decir ${near.join(' o ')}? ` : ''}ids: ${sites.map((x) => x.id).join(', ')})`,
      );
    }
    if (s.beds + beds < 0) throw new UsageError(
      `--add-beds ${site}=${beds} would leave ${s.name} with fewer than 0 beds`,
      `--add-beds ${site}=${beds} dejaría a ${s.name} con menos de 0 camas`,
    );
    s.beds += beds;
  }
  for (const s of changes.openSites ?? []) {
    if (sites.some((x) => x.id === s.id)) throw new UsageError(
      `the site "${s.name}" to open is already in the registry`,
      `el sitio "${s.name}" por abrir ya está en el registro`,
    );
    sites.push(s);
  }
  const known = new Set(input.cities.map((c) => c.code));
  const more = cities.filter((c) => !known.has(c.code) && sites.some((s) => s.city === c.code));
  return { ...input, sites, cities: [...input.cities, ...more] };
}

export interface WhatIfResult {
  base: { unmetPeople: number; personKm: number; alerts: number };
  changed: { unmetPeople: number; personKm: number; alerts: number };
  /** Unmet people by city and kind, before and after, where they differ. */
  unmet: { city: string; kind: string; before: number; after: number }[];
  resolved: Alert[];
  appeared: Alert[];
}

export function compareWhatIf(base: Plan, changed: Plan): WhatIfResult {
  const total = (p: Plan) => new Map<string, number>(p.unmet.reduce((m, u) => m.set(`${u.city}|${u.kind}`, (m.get(`${u.city}|${u.kind}`) ?? 0) + u.people), new Map<string, number>()));
  const b = total(base);
  const c = total(changed);
  const keys = [...new Set([...b.keys(), ...c.keys()])].sort();
  const key = (a: Alert) => `${a.type}|${a.city}|${a.kind ?? ''}|${a.site ?? ''}`;
  const bk = new Set(base.alerts.map(key));
  const ck = new Set(changed.alerts.map(key));
  const summary = (p: Plan) => ({ unmetPeople: p.solver.unmetPeople, personKm: p.solver.personKm, alerts: p.alerts.length });
  return {
    base: summary(base),
    changed: summary(changed),
    unmet: keys.map((k) => ({ city: k.split('|')[0], kind: k.split('|')[1], before: b.get(k) ?? 0, after: c.get(k) ?? 0 })).filter((x) => x.before !== x.after),
    resolved: base.alerts.filter((a) => !ck.has(key(a))),
    appeared: changed.alerts.filter((a) => !bk.has(key(a))),
  };
}
