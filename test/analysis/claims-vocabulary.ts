/**
 * The claim checker's vocabulary built from the same code the store writes its
 * dimensions from (labels, terms, countries, places), for parser tests without a store.
 */
import { vocabularyFrom, type Vocabulary } from '../../src/analysis/claims/vocabulary.js';
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
    measurePlaces: [{ measure: 'encounters', place: 'US-SWB' }, { measure: 'asylum-applications', place: 'MX' }, { measure: 'asylum-applications', place: 'HND' }],
    measureCitizenships: ['MEX', 'GTM', 'HND', 'SLV'].flatMap((code) => [{ measure: 'encounters', code }, { measure: 'asylum-applications', code }]),
    measureGrains: [{ measure: 'encounters', grain: 'month' }],
  });
}
