/**
 * Fetches the series a claim is about through the store's query engine (buildRequest,
 * querySeries): for each period the best source, with its completeness and rounding.
 * When no table can answer, why is said once, in words with labels (no table ids or
 * codes): a place outside the countries where the measure is counted says just that.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import { buildRequest } from '../../store/query/request.js';
import { querySeries, type SeriesRow } from '../../store/query/series.js';
import { DEFINITIONS } from './definitions.js';
import type { Dimension } from '../../model/index.js';
import type { Bilingual, DefinitionId, Grain, Point, Subject } from './types.js';
import { countryOf, inItsCountries, loadVocabulary, type Vocabulary } from './vocabulary.js';

export interface Series {
  definition: DefinitionId;
  grain: Grain;
  points: Point[];
  /** With a breakdown: the codes of each point (same order as points). */
  keys: Partial<Record<Dimension, string>>[];
  /** Why no table could answer, when none could, in both languages (the query engine gives both). */
  missing?: Bilingual;
}

export function toPoint(r: SeriesRow): Point {
  return {
    period: r.period,
    grain: r.grain as Grain,
    value: r.value === null ? null : Number(r.value),
    complete: r.complete,
    parts: r.parts,
    expectedParts: r.expectedParts,
    source: r.source,
    dataset: r.dataset,
    vintage: r.vintage,
    rounding: r.rounding,
    cells: r.cells,
    ...(r.asOf !== undefined ? { asOf: r.asOf } : {}),
  };
}

export function whereOf(subject: Subject, definition: DefinitionId): string[] {
  return [
    ...(subject.geography ? [`geography=${subject.geography}`] : []),
    ...Object.entries(subject.filters).map(([dim, code]) => `${dim}=${code}`),
    ...DEFINITIONS[definition].where.filter((w) => !Object.keys(subject.filters).includes(w.split('=')[0])),
  ];
}

export async function fetchSeries(conn: DuckDBConnection, subject: Subject, definition: DefinitionId, grain: Grain, by?: Dimension, source?: string): Promise<Series> {
  try {
    const req = await buildRequest(conn, { measure: subject.measure, where: whereOf(subject, definition), grain, by: by ? [by] : undefined, source });
    const result = await querySeries(conn, req);
    const points = result.rows.map(toPoint);
    const keys = result.rows.map((r) => r.keys);
    if (points.length) return { definition, grain, points, keys };
    const vocab = await loadVocabulary(conn);
    const refused = result.considered.filter((c) => !c.answer);
    const missing = outsideItsCountries(subject, vocab) ?? groupNotCounted(subject, vocab) ?? {
      en: reasonsOnce(refused.map((c) => c.reason ?? ''), 'en', vocab) || 'no figures',
      es: reasonsOnce(refused.map((c) => c.reason_es ?? c.reason ?? ''), 'es', vocab) || 'sin cifras',
    };
    return { definition, grain, points, keys, missing };
  } catch (e) {
    if (e instanceof UsageError) return { definition, grain, points: [], keys: [], missing: { en: e.message, es: e.es ?? e.message } };
    throw e;
  }
}

/**
 * "they are counted only in United States, and Darién is in Panama": the reason no table
 * answers for a place outside the countries where the measure is counted, the same for every
 * reading and year type, with labels in the language of the answer.
 */
export function outsideItsCountries(subject: Subject, vocab: Vocabulary): Bilingual | undefined {
  const place = subject.geography;
  if (!place || inItsCountries(subject.measure, place, vocab)) return undefined;
  const countries = [...new Set([...(vocab.placesOf.get(subject.measure) ?? [])].map((p) => countryOf(p, vocab)))].sort();
  const label = (code: string) => vocab.labels.get(`geography:${code}`) ?? { en: code, es: code };
  const list = (lang: 'en' | 'es') => countries.slice(0, 3).map((c) => label(c)[lang]).join(', ') + (countries.length > 3 ? ' …' : '');
  const where = label(place);
  const country = countryOf(place, vocab);
  if (country === place) return { en: `they are counted only in ${list('en')}, not in ${where.en}`, es: `solo se cuentan en ${list('es')}, no en ${where.es}` };
  return { en: `they are counted only in ${list('en')}, and ${where.en} is in ${label(country).en}`, es: `solo se cuentan en ${list('es')}, y ${where.es} está en ${label(country).es}` };
}

/**
 * "its figures are not broken down by Minors: the groups counted are ...": the reason no table answers for a demographic
 * group the measure's tables never report, said once with labels (before: each table's refusal, with the group's code).
 */
export function groupNotCounted(subject: Subject, vocab: Vocabulary): Bilingual | undefined {
  const code = subject.filters.demographic;
  const groups = vocab.breakdownsOf?.get(subject.measure);
  if (!code || !groups || groups.has(`demographic:${code}`)) return undefined;
  const label = (c: string) => vocab.labels.get(`demographic:${c}`) ?? { en: c, es: c };
  const counted = [...groups].filter((g) => g.startsWith('demographic:')).map((g) => g.slice('demographic:'.length)).sort();
  const list = (lang: 'en' | 'es') => counted.map((c) => label(c)[lang]).join(lang === 'en' ? ', ' : ', ');
  if (!counted.length) return { en: `its figures are not broken down by group (${label(code).en})`, es: `sus cifras no se desglosan por grupo (${label(code).es})` };
  return {
    en: `its figures are not broken down by ${label(code).en}: the groups counted are ${list('en')}`,
    es: `sus cifras no se desglosan por ${label(code).es}: los grupos contados son ${list('es')}`,
  };
}

/**
 * The query engine's reasons, each said once (three tables refusing for one reason are one
 * reason), without table ids, and with the codes of places and nationalities as labels.
 */
export function reasonsOnce(reasons: string[], lang: 'en' | 'es', vocab: Vocabulary): string {
  const named = (r: string) =>
    r
      .replace(/\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?:\/[A-Z0-9]+)?\b/g, (code) => (vocab.labels.get(`geography:${code}`) ?? vocab.labels.get(`citizenship:${code}`) ?? vocab.labels.get(`demographic:${code}`))?.[lang] ?? code)
      // A measure's id ("shelter-capacity se cuenta en ...") as its label.
      .replace(/\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b/g, (id) => vocab.labels.get(`measure:${id}`)?.[lang] ?? id);
  return [...new Set(reasons.filter(Boolean).map(named))].slice(0, 3).join('; ');
}

/** Memoises series by subject, definition, grain and breakdown within one check. */
export function seriesCache(conn: DuckDBConnection) {
  const cache = new Map<string, Promise<Series>>();
  return (subject: Subject, definition: DefinitionId, grain: Grain, by?: Dimension): Promise<Series> => {
    const key = JSON.stringify([subject.measure, subject.geography, subject.filters, definition, grain, by]);
    if (!cache.has(key)) cache.set(key, fetchSeries(conn, subject, definition, grain, by));
    return cache.get(key)!;
  };
}
