/**
 * When the count a claim names has no figure for what it asks, the nearest count the store
 * has on the other side of the border, shown beside the answer and never judged. The 2021
 * negotiations spoke of the families Mexico "took back"; INM's counts of the people Mexico
 * received start in October 2024 and have no families, while CBP counted the people in
 * families it expelled under Title 42 (March 2020 to May 2023), to Mexico or by air to their
 * own countries: not the same count, and the answer says so.
 */
import type { Bilingual, Subject } from './types.js';
import type { Vocabulary } from './vocabulary.js';

export interface Instead {
  subject: Subject;
  /** Why this is not the same count as the one the claim names. */
  why: Bilingual;
}

const RECEIVED_BY_MEXICO: Bilingual = {
  en: "not the same count: Title 42 expulsions are people the US expelled, to Mexico or by air to their own countries (CBP's figures do not say which), from March 2020 to May 2023",
  es: 'no es la misma cifra: las expulsiones del Título 42 son personas que Estados Unidos expulsó, a México o por avión a sus países (las cifras de CBP no dicen a dónde), de marzo de 2020 a mayo de 2023',
};

const ONLY_UNACCOMPANIED: Bilingual = {
  en: 'not the same count: unaccompanied children are only part of the minors, as children who travel with their families are not counted apart from them; the store has no count of all minors here',
  es: 'no es la misma cifra: los menores no acompañados son solo una parte de los menores, pues los que viajan con su familia no se cuentan aparte; el almacén no tiene aquí la cifra de todos los menores',
};

/** The nearest count for a subject the store cannot answer, if there is one. */
export function insteadOf(subject: Subject, vocab?: Vocabulary): Instead | undefined {
  // "detuvo a 150 mil menores": minors, where the measure counts unaccompanied children only (CBP's encounters).
  const groups = vocab?.breakdownsOf?.get(subject.measure);
  if (subject.filters.demographic === 'MINORS' && groups?.has('demographic:UC') && !groups.has('demographic:MINORS')) {
    return { subject: { ...subject, filters: { ...subject.filters, demographic: 'UC' } }, why: ONLY_UNACCOMPANIED };
  }
  if (subject.measure !== 'inm-foreigners-received') return undefined;
  // The same people the claim names (a nationality, families, children), among Title 42 expulsions at the southwest border.
  const filters: Subject['filters'] = { authority: 'T42' };
  if (subject.filters.citizenship) filters.citizenship = subject.filters.citizenship;
  if (subject.filters.demographic) filters.demographic = subject.filters.demographic;
  return { subject: { measure: 'encounters', geography: 'US-SWB', filters, definitions: ['cbp'] }, why: RECEIVED_BY_MEXICO };
}
