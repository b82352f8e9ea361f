/**
 * The brief as a coordinator reads it (audit of 7 December 2026): a site nobody is sent to has
 * no week of most use (the brief printed the first planned week, an invented one, as the
 * command line's table already refused to); the cover's arrivals said their label twice
 * ("Llegadas: Llegadas: ..."); a city page named its state by its code ("estado MX-02"); the
 * page's title and the day it was made were ISO dates in the prose.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { makePlan, type Plan } from '../plan.js';
import type { Assumption, City, Kind, PlanInput, Site } from '../types.js';
import { briefHtml } from './html.js';

const WEEKS = ['2026-05-25', '2026-06-01', '2026-06-08'];
const tijuana: City = { code: 'MX-02004', name: 'Tijuana', state: 'MX-02', lat: 32.5, lon: -117 };
const nogales: City = { code: 'MX-26043', name: 'Nogales', state: 'MX-26', lat: 31.3, lon: -110.9 };
const takes = (...k: Kind[]) => ({ men: k.includes('men'), women: k.includes('women'), families: k.includes('families'), minors: k.includes('minors') });
const site = (id: string, name: string, city: City, beds: number): Site => ({ id, name, city: city.code, lat: city.lat, lon: city.lon, beds, bedsByKind: {}, takes: takes('men', 'women', 'families'), dif: false });
const STAY = { men: 7, women: 7, families: 14, minors: 30 };
const assumptions: Assumption[] = [
  { id: 'stay', basis: 'default', value: STAY, text: { en: 'Average length of stay in a site, days: men 7, women 7, families 14, minors 30.', es: 'Estancia media en un sitio, días: hombres 7, mujeres 7, familias 14, menores 30.' } },
  // The wording the planner gives INM's and a file's arrivals: the text begins with the cover's own label.
  { id: 'arrivals', basis: 'user', value: {}, text: { en: "Arrivals: the user's scenario file (2 rows).", es: 'Llegadas: el archivo de escenario del usuario (2 filas).' } },
];
const input: PlanInput = {
  weeks: WEEKS,
  cities: [tijuana, nogales],
  // Nobody arrives within 300 km of the Nogales site: it is never used.
  sites: [site('casa-tj', 'Casa Tijuana', tijuana, 100), site('casa-nog', 'Casa Nogales', nogales, 80)],
  demand: [
    { week: 0, city: tijuana.code, kind: 'men', size: 1, units: 20 },
    { week: 1, city: tijuana.code, kind: 'men', size: 1, units: 30 },
    { week: 2, city: tijuana.code, kind: 'men', size: 1, units: 10 },
  ],
  stayDays: STAY,
  maxKm: 300,
};

const cityPage = (html: string, code: string) => {
  const m = new RegExp(`<section class="page city" data-city="${code}">([\\s\\S]*?)</section>`).exec(html);
  if (!m) throw new Error(`no page for ${code}`);
  return m[1];
};
const siteRow = (page: string, id: string) => {
  const m = new RegExp(`<tr data-site="${id}">([\\s\\S]*?)</tr>`).exec(page);
  if (!m) throw new Error(`no row for ${id}`);
  return m[1];
};

describe('the brief, read by a coordinator', () => {
  let plan: Plan;
  let en: string;
  let es: string;
  beforeAll(async () => {
    plan = await makePlan(input, assumptions);
    en = briefHtml(plan, { lang: 'en', made: '2026-12-07' });
    es = briefHtml(plan, { lang: 'es', made: '2026-12-07' });
  });

  it('gives a site nobody is sent to no week of most use (was the first planned week, 2026-05-25)', () => {
    expect(Math.max(...plan.sites.find((s) => s.id === 'casa-nog')!.occupancy)).toBe(0);
    const unused = { en: siteRow(cityPage(en, nogales.code), 'casa-nog'), es: siteRow(cityPage(es, nogales.code), 'casa-nog') };
    expect(unused.en).not.toContain('2026-05-25');
    expect(unused.es).not.toContain('2026-05-25');
    expect(unused.en).toContain('nobody sent here');
    expect(unused.es).toContain('nadie enviado aquí');
    // The site that is used keeps its week: 20 in week 1, 20 + 30 in week 2 (stays of 7 days), 30 + 10 in week 3.
    const used = plan.sites.find((s) => s.id === 'casa-tj')!;
    const peakWeek = WEEKS[used.occupancy.indexOf(Math.max(...used.occupancy))];
    expect(siteRow(cityPage(es, tijuana.code), 'casa-tj')).toContain(`data-peak-week="${peakWeek}"`);
  });

  it('says the arrivals once on the cover (was "Llegadas: Llegadas: el archivo ...", "Arrivals: Arrivals: ...")', () => {
    expect(es).toContain('<strong>Llegadas:</strong> el archivo de escenario del usuario (2 filas).');
    expect(es).not.toMatch(/Llegadas:<\/strong> Llegadas:/);
    expect(en).toContain("<strong>Arrivals:</strong> the user's scenario file (2 rows).");
    expect(en).not.toMatch(/Arrivals:<\/strong> Arrivals:/);
  });

  it('names each city page\'s state by its name (was "estado MX-02")', () => {
    expect(cityPage(es, tijuana.code)).toMatch(/<h2>Tijuana <span class="small">\(Baja California; MX-02004\)<\/span><\/h2>/);
    expect(cityPage(en, nogales.code)).toMatch(/<h2>Nogales <span class="small">\(Sonora; MX-26043\)<\/span><\/h2>/);
    expect(es).not.toContain('estado MX-02');
  });

  it('dates its title and the day it was made in words (were 2026-05-25 and 2026-12-07)', () => {
    expect(es).toContain('<title>Informe de recepción, la semana del 25 de mayo de 2026</title>');
    expect(en).toContain('<title>Reception brief, the week of 25 May 2026</title>');
    expect(es).toContain(' · 7 de diciembre de 2026</p>');
    expect(en).toContain(' · 7 December 2026</p>');
  });
});
