/**
 * Categories of the asylum tables. Applications: one category per combination of
 * procedure type, application type and decision level (the store has one category
 * dimension, so the three codes travel together; together they list every
 * application, so the default query sums them). Decisions: the outcome.
 */
import type { CategoryDefinition } from '../types.js';
import { APP_TYPES, APPLICATION_COMBINATIONS, DEC_LEVELS, PROCEDURE_TYPES, type Code } from './codes.js';

const slug = (code: string) => (code === '' ? 'unstated' : code.toLowerCase());

/** 'unhcr-application:g-n-fi' for G / N / FI; a blank code reads "unstated". */
export function applicationCategory(procedure: string, appType: string, decLevel: string): string {
  return `unhcr-application:${[procedure, appType, decLevel].map(slug).join('-')}`;
}

const find = (codes: Code[], code: string): Code => {
  const hit = codes.find((c) => c.code === code);
  if (!hit) throw new Error(`no label for UNHCR code "${code}"`);
  return hit;
};

const shownCode = (c: string) => (c === '' ? '(blank)' : c);

export const APPLICATION_CATEGORIES: CategoryDefinition[] = APPLICATION_COMBINATIONS.map(([p, a, d]) => {
  const parts = [find(PROCEDURE_TYPES, p), find(APP_TYPES, a), find(DEC_LEVELS, d)];
  const codes = `procedure_type ${shownCode(p)}, app_type ${shownCode(a)}, dec_level ${shownCode(d)}`;
  return {
    id: applicationCategory(p, a, d),
    label: { en: parts.map((x) => x.label.en).join(', '), es: parts.map((x) => x.label.es).join(', ') },
    definition: {
      en: `Asylum applications lodged with ${codes} in UNHCR's asylum_applications table.`,
      es: `Solicitudes de asilo presentadas con ${codes} en la tabla asylum_applications del ACNUR.`,
    },
  };
});

/** The four outcome columns of asylum_decisions.csv; dec_total is the category 'ALL'. */
export const DECISION_OUTCOMES = {
  dec_recognized: 'unhcr-decision:recognized',
  dec_other: 'unhcr-decision:complementary',
  dec_rejected: 'unhcr-decision:rejected',
  dec_closed: 'unhcr-decision:otherwise-closed',
} as const;

export const DECISION_CATEGORIES: CategoryDefinition[] = [
  {
    id: DECISION_OUTCOMES.dec_recognized,
    label: { en: 'Recognized as refugees', es: 'Reconocidas como refugiadas' },
    definition: { en: 'Applicants recognized as refugees (Convention or mandate status).', es: 'Solicitantes reconocidos como refugiados (estatuto de la Convención o del mandato).' },
  },
  {
    id: DECISION_OUTCOMES.dec_other,
    label: { en: 'Complementary protection', es: 'Protección complementaria' },
    definition: { en: 'Applicants granted a complementary form of protection.', es: 'Solicitantes a quienes se otorgó una forma complementaria de protección.' },
  },
  {
    id: DECISION_OUTCOMES.dec_rejected,
    label: { en: 'Rejected', es: 'Rechazadas' },
    definition: { en: 'Applicants whose claim was rejected on its merits.', es: 'Solicitantes cuya solicitud fue rechazada en cuanto al fondo.' },
  },
  {
    id: DECISION_OUTCOMES.dec_closed,
    label: { en: 'Otherwise closed', es: 'Cerradas por otros motivos' },
    definition: {
      en: 'Claims closed without a decision on the merits (withdrawn, abandoned, deceased, transferred...).',
      es: 'Solicitudes cerradas sin decisión sobre el fondo (desistidas, abandonadas, fallecimiento, traslado...).',
    },
  },
];
