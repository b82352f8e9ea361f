/**
 * The shelter view a coordinator uses: for one city (picked here or on the map, kept in
 * the URL), the week picked on the map and the next four. Who arrives, by kind (families
 * as units with their sizes), where the plan sends them, who is left without a place and
 * why; then every site within reach with its free beds by kind, week by week (DIF sites
 * for unaccompanied minors). All figures are the API's plan (/api/reception), summed.
 */
import type { PageContext } from '../controls';
import { el } from '../dom';
import { num } from '../format';
import type { Lang } from '../types';
import { weekText, type Plan } from './reception-data';
import { w } from './reception-words';

type Kind = Plan['kinds'][number]['id'];
type Shelter = NonNullable<Plan['shelter']>;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const shortWeek = (week: string, lang: Lang) => weekText(week, lang).replace(/ \d{4}$/, '');

/** "2 of 3, 1 of 4": a city's family units in a week by size. */
function sizesText(shelter: Shelter | undefined, week: string, city: string, kind: Kind, lang: Lang): string {
  const units = (shelter?.units ?? []).filter((u) => u.week === week && u.city === city && u.kind === kind);
  return units.map((u) => w(lang, 'sizeOf', { n: num(u.units, lang), size: u.size })).join(', ');
}

/** Why a city's people of a kind have no place: the plan's alert says, else whether any site within reach takes them. */
function whyMissing(plan: Plan, city: string, kind: Kind, lang: Lang): string {
  const km = num(plan.shelter?.maxKm ?? 0, lang);
  const alert = plan.alerts.find((a) => a.type === 'shortfall' && a.city === city && a.kind === kind);
  const noSite = alert ? alert.reason === 'no-site' : !(plan.shelter?.reach ?? []).some((r) => r.city === city && plan.shelter!.sites.find((s) => s.id === r.site)?.takes.includes(kind));
  if (!noSite) return w(lang, 'full');
  return kind === 'minors' ? w(lang, 'noDif', { km }) : w(lang, 'noSiteKind', { km });
}

function weekRow(plan: Plan, city: string, week: string, lang: Lang): HTMLElement {
  const label = new Map(plan.kinds.map((k) => [k.id, k.label]));
  const siteName = new Map(plan.sites.map((s) => [s.id, s.name]));
  const here = plan.arrivals.filter((a) => a.city === city && a.week === week && a.people > 0);
  const kinds = plan.kinds.map((k) => k.id).filter((k) => here.some((a) => a.kind === k));
  const lines = kinds.map((k) => {
    const a = here.find((x) => x.kind === k)!;
    const count = k === 'families' ? w(lang, a.units === 1 ? 'unitOf' : 'unitsOf', { units: num(a.units, lang), sizes: sizesText(plan.shelter, week, city, k, lang), people: num(a.people, lang) }) : num(a.people, lang);
    const sent = new Map<string, number>();
    for (const s of plan.assignments.filter((x) => x.city === city && x.week === week && x.kind === k)) sent.set(s.site, (sent.get(s.site) ?? 0) + s.people);
    const where = [...sent].map(([site, people]) => `${siteName.get(site) ?? site} (${num(people, lang)})`).join(', ');
    return el('li', { 'data-kind': k, 'data-people': a.people, 'data-units': a.units }, el('strong', {}, `${label.get(k) ?? k}: `), count, where ? ` — ${w(lang, 'sentTo')}: ${where}` : null);
  });
  const unmet = plan.kinds
    .map((k) => ({ kind: k.id, people: sum(plan.unmet.filter((u) => u.city === city && u.week === week && u.kind === k.id).map((u) => u.people)) }))
    .filter((u) => u.people > 0);
  return el(
    'tr',
    { 'data-week': week },
    el('th', { scope: 'row' }, weekText(week, lang)),
    el('td', { class: 'num', 'data-arriving': sum(here.map((a) => a.people)), 'data-label': w(lang, 'total') }, num(sum(here.map((a) => a.people)), lang)),
    el('td', { 'data-label': w(lang, 'ofKind') }, lines.length ? el('ul', { class: 'reception-kinds' }, ...lines) : w(lang, 'nothing')),
    el(
      'td',
      { 'data-unmet': sum(unmet.map((u) => u.people)), 'data-label': w(lang, 'missing') },
      unmet.length ? el('ul', { class: 'reception-kinds' }, ...unmet.map((u) => el('li', { 'data-kind': u.kind, 'data-people': u.people }, el('strong', {}, `${label.get(u.kind) ?? u.kind}: ${num(u.people, lang)}`), ` (${whyMissing(plan, city, u.kind, lang)})`))) : '–',
    ),
  );
}

