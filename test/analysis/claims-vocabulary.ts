/**
 * The claim checker's vocabulary built from the same code the store writes its
 * dimensions from (labels, terms, countries, places), for parser tests without a store.
 */
import { vocabularyFrom, type Vocabulary } from '../../src/analysis/claims/vocabulary.js';
import { parseClaim, type ParsedClaim, type UnreadableClaim } from '../../src/analysis/claims/parse/claim.js';
import { ADAPTERS } from '../../src/sources/registry.js';
import { allMeasures, allPlaces } from '../../src/store/dimensions/catalog.js';
import { COUNTRIES } from '../../src/store/dimensions/countries.js';
import { AUTHORITIES, COMPONENTS, DEMOGRAPHICS } from '../../src/store/dimensions/members.js';
import { TERMS } from '../../src/store/dimensions/terms.js';

export function codeVocabulary(): Vocabulary {
  const members = [
    ...DEMOGRAPHICS.map((m) => ({ dimension: 'demographic', code: m.code, label_en: m.label.en, label_es: m.label.es })),
    ...AUTHORITIES.map((m) => ({ dimension: 'authority', code: m.code, label_en: m.label.en, label_es: m.label.es })),
    ...COMPONENTS.map((m) => ({ dimension: 'component', code: m.code, label_en: m.label.en, label_es: m.label.es })),
  ];
  return vocabularyFrom({
    measures: allMeasures(ADAPTERS).map((m) => ({ id: m.id, label_en: m.label.en, label_es: m.label.es, unit: m.unit })),
    terms: TERMS.flatMap((t) => [...t.en.map((term) => ({ dimension: t.dimension, code: t.code, lang: 'en', term })), ...t.es.map((term) => ({ dimension: t.dimension, code: t.code, lang: 'es', term }))]),
    countries: COUNTRIES.map((c) => ({ code: c.code, label_en: c.label.en, label_es: c.label.es, is_group: c.group })),
    places: allPlaces(ADAPTERS).map((p) => ({ code: p.code, level: p.level, label_en: p.label.en, label_es: p.label.es, parent: p.parents[0] ?? null })),
    members,
    // As the mirror's store has them, for the measures the parser tests name (a few places each).
    measurePlaces: [
      ...['US', 'US-SWB', 'USBP-RGV'].map((place) => ({ measure: 'encounters', place })),
      ...['MX', 'HND', 'US', 'CRI'].map((place) => ({ measure: 'asylum-applications', place })),
      { measure: 'mx-returns', place: 'MX' },
      ...['MX-07', 'MX-02'].map((place) => ({ measure: 'inm-returns', place })),
      ...['MX', 'MX-07'].map((place) => ({ measure: 'mx-presentados', place })),
      ...['MX-02', 'MX-26'].map((place) => ({ measure: 'inm-foreigners-received', place })),
      { measure: 'darien-crossings', place: 'PA-DARIEN' },
      ...['MX', 'GTM', 'HND'].map((place) => ({ measure: 'vaccine-doses-donated', place })),
    ],
    measureCitizenships: [
      ...['MEX', 'GTM', 'HND', 'SLV'].flatMap((code) => [{ measure: 'encounters', code }, { measure: 'asylum-applications', code }]),
      ...['GTM', 'HND', 'SLV', 'USA'].flatMap((code) => ['mx-returns', 'inm-returns', 'mx-presentados', 'inm-foreigners-received'].map((measure) => ({ measure, code }))),
      ...['VEN', 'HTI', 'USA'].map((code) => ({ measure: 'darien-crossings', code })),
    ],
    // The components, authorities and categories of the mirror's tables, for the measures the parser tests name.
    measureBreakdowns: [
      ...['USBP', 'OFO'].map((code) => ({ measure: 'encounters', dimension: 'component', code })),
      ...['T42', 'T8'].map((code) => ({ measure: 'encounters', dimension: 'authority', code })),
      { measure: 'removals', dimension: 'component', code: 'ICE' },
      { measure: 'ice-arrests', dimension: 'component', code: 'ICE' },
      ...['USBP', 'OFO'].map((code) => ({ measure: 'bookouts', dimension: 'component', code })),
      ...['bookout:usbp-release', 'bookout:ofo-parole', 'bookout:t42-expulsion'].map((code) => ({ measure: 'bookouts', dimension: 'category', code })),
      { measure: 'vaccine-doses-donated', dimension: 'category', code: 'donor:USA' },
    ],
    measureGrains: [{ measure: 'encounters', grain: 'month' }],
    // The spans of the mirror's tables (dataset_members, latest vintages).
    measureSpans: [
      { measure: 'mx-returns', grain: 'month', first: '2015-01-01', last: '2025-04-01' },
      { measure: 'inm-returns', grain: 'day', first: '2024-10-01', last: '2026-05-25' },
      { measure: 'mx-presentados', grain: 'month', first: '2018-01-01', last: '2025-04-01' },
      { measure: 'darien-crossings', grain: 'cy', first: '2010-01-01', last: '2019-01-01' },
      { measure: 'darien-crossings', grain: 'month', first: '2020-01-01', last: '2025-04-01' },
      { measure: 'asylum-applications', grain: 'cy', first: '2000-01-01', last: '2025-01-01' },
    ],
  });
}

/** parse (a claim that must be read) and unreadable (one that must not), over the code's vocabulary. */
export function claimParsers(vocab: Vocabulary = codeVocabulary()) {
  const parse = (text: string): ParsedClaim => {
    const r = parseClaim(text, vocab);
    if ('unreadable' in r) throw new Error(`unreadable: ${r.missing.en}`);
    return r;
  };
  const unreadable = (text: string): UnreadableClaim => {
    const r = parseClaim(text, vocab);
    if (!('unreadable' in r)) throw new Error(`read as ${r.spec.type}`);
    return r;
  };
  return { parse, unreadable };
}
