/**
 * The words a claim can use, read from the store: every measure's English and Spanish
 * label and the terms the store keeps for it (table `terms`), country names (as a
 * nationality after "from"/"de", as a place after "in"/"en", and alone, "Guatemala
 * encounters", read by the measure in parse/subject.ts), places (sectors, US and
 * Mexican states, regions) and the codes of the other dimensions. Nothing here is a
 * list of English words: a measure added to the store with its labels and terms is
 * understood by the claim checker without a change to this file.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from '../../store/open.js';
import type { Bilingual } from './types.js';

export interface Entry {
  /** 'measure', or a dimension: citizenship, geography, demographic, authority, component. */
  dimension: string;
  code: string;
  /** The phrase, normalised (lower case, no accents, one space between words). */
  phrase: string;
  /**
   * A country named alone, with no "from" or "in" ("Guatemala encounters"): a nationality
   * or a place, which the measure decides (parse/subject.ts). Entered as the nationality,
   * with the country's place code when the store has the country as a place.
   */
  bare?: { place?: string };
}

export interface Vocabulary {
  entries: Entry[];
  /** Labels of measures and codes, to answer with. */
  labels: Map<string, Bilingual>;
  /** Level and parent of each place (sector, state, mx-state, country...). */
  places: Map<string, { level: string; parent: string | null }>;
  units: Map<string, string>;
  /** Measures counted in the United States: for them a bare year may be a fiscal year. */
  usMeasures: Set<string>;
  /** The places each measure's tables report, and the nationalities they break it down by. */
  placesOf: Map<string, Set<string>>;
  citizenshipsOf: Map<string, Set<string>>;
  /** The days each measure's figures span (latest vintages), to choose between two measures the same words name. */
  spans: Map<string, Span>;
  /**
   * The countries a measure's own words name ("returned by Mexico", "recibidos desde
   * Estados Unidos"): named again in a claim, such a country is who counts or where people
   * came from, not the nationality of the people counted.
   */
  countriesNamed: Map<string, Set<string>>;
  /**
   * The components, authorities, categories and demographic groups each measure's tables break it down by
   * ('component:ICE', 'demographic:UC'), other than the total: named in a claim, such a member narrows the count
   * (ICE's removals within DHS's); one the measure has not only describes the people counted.
   * Undefined for a store read without them (every member named then narrows, as before).
   */
  breakdownsOf?: Map<string, Set<string>>;
  /**
   * The municipality each border city lies in (the city's INEGI locality, place_links, and that
   * locality's municipality), and the municipalities each measure's tables report places in
   * (shelters stand in their municipality): a claim about a city is read for its municipality
   * when the measure is counted there and not in the city (parse/subject.ts).
   */
  municipalityOf: Map<string, string>;
  municipalitiesOf: Map<string, Set<string>>;
  /** Measures of a stock (beds, people held): a claim with no period is about the latest figure. */
  stocks: Set<string>;
}

/** From the first day of a measure's first period to the day after its last period ('YYYY-MM-DD'); monthly when it is published by month or day. */
export interface Span {
  first: string;
  end: string;
  monthly: boolean;
}

export interface VocabularyRows {
  measures: { id: string; label_en: string; label_es: string; unit: string }[];
  terms: { dimension: string; code: string; lang: string; term: string }[];
  countries: { code: string; label_en: string; label_es: string; is_group: boolean }[];
  places: { code: string; level: string; label_en: string; label_es: string; parent: string | null }[];
  members: { dimension: string; code: string; label_en: string; label_es: string }[];
  /** The places each measure's tables report. */
  measurePlaces: { measure: string; place: string }[];
  /** The nationalities (other than the total) each measure's tables report. */
  measureCitizenships: { measure: string; code: string }[];
  /** The components, authorities and categories (other than the total) each measure's tables report. */
  measureBreakdowns?: { measure: string; dimension: string; code: string }[];
  measureGrains: { measure: string; grain: string }[];
  /** First and last period of each measure's tables in one grain (latest vintages); none in a store without figures. */
  measureSpans?: { measure: string; grain: string; first: string; last: string }[];
  /** Each border city's municipality (code and labels), from its INEGI locality. */
  cityMunicipalities?: { city: string; code: string; label_en: string; label_es: string; parent: string | null }[];
  /** The municipalities each measure's tables report places in (or report as places). */
  measureMunicipalities?: { measure: string; code: string }[];
  /** Measures that count a stock (measures.stock). */
  stockMeasures?: string[];
}