/** Free beds of a site in a week: one figure when every kind it takes has the same, else kind by kind. */
function freeText(free: Record<string, number[]>, takes: Kind[], i: number, plan: Plan, lang: Lang): string {
  const values = takes.map((k) => free[k]?.[i] ?? 0);
  if (values.every((v) => v === values[0])) return num(values[0] ?? 0, lang);
  const label = new Map(plan.kinds.map((k) => [k.id, k.label]));
  return takes.map((k, n) => `${label.get(k)}: ${num(values[n], lang)}`).join('; ');
}

function sitesTable(plan: Plan, city: string, weeks: string[], first: number, lang: Lang): HTMLElement {
  const shelter = plan.shelter;
  const km = num(shelter?.maxKm ?? 0, lang);
  const title = w(lang, 'sitesTitle', { km });
  const near = (shelter?.reach ?? []).filter((r) => r.city === city).map((r) => ({ reach: r, site: shelter!.sites.find((s) => s.id === r.site)!, plan: plan.sites.find((s) => s.id === r.site)! })).filter((x) => x.site && x.plan && x.site.takes.length);
  if (!near.length) return el('div', { class: 'reception-sites' }, el('h4', {}, title), el('p', {}, w(lang, 'noSites', { km })));
  const label = new Map(plan.kinds.map((k) => [k.id, k.label]));
  const cityName = new Map(plan.cities.map((c) => [c.code, c.name]));
  const rows = near.map(({ reach, site, plan: p }) =>
    el(
      'tr',
      { 'data-site': site.id },
      el(
        'th',
        { scope: 'row' },
        p.name,
        el('span', { class: 'reception-site-note' }, `${cityName.get(p.city) ?? p.city}, ${num(reach.km, lang)} km · ${p.dif ? w(lang, 'dif') : `${w(lang, 'takes')}: ${site.takes.map((k) => label.get(k)).join(', ')}`}`),
      ),
      ...weeks.map((week, n) => {
        const i = first + n;
        const free = Object.fromEntries(site.takes.map((k) => [k, site.free[k]?.[i] ?? 0]));
        return el('td', { class: 'num', 'data-week': week, 'data-free': JSON.stringify(free) }, freeText(site.free, site.takes, i, plan, lang));
      }),
    ),
  );
  const head = el('tr', {}, el('th', { scope: 'col' }, w(lang, 'site')), ...weeks.map((week) => el('th', { scope: 'col', class: 'num' }, shortWeek(week, lang))));
  return el(
    'div',
    { class: 'reception-sites' },
    el('h4', {}, title),
    el('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': title }, el('table', { class: 'data-table reception-free' }, el('thead', {}, head), el('tbody', {}, ...rows))),
  );
}

/** The coordinator's view of `city` from week `first` (the map's week) for five weeks. */
export function shelterView(plan: Plan, city: string, first: number, ctx: PageContext): HTMLElement {
  const lang = ctx.view.lang;
  const select = el('select', { 'data-param': 'city', name: 'city' }, ...plan.cities.map((c) => el('option', { value: c.code, selected: c.code === city }, c.name)));
  select.addEventListener('change', () => ctx.set({ city: select.value }));
  const weeks = plan.weeks.slice(first, first + 5);
  const head = el('tr', {}, ...[w(lang, 'week'), w(lang, 'total'), w(lang, 'ofKind'), w(lang, 'missing')].map((h) => el('th', { scope: 'col' }, h)));
  return el(
    'section',
    { class: 'reception-city', 'data-city': city, 'aria-labelledby': 'reception-city-title' },
    el('h3', { id: 'reception-city-title' }, w(lang, 'coordinator')),
    el('p', { class: 'chart-sub' }, w(lang, 'shelterLead', { week: weekText(plan.weeks[first], lang), km: num(plan.shelter?.maxKm ?? 0, lang) })),
    el('div', { class: 'controls' }, el('label', { class: 'control' }, el('span', { class: 'control-label' }, w(lang, 'city')), select)),
    el('div', { class: 'table-scroll' }, el('table', { class: 'data-table reception-weeks' }, el('thead', {}, head), el('tbody', {}, ...weeks.map((week) => weekRow(plan, city, week, lang))))),
    sitesTable(plan, city, weeks, first, lang),
  );
}
