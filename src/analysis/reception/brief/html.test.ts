/**
 * The brief's HTML from a small solved plan: one page section per city, every number the
 * plan's (arrivals by kind and week, totals, beds, peaks, unmet need), escaped names, the
 * chart as inline SVG, and a Spanish brief without English tell-tales.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { makePlan, type Plan } from '../plan.js';
import type { Assumption, City, Kind, PlanInput, Site } from '../types.js';
import { briefHtml } from './html.js';

const WEEKS = ['2026-01-05', '2026-01-12', '2026-01-19'];
const A: City = { code: 'MX-02004', name: 'Tijuana', state: 'MX-02', lat: 32.5, lon: -117 };
const B: City = { code: 'MX-02002', name: 'Mexicali', state: 'MX-02', lat: 32.6, lon: -115.5 };
const C: City = { code: 'MX-26043', name: 'Nogales', state: 'MX-26', lat: 31.3, lon: -110.9 };
const takes = (...k: Kind[]) => ({ men: k.includes('men'), women: k.includes('women'), families: k.includes('families'), minors: k.includes('minors') });
const site = (id: string, name: string, city: City, beds: number, t: ReturnType<typeof takes>, dif = false): Site => ({ id, name, city: city.code, lat: city.lat, lon: city.lon, beds, bedsByKind: {}, takes: t, dif });
const STAY = { men: 7, women: 7, families: 14, minors: 30 };
const assumptions: Assumption[] = [
  { id: 'stay', basis: 'default', value: STAY, text: { en: 'Average length of stay in a site, days: men 7, women 7, families 14, minors 30.', es: 'Estancia media en un sitio, días: hombres 7, mujeres 7, familias 14, menores 30.' } },
  { id: 'arrivals', basis: 'user', value: {}, text: { en: 'Arrivals: entered by hand for this test.', es: 'Llegadas: escritas a mano para esta prueba.' } },
];

const input: PlanInput = {
  weeks: WEEKS,
  cities: [A, B, C],
  sites: [site('casa', 'Casa <del> "Migrante" & Co', A, 30, takes('men', 'women', 'families')), site('dif-mxl', 'DIF Mexicali', B, 4, takes('minors'), true)],
  demand: [
    { week: 0, city: A.code, kind: 'men', size: 1, units: 40 },
    { week: 1, city: A.code, kind: 'men', size: 1, units: 35 },
    { week: 0, city: A.code, kind: 'families', size: 4, units: 3 },
    { week: 2, city: A.code, kind: 'women', size: 1, units: 6 },
    { week: 0, city: B.code, kind: 'minors', size: 1, units: 5 },
    { week: 1, city: C.code, kind: 'minors', size: 1, units: 2 },
  ],
  stayDays: STAY,
  maxKm: 300,
};

/** Visible text, leaving out what is marked lang="en" (a publisher's own words) and the SVG's styles. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<span lang="en">[^<]*<\/span>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const cell = (section: string, attrs: string) => {
  const m = new RegExp(`<td[^>]*${attrs}[^>]*>([^<]*)</td>`).exec(section);
  if (!m) throw new Error(`no cell ${attrs}`);
  return Number(m[1].replace(/,/g, ''));
};

describe('the brief as HTML', () => {
  let plan: Plan;
  let en: string;
  let es: string;
  let both: string;
  beforeAll(async () => {
    plan = { ...(await makePlan(input, assumptions)), sources: [{ source: 'inegi-places', vintage: 3 }] };
    en = briefHtml(plan, { lang: 'en', made: '2026-01-01' });
    es = briefHtml(plan, { lang: 'es', paper: 'Letter' });
    both = briefHtml(plan, { lang: 'both' });
  });
  const sections = (html: string) => [...html.matchAll(/<section class="page ([a-z]+)" data-(?:page|city)="([^"]+)">([\s\S]*?)<\/section>/g)].map((m) => ({ kind: m[1], id: m[2], body: m[3] }));

  it('has a cover, the assumptions, the sources, then one page section per city of the plan', () => {
    for (const html of [en, es, both]) {
      const s = sections(html);
      expect(s.slice(0, 3).map((x) => x.id)).toEqual(['cover', 'assumptions', 'sources']);
      expect(s.filter((x) => x.kind === 'city').map((x) => x.id).sort()).toEqual(plan.cities.map((c) => c.code).sort());
      expect(s).toHaveLength(3 + plan.cities.length);
    }
    expect(en).toMatch(/@page \{ size: A4;/);
    expect(es).toMatch(/@page \{ size: Letter;/);
    expect(en).toMatch(/section\.page \{ break-after: page;/);
  });

  it('shows the plan\'s numbers on each city page: arrivals by kind and week, totals, beds, peaks and unmet need', () => {
    for (const c of sections(en).filter((x) => x.kind === 'city')) {
      for (const k of ['men', 'women', 'families', 'minors'] as Kind[]) {
        const of = (w?: string) => plan.arrivals.filter((a) => a.city === c.id && a.kind === k && (!w || a.week === w)).reduce((s, a) => s + a.people, 0);
        for (const w of WEEKS) expect(cell(c.body, `data-kind="${k}" data-week="${w}"`), `${c.id} ${k} ${w}`).toBe(of(w));
        expect(cell(c.body, `data-kind="${k}" data-total`)).toBe(of());
      }
      const unmet = plan.unmet.filter((u) => u.city === c.id).reduce((s, u) => s + u.people, 0);
      expect(Number(/data-unmet="(\d+)"/.exec(c.body)![1])).toBe(unmet);
      for (const s of plan.sites.filter((x) => x.city === c.id)) {
        const row = new RegExp(`<tr data-site="${s.id}">([\\s\\S]*?)</tr>`).exec(c.body)![1];
        expect(cell(row, 'data-beds')).toBe(Math.max(...s.capacity));
        expect(cell(row, 'data-peak')).toBe(Math.round(Math.max(...s.occupancy)));
      }
      expect(c.body).toMatch(/<svg class="chart"[^>]*role="img"[\s\S]*<title>/);
    }
    const tijuana = sections(en).find((s) => s.id === A.code)!.body;
    expect(cell(tijuana, 'data-kind="men" data-week="2026-01-05"')).toBe(40);
    expect(cell(tijuana, 'data-kind="families" data-total')).toBe(12);
    // Nogales has minors and no DIF site within reach: a shortfall on its page, and on the cover.
    const nogales = sections(en).find((s) => s.id === C.code)!.body;
    expect(Number(/data-unmet="(\d+)"/.exec(nogales)![1])).toBe(2);
    expect(nogales).toMatch(/Nogales: no site within 300 km takes unaccompanied minors/);
  });

  it('totals on the cover equal the plan\'s', () => {
    const cover = sections(en)[0].body;
    const total = (attr: string) => Number(new RegExp(`${attr}>([^<]*)<`).exec(cover)![1].replace(/,/g, ''));
    expect(total('data-total-arrivals')).toBe(plan.arrivals.reduce((s, a) => s + a.people, 0));
    expect(total('data-unmet-total')).toBe(plan.solver.unmetPeople);
    expect(total('data-person-km')).toBe(plan.solver.personKm);
    expect(total('data-total-kind="men"')).toBe(75);
  });

  it('says the horizon\'s days in words, in each language (was "from the week of 2026-01-05 to 2026-01-25")', () => {
    expect(sections(en)[0].body).toContain('<span data-weeks="3">3</span> weeks, 5 to 25 January 2026.</p>');
    expect(sections(es)[0].body).toContain('<span data-weeks="3">3</span> semanas, del 5 al 25 de enero de 2026.</p>');
    expect(sections(both)[0].body).toContain('<span data-weeks="3">3</span> weeks, 5 to 25 January 2026<span class="es" lang="es"> / semanas, del 5 al 25 de enero de 2026</span>.</p>');
  });

  it('escapes names from a registry', () => {
    expect(en).toContain('Casa &lt;del&gt; &quot;Migrante&quot; &amp; Co');
    expect(en).not.toContain('<del>');
  });

  it('in Spanish has no English tell-tales; in both, the Spanish is marked lang="es"', () => {
    const text = visibleText(es);
    const tells = ['Arrivals', 'Week', 'week', 'beds', 'Beds', 'people', 'Sources', 'source', 'Assumptions', 'without', 'the', 'and', 'of', 'Total over', 'single', 'families', 'minors', 'site', 'Site'];
    for (const w of tells) expect(text, w).not.toMatch(new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, 'u'));
    expect(es).toMatch(/<html lang="es">/);
    expect(text).toMatch(/Informe de recepción/);
    expect(both).toMatch(/Arrivals<span class="es" lang="es"> \/ Llegadas<\/span>/);
  });
});