/** Lower case, accents removed, anything but letters and digits a space. */
export function phrase(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Levels of place a claim names; municipalities, localities, shelters and airports are left to queries. The border
 * cities are named so that a claim about one ("detenidos en Tijuana") is answered for that city, where nothing is
 * counted, rather than with the city dropped and the figure of the whole border.
 */
const PLACE_LEVELS = new Set(['country', 'region', 'sector', 'state', 'mx-state', 'field-office', 'border-city']);

/** "Rio Grande Valley sector, TX" is also said "Rio Grande Valley" and "the Rio Grande Valley sector". */
function placeNames(label: string): string[] {
  const base = phrase(label.replace(/,\s*[A-Z]{2}$/, '').replace(/\s*\(.*\)$/, ''));
  const names = new Set([base, base.replace(/\bsector\b/g, '').replace(/\s+/g, ' ').trim()]);
  return [...names].filter((n) => n.length >= 4);
}

export function vocabularyFrom(r: VocabularyRows): Vocabulary {
  const entries: Entry[] = [];
  const labels = new Map<string, Bilingual>();
  const units = new Map<string, string>();
  const add = (dimension: string, code: string, text: string) => {
    const p = phrase(text);
    if (p) entries.push({ dimension, code, phrase: p });
  };
  for (const m of r.measures) {
    labels.set(`measure:${m.id}`, { en: m.label_en, es: m.label_es });
    units.set(m.id, m.unit);
    add('measure', m.id, m.label_en.replace(/\s*\(.*\)$/, ''));
    add('measure', m.id, m.label_es.replace(/\s*\(.*\)$/, ''));
  }
  for (const t of r.terms) add(t.dimension, t.code, t.term);
  const countryNames = new Set<string>();
  for (const c of r.countries) {
    if (c.is_group) continue;
    labels.set(`citizenship:${c.code}`, { en: c.label_en, es: c.label_es });
    for (const name of new Set([c.label_en, c.label_es])) {
      countryNames.add(phrase(name));
      for (const pre of ['from', 'of', 'de', 'desde', 'procedentes de', 'originarios de']) add('citizenship', c.code, `${pre} ${name}`);
      add('citizenship', c.code, `${name} nationals`);
      add('citizenship', c.code, `nacionales de ${name}`);
    }
  }
  const places = new Map<string, { level: string; parent: string | null }>();
  // Country places by name, to find the place of a nationality ("Mexico": MEX is the nationality, MX the place).
  const countryPlaces = new Map<string, string>();
  const placeLabels = new Map<string, string[]>();
  for (const p of r.places) {
    if (p.level !== 'country') continue;
    placeLabels.set(p.code, [phrase(p.label_en), phrase(p.label_es)]);
    for (const label of [p.label_en, p.label_es]) if (!countryPlaces.has(phrase(label))) countryPlaces.set(phrase(label), p.code);
  }
  // Names of the other places a claim reads: "Ciudad Hidalgo" is not also "Hidalgo", which is a state.
  const otherPlaceNames = new Set(r.places.filter((p) => PLACE_LEVELS.has(p.level) && p.level !== 'border-city').flatMap((p) => [p.label_en, p.label_es].flatMap(placeNames)));
  for (const p of r.places) {
    places.set(p.code, { level: p.level, parent: p.parent });
    labels.set(`geography:${p.code}`, { en: p.label_en, es: p.label_es });
    if (!PLACE_LEVELS.has(p.level)) continue;
    for (const label of new Set([p.label_en, p.label_es])) {
      if (p.level === 'country') {
        for (const pre of ['in', 'to', 'into', 'en', 'a', 'hacia', 'para']) add('geography', p.code, `${pre} ${label}`);
        continue;
      }
      // A Mexican state named like a country ("México") is read as the country. A border city "Ciudad Juárez" is also said "Juárez".
      const names = placeNames(label);
      if (p.level === 'border-city') names.push(...names.filter((n) => /^ciudad \S+$/.test(n)).map((n) => n.slice('ciudad '.length)).filter((n) => !otherPlaceNames.has(n)));
      for (const name of names) if (!countryNames.has(name) && name.length >= 4) add('geography', p.code, name);
    }
  }
  for (const m of r.members) labels.set(`${m.dimension}:${m.code}`, { en: m.label_en, es: m.label_es });
  // Countries named alone come last, so that any other phrase of the same words wins ("Georgia" the US state).
  for (const c of r.countries) {
    if (c.is_group) continue;
    const labels = [phrase(c.label_en), phrase(c.label_es)];
    const place = placeLabels.has(c.code) ? c.code : labels.map((n) => countryPlaces.get(n)).find(Boolean);
    // The place's own names too: the nationality is "United States of America", the place "United States".
    for (const name of new Set([...labels, ...(place ? placeLabels.get(place)! : [])])) entries.push({ dimension: 'citizenship', code: c.code, phrase: name, bare: { place } });
  }
  const inUS = (code: string): boolean => {
    for (let c: string | null | undefined = code, i = 0; c && i < 10; c = places.get(c)?.parent, i++) if (c === 'US') return true;
    return false;
  };
  // Fiscal years only for US measures published by month, day or fiscal year (UNHCR's calendar years never are).
  const fiscal = new Set(r.measureGrains.filter((x) => x.grain !== 'cy').map((x) => x.measure));
  const usMeasures = new Set(r.measurePlaces.filter((x) => inUS(x.place) && fiscal.has(x.measure)).map((x) => x.measure));
  const vocab: Vocabulary = {
    entries,
    labels,
    places,
    units,
    usMeasures,
    placesOf: groups(r.measurePlaces.map((x) => [x.measure, x.place])),
    citizenshipsOf: groups(r.measureCitizenships.map((x) => [x.measure, x.code])),
    spans: spansOf(r.measureSpans ?? []),
    countriesNamed: new Map(),
    breakdownsOf: r.measureBreakdowns && groups(r.measureBreakdowns.map((x) => [x.measure, `${x.dimension}:${x.code}`])),
    municipalityOf: new Map((r.cityMunicipalities ?? []).map((x) => [x.city, x.code])),
    municipalitiesOf: groups((r.measureMunicipalities ?? []).map((x) => [x.measure, x.code])),
    stocks: new Set(r.stockMeasures ?? []),
  };
  // A municipality a city is read as is named as one ("Tijuana (municipality)"), so the answer says which place was used.
  for (const m of r.cityMunicipalities ?? []) {
    places.set(m.code, { level: 'municipality', parent: m.parent });
    labels.set(`geography:${m.code}`, { en: `${m.label_en} (municipality)`, es: `${m.label_es} (municipio)` });
  }
  // A country inside a measure's own words: "Mexico" in "returned by Mexico", "Estados Unidos" in "recibidos desde Estados Unidos".
  // Country names are looked up by their last word ("honduras" in "de honduras"), so this costs one pass over the measures' words.
  const byLastWord = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.dimension !== 'citizenship' || isDemonym(e)) continue;
    const last = e.phrase.slice(e.phrase.lastIndexOf(' ') + 1);
    const list = byLastWord.get(last);
    if (list) list.push(e);
    else byLastWord.set(last, [e]);
  }
  for (const e of entries) {
    if (e.dimension !== 'measure') continue;
    const padded = ` ${e.phrase} `;
    for (const word of new Set(e.phrase.split(' '))) {
      for (const c of byLastWord.get(word) ?? []) if (padded.includes(` ${c.phrase} `)) vocab.countriesNamed.set(e.code, (vocab.countriesNamed.get(e.code) ?? new Set()).add(c.code));
    }
  }
  return vocab;
}

