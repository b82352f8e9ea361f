/**
 * Walks an API answer for English left in a Spanish answer: every string a person reads
 * (not the codes, identifiers, addresses, dates and the publishers' own titles listed in
 * CODE_FIELDS), and of a bilingual pair ({ en, es }) only the Spanish. A string fails when it
 * holds an English tell-tale word once the proper names (PROPER_NAMES) are taken out.
 */

/** One request per route of the API, in Spanish; test/api/spanish.test.ts checks every GET route of the OpenAPI document is here. */
export const SPANISH_REQUESTS: Record<string, string> = {
  '/api/series': '/api/series?measure=encounters&where=geography=US-SWB&by=component&from=2023-10&lang=es',
  '/api/export': '/api/export?measure=encounters&where=geography=US-SWB&by=component&from=2023-10&lang=es&format=csv',
  '/api/measures': '/api/measures?lang=es',
  '/api/dimensions': '/api/dimensions?lang=es',
  '/api/dimensions/{dimension}': '/api/dimensions/demographic?lang=es',
  '/api/sources': '/api/sources?lang=es',
  '/api/sources/{id}/diff': '/api/sources/cbp-sbo/diff?lang=es',
  '/api/checks': '/api/checks?lang=es',
  '/api/places': '/api/places?level=sector&parent=US-SWB',
  '/api/shapes': '/api/shapes?precision=1',
  '/api/coverage': '/api/coverage?measure=inm-foreigners-received',
  '/api/events': '/api/events?lang=es',
  '/api/impact': '/api/impact?event=title42-end&measure=encounters&where=geography=US-SWB&lang=es',
  '/api/record': '/api/record?lang=es',
  '/api/reception': '/api/reception?weeks=4&lang=es',
  '/api/reception/brief': '/api/reception/brief?weeks=4&lang=es',
  '/api/corridor': '/api/corridor?citizenship=HND&from=2019-01&lang=es',
  '/api/headline': '/api/headline?measure=encounters&where=geography=US-SWB&lang=es',
  '/api/claims': `/api/claims?text=${encodeURIComponent('En marzo de 2021 hubo 173,277 encuentros en la frontera suroeste')}&lang=es`,
  '/api/forecast': '/api/forecast?measure=encounters&where=geography=US-SWB&horizon=6&nowcast=true&lang=es',
  '/api/scenarios': '/api/scenarios?lang=es',
  '/api/scenario': '/api/scenario?name=seed-2021-04&lang=es',
  '/api/scenario/backcast': '/api/scenario/backcast?lang=es',
};

/**
 * Fields that hold codes, not words: identifiers, codes of a dimension, periods and dates,
 * addresses, checksums, file names, model names, the request echoed back, and the
 * publishers' own titles and quotes (a document's title is cited as published).
 */
export const CODE_FIELDS = new Set([
  'id', 'code', 'codes', 'measure', 'source', 'dataset', 'dataset_id', 'datasets', 'vintage', 'vintages', 'fingerprint', 'sha256',
  'url', 'landing_page', 'file_id', 'name', 'files', 'period', 'start', 'end', 'date', 'endDate', 'announced', 'run_at', 'loaded_at',
  'first_period', 'last_period', 'grain', 'unit', 'level', 'parent', 'parents', 'kind', 'actor', 'counterpart', 'status', 'verdict',
  'request', 'where', 'by', 'lang', 'dimension', 'dimensions', 'geography', 'citizenship', 'demographic', 'authority', 'component',
  'category', 'model', 'models', 'method', 'origin', 'event', 'events', 'related', 'definition_id', 'quote', 'evidence', 'citation',
  'title_source', 'figures', 'keys_code', 'type', 'geometry', 'properties_code', 'considered', 'tops', 'series', 'path', 'paths',
  'lever', 'levers', 'date_kind', 'datePrecision', 'as_of', 'asOf', 'type_code', 'stage', 'title_lang',
]);

/** Paths ending so hold a citation: a document's title as its publisher wrote it. */
const CITATION = /(^|\.)source\.title$/;

/**
 * Objects read as records, not prose: the request echoed back and a map's geometry. An event's
 * evidence is walked: its quote is a CODE_FIELD (the page's own words), its note is bilingual.
 */
export const CODE_SUBTREES = new Set(['request', 'where', 'geometry', 'considered']);

/** Proper names that stay in English in Spanish text (publications, organisations, programmes). */
export const PROPER_NAMES = [
  /Deportation Data Project/g, /Global Data Institute/g, /Refugee Data Finder/g, /The New York Times/g, /The Washington Post/g,
  /Honolulu Star-Advertiser/g, /Homeland Security Today/g, /Civil Rights Litigation Clearinghouse/g, /Federal Register/g,
  /Policy Guidance for Implementation of the Migrant Protection Protocols/g, /Stars and Stripes/g, /American Military News/g,
  /Tribune News Service/g, /Mexico News Daily/g, /ABC News/g, /BNN Bloomberg/g, /Remain in Mexico/g, /Migrant Protection Protocols/g,
  /FY\d\d - FY\d\d \(FYTD\) \.\.\. August/g, /FY\d\d - FY\d\d/g, /CBP One/g, /Border Patrol/g,
];

/**
 * Words that give English away. Month abbreviations and the words the issue names ("Source",
 * "events", "Download"), and short words that are not Spanish.
 */
export const TELL_TALES =
  /\b(Jan|Feb|Apr|Aug|Dec|January|February|April|June|July|August|October|December|Source|Sources|events|Download|the|and|with|from|by|not|of|to|is|are|was|were|this|that|which|people|month|months|year|years|encounters|southwest|border|figures|unknown|expected|found|must|cannot)\b/;

export interface Finding {
  path: string;
  text: string;
  word: string;
}

/** English tell-tales in the user-facing strings of a JSON answer. */
export function englishIn(value: unknown, path = ''): Finding[] {
  if (typeof value === 'string') {
    const field = path.split('.').at(-1)?.replace(/\[\d+\]$/, '') ?? '';
    if (CODE_FIELDS.has(field) || CITATION.test(path)) return [];
    // A quotation the Spanish declares English ("motivo en inglés: ..."): said, not passed off as a translation.
    let text = value.replace(/en inglés\)?: [\s\S]*$/, '');
    // A quotation in Spanish marks («...»): the source's own words, quoted as published.
    text = text.replace(/«[^»]*»/g, '');
    for (const name of PROPER_NAMES) text = text.replace(name, '');
    // Addresses and file names inside prose are not words.
    text = text.replace(/\bhttps?:\/\/\S+|\b[\w.-]+\/[\w./-]+/g, '');
    // Identifiers inside prose (an event id such as mx-south-border-restriction-2021).
    text = text.replace(/\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b/g, '');
    const m = TELL_TALES.exec(text);
    return m ? [{ path, text: value.length > 160 ? `${value.slice(0, 157)}...` : value, word: m[1] }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => englishIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o);
    // A bilingual pair: only its Spanish is read in Spanish.
    if (keys.includes('en') && keys.includes('es') && keys.every((k) => k === 'en' || k === 'es')) return englishIn(o.es, path);
    return keys.flatMap((k) => (CODE_SUBTREES.has(k) ? [] : englishIn(o[k], path ? `${path}.${k}` : k)));
  }
  return [];
}