/** A country's name (bare, or after "from", "de", "desde"...) rather than a demonym ("Mexicans"), which names people. */
export const isDemonym = (m: Entry) => !m.bare && !/^(from|of|de|desde|procedentes de|originarios de|nacionales de) /.test(m.phrase) && !/ nationals$/.test(m.phrase);

/** The day after a period that starts on `start`, in its grain. */
function periodEnd(start: string, grain: string): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (grain === 'day') d.setUTCDate(d.getUTCDate() + 1);
  else if (grain === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

function spansOf(list: NonNullable<VocabularyRows['measureSpans']>): Map<string, Span> {
  const out = new Map<string, Span>();
  for (const x of list) {
    const end = periodEnd(x.last, x.grain);
    const monthly = x.grain === 'month' || x.grain === 'day';
    const s = out.get(x.measure);
    out.set(x.measure, s ? { first: s.first < x.first ? s.first : x.first, end: s.end > end ? s.end : end, monthly: s.monthly || monthly } : { first: x.first, end, monthly });
  }
  return out;
}

function groups(pairs: [string, string][]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [k, v] of pairs) out.set(k, (out.get(k) ?? new Set()).add(v));
  return out;
}

const cache = new WeakMap<DuckDBConnection, Promise<Vocabulary>>();

export function loadVocabulary(conn: DuckDBConnection): Promise<Vocabulary> {
  if (!cache.has(conn)) {
    cache.set(
      conn,
      (async () =>
        vocabularyFrom({
          measures: await rows(conn, 'SELECT id, label_en, label_es, unit FROM measures'),
          // A store written before the terms table existed simply has none.
          terms: await rows<VocabularyRows['terms'][number]>(conn, 'SELECT dimension, code, lang, term FROM terms').catch(() => []),
          countries: await rows(conn, 'SELECT code, label_en, label_es, is_group FROM countries'),
          places: await rows(conn, 'SELECT code, level, label_en, label_es, parent FROM places WHERE source_id IS NULL'),
          members: await rows(conn, 'SELECT dimension, code, label_en, label_es FROM members'),
          // A place a source defines (a shelter, a municipality) is not in the vocabulary's places: it stands as its nearest
          // place defined in code (a shelter as its state). Before, shelters stood as themselves, their country unknown, and
          // "Los albergues de Tijuana tienen 3 mil camas" was refused as "only counted in MX-SHELTER-1, ..., and Tijuana is in Mexico".
          measurePlaces: await rows(
            conn,
            `WITH depth AS (SELECT code, count(*) AS n FROM place_ancestors GROUP BY code),
                  nearest AS (SELECT a.code, arg_max(a.ancestor, dp.n) AS ancestor FROM place_ancestors a
                                JOIN places p ON p.code = a.ancestor AND p.source_id IS NULL JOIN depth dp ON dp.code = a.ancestor
                               WHERE a.code IN (SELECT code FROM places WHERE source_id IS NOT NULL) GROUP BY a.code)
             SELECT DISTINCT d.measure, coalesce(n.ancestor, m.value) AS place
               FROM dataset_members m JOIN datasets d ON d.id = m.dataset_id LEFT JOIN nearest n ON n.code = m.value
              WHERE m.dimension = 'geography'`,
          ),
          measureCitizenships: await rows(
            conn,
            `SELECT DISTINCT d.measure, m.value AS code FROM dataset_members m JOIN datasets d ON d.id = m.dataset_id WHERE m.dimension = 'citizenship' AND m.value <> 'ALL'`,
          ),
          measureBreakdowns: await rows(
            conn,
            `SELECT DISTINCT d.measure, m.dimension, m.value AS code FROM dataset_members m JOIN datasets d ON d.id = m.dataset_id
              WHERE m.dimension IN ('component', 'authority', 'category', 'demographic') AND m.value <> 'ALL'`,
          ),
          measureGrains: await rows(conn, 'SELECT DISTINCT measure, grain FROM datasets'),
          // A store written before place links or stock measures existed has none.
          cityMunicipalities: await rows<NonNullable<VocabularyRows['cityMunicipalities']>[number]>(
            conn,
            `SELECT l.code AS city, m.code, m.label_en, m.label_es, m.parent FROM place_links l
               JOIN places loc ON loc.code = l.linked JOIN places m ON m.code = loc.parent AND m.level = 'municipality'
              WHERE l.relation = 'inegi-locality'`,
          ).catch(() => []),
          measureMunicipalities: await rows<NonNullable<VocabularyRows['measureMunicipalities']>[number]>(
            conn,
            `SELECT DISTINCT d.measure, a.ancestor AS code FROM dataset_members m JOIN datasets d ON d.id = m.dataset_id
               JOIN place_ancestors a ON a.code = m.value JOIN places p ON p.code = a.ancestor AND p.level = 'municipality'
              WHERE m.dimension = 'geography'`,
          ).catch(() => []),
          stockMeasures: (await rows<{ id: string }>(conn, 'SELECT id FROM measures WHERE stock').catch(() => [])).map((x) => x.id),
          measureSpans: await rows(
            conn,
            `SELECT d.measure, d.grain, strftime(min(m.first_period), '%Y-%m-%d') AS first, strftime(max(m.last_period), '%Y-%m-%d') AS last
               FROM dataset_members m JOIN datasets d ON d.id = m.dataset_id
              WHERE m.dimension = 'geography' AND m.vintage_id = (SELECT max(x.vintage_id) FROM dataset_members x WHERE x.dataset_id = m.dataset_id)
              GROUP BY d.measure, d.grain`,
          ),
        }))(),
    );
  }
  return cache.get(conn)!;
}

/** The country a place is in (itself for a country, or for a place above countries). */
export function countryOf(place: string, vocab: Vocabulary): string {
  for (let c: string | null | undefined = place, i = 0; c && i < 10; c = vocab.places.get(c)?.parent, i++) if (vocab.places.get(c)?.level === 'country') return c;
  return place;
}

/** Whether the measure's tables report the place, or places inside it (a sector inside the southwest border). */
export function countedIn(measure: string, place: string, vocab: Vocabulary): boolean {
  const places = vocab.placesOf.get(measure);
  if (!places) return false;
  if (places.has(place)) return true;
  for (const p of places) for (let c = vocab.places.get(p)?.parent, i = 0; c && i < 10; c = vocab.places.get(c)?.parent, i++) if (c === place) return true;
  return false;
}

/** Whether the place is in one of the countries the measure is counted in (true when the store has no places for it). */
export function inItsCountries(measure: string, place: string, vocab: Vocabulary): boolean {
  const places = vocab.placesOf.get(measure);
  if (!places?.size) return true;
  const country = countryOf(place, vocab);
  return [...places].some((p) => countryOf(p, vocab) === country);
}

export interface Found extends Entry {
  at: number;
  end: number;
  /** Other measures the same words name (Mexico's returns in UPM's table and in INM's files): the claim's period decides (parse/subject.ts). */
  alternatives?: string[];
}

/**
 * Where the vocabulary's phrases occur in a claim, longest first, never overlapping
 * within one kind (measures apart from codes, so "Title 42 expulsions" names both).
 * Positions are in `norm` (the parser's normalised text), which `phrase` maps 1:1.
 */
export function findTerms(norm: string, vocab: Vocabulary): { measures: Found[]; members: Found[] } {
  const text = norm.replace(/[^a-z0-9]/g, ' ');
  const hits: Found[] = [];
  for (const e of vocab.entries) {
    const words = e.phrase.split(' ');
    if (!text.includes(words[0])) continue;
    const re = new RegExp(`(?<![a-z0-9])${words.join(' +')}(?![a-z0-9])`, 'g');
    for (const m of text.matchAll(re)) hits.push({ ...e, at: m.index!, end: m.index! + m[0].length });
  }
  const pick = (list: Found[]) => {
    const taken: Found[] = [];
    for (const h of [...list].sort((a, b) => b.end - b.at - (a.end - a.at) || a.at - b.at)) {
      // The same words naming another measure: kept as an alternative of the first.
      const same = taken.find((t) => t.at === h.at && t.end === h.end && t.dimension === h.dimension);
      if (same && h.dimension === 'measure' && h.code !== same.code && !same.alternatives?.includes(h.code)) same.alternatives = [...(same.alternatives ?? []), h.code];
      if (same || taken.some((t) => h.at < t.end && h.end > t.at)) continue;
      taken.push({ ...h });
    }
    return taken.sort((a, b) => a.at - b.at);
  };
  return { measures: pick(hits.filter((h) => h.dimension === 'measure')), members: pick(hits.filter((h) => h.dimension !== 'measure')) };
}
