/**
 * The words the claim engine answers with, in English and Spanish: numbers, sources,
 * what is counted, verdicts.
 */
import { DEFINITIONS } from './definitions.js';
import { dayLabel, periodLabel } from './periods.js';
import type { Stated } from './quantity.js';
import type { Bilingual, DefinitionId, Grain, Lang, Point, Status, Subject, Verdict } from './types.js';

export const num = (n: number) => Math.round(n).toLocaleString('en-US');
export const pct = (n: number) => `${n >= 0 ? '' : '−'}${Math.abs(n).toLocaleString('en-US', { maximumFractionDigits: 1 })}%`;

export function sourceRef(p: Point, lang: Lang = 'en'): string {
  const rounded = p.rounding > 1 ? (lang === 'es' ? `, redondeado a ${p.rounding}` : `, rounded to ${p.rounding}`) : '';
  return `${p.source}, ${p.dataset}, ${lang === 'es' ? 'versión' : 'vintage'} ${p.vintage}${rounded}`;
}

/**
 * How much of an incomplete period a figure covers: "359 of 365 days", "7 of 12 months".
 * The parts are months when a year is summed from a monthly table (12 expected), days when
 * a month or a year is summed from a daily one (28-31, 365 or 366); a period published as
 * partial (a year to date) has all its parts and says so.
 */
export function partsLabel(p: Pick<Point, 'parts' | 'expectedParts'>, lang: Lang): string {
  const es = lang === 'es';
  if (p.parts >= p.expectedParts) return es ? 'periodo publicado como parcial' : 'a period published as partial';
  const [one, many] = p.expectedParts === 12 ? (es ? ['mes', 'meses'] : ['month', 'months']) : es ? ['día', 'días'] : ['day', 'days'];
  return `${p.parts} ${es ? 'de' : 'of'} ${p.expectedParts} ${p.expectedParts === 1 ? one : many}`;
}

/** The day (or, for a monthly table, the month) a stock's level is from: tables by day count days in a period. */
export function asOfLabel(p: Pick<Point, 'asOf' | 'expectedParts'>, lang: Lang): string {
  return dayLabel(p.asOf!, lang, p.expectedParts <= 12);
}

/** "level on 3 August 2021", "level of July 2021", "nivel al 3 de agosto de 2021", "nivel de julio de 2021". */
export function asOfPhrase(p: Pick<Point, 'asOf' | 'expectedParts'>, lang: Lang): string {
  const month = p.expectedParts <= 12;
  return lang === 'es' ? `nivel ${month ? 'de' : 'al'} ${asOfLabel(p, lang)}` : `level ${month ? 'of' : 'on'} ${asOfLabel(p, lang)}`;
}

/** "March 2021: 169,220 (ohss-monthly, ...)" with an incompleteness mark. */
export function figure(p: Point, lang: Lang): string {
  // A stock's figure is a level on a day, not a sum of the days known: said as such.
  const partial = p.complete ? '' : p.asOf ? `, ${asOfPhrase(p, lang)}` : lang === 'es' ? `, incompleto: ${partsLabel(p, lang)}` : `, incomplete: ${partsLabel(p, lang)}`;
  const value = p.value === null ? (lang === 'es' ? 'sin dato (suprimido)' : 'no figure (suppressed)') : num(p.value);
  return `${periodLabel(p.period, p.grain, lang)}: ${value} (${sourceRef(p, lang)}${partial})`;
}

/** How a claim qualified a stated count ("more than 100,000"), in words. */
export const COUNT_QUALIFIER: Record<Stated['qualifier'], Bilingual> = {
  exact: { en: '', es: '' },
  more: { en: 'more than ', es: 'más de ' },
  less: { en: 'fewer than ', es: 'menos de ' },
  about: { en: 'about ', es: 'alrededor de ' },
  nearly: { en: 'nearly ', es: 'casi ' },
};

/** The same for a share or a change: "less than 20%", not "fewer than". */
const PERCENT_QUALIFIER: Record<Stated['qualifier'], Bilingual> = { ...COUNT_QUALIFIER, less: { en: 'less than ', es: 'menos de ' } };

/**
 * A stated percentage said in the answer's language ("more than 50%", "más de 50%"),
 * from its value, not the claim's own words, which may be in the other language
 * ("se duplicaron" in an English answer, "20% of" in a Spanish one).
 */
export function statedPercent(s: Stated, lang: Lang): string {
  return `${PERCENT_QUALIFIER[s.qualifier][lang]}${s.value.toLocaleString('en-US', { maximumFractionDigits: 2 })}%`;
}

const SHORT: Record<Exclude<DefinitionId, 'measure'>, Bilingual> = {
  cbp: { en: 'all CBP encounters', es: 'todos los encuentros de CBP' },
  usbp: { en: 'Border Patrol encounters', es: 'encuentros de la Patrulla Fronteriza' },
};

const PLACES: Record<string, Bilingual> = {
  'US-SWB': { en: 'at the southwest border', es: 'en la frontera suroeste' },
  'US-NLB': { en: 'at the northern border', es: 'en la frontera norte' },
  US: { en: 'nationwide', es: 'a nivel nacional' },
};

const FILTERS: Record<string, Bilingual> = {
  UC: { en: 'of unaccompanied children', es: 'de niñas, niños y adolescentes no acompañados' },
  FMUA: { en: 'of people in families', es: 'de personas en familia' },
  SA: { en: 'of single adults', es: 'de adultos solos' },
  T42: { en: '(Title 42 expulsions)', es: '(expulsiones bajo el Título 42)' },
  OFO: { en: 'at ports of entry (OFO)', es: 'en puertos de entrada (OFO)' },
};

/** Labels of codes and measures, from the store's vocabulary when there is one. */
export type Labels = Map<string, Bilingual> | undefined;

export function codeLabel(dim: string, code: string, lang: Lang, labels: Labels): string {
  return labels?.get(`${dim}:${code}`)?.[lang] ?? code;
}

/** What is counted under one definition, e.g. "all CBP encounters of Honduras citizens at the southwest border". */
export function measureLabel(subject: Subject, definition: DefinitionId, lang: Lang, labels: Labels): string {
  if (definition !== 'measure') return SHORT[definition][lang];
  const l = labels?.get(`measure:${subject.measure}`)?.[lang] ?? subject.measure;
  return l;
}

export function subjectLabel(subject: Subject, definition: DefinitionId, lang: Lang, omit?: string, labels?: Labels): string {
  const bits = [measureLabel(subject, definition, lang, labels)];
  for (const [dim, code] of Object.entries(subject.filters)) {
    if (dim === omit) continue;
    if (dim === 'citizenship') bits.push(lang === 'es' ? `(nacionalidad: ${codeLabel(dim, code, lang, labels)})` : `(nationality: ${codeLabel(dim, code, lang, labels)})`);
    // A code without its own phrase is set apart from the measure's words: "doses donated (Donated by the United States)".
    else bits.push(FILTERS[code]?.[lang] ?? `(${codeLabel(dim, code, lang, labels)})`);
  }
  if (subject.geography) bits.push(PLACES[subject.geography]?.[lang] ?? `${lang === 'es' ? 'en' : 'in'} ${codeLabel('geography', subject.geography, lang, labels)}`);
  return bits.join(' ');
}

export function definitionLabel(definition: DefinitionId, grain: Grain, lang: Lang): string {
  const year = grain === 'fy' ? (lang === 'es' ? '; años fiscales (octubre a septiembre)' : '; fiscal years (October to September)') : grain === 'cy' ? (lang === 'es' ? '; años calendario' : '; calendar years') : '';
  return `${DEFINITIONS[definition].label[lang]}${year}`;
}

export const UNIT: Record<Grain, Record<Lang, [string, string]>> = {
  month: { en: ['month', 'months'], es: ['mes', 'meses'] },
  fy: { en: ['fiscal year', 'fiscal years'], es: ['año fiscal', 'años fiscales'] },
  cy: { en: ['year', 'years'], es: ['año', 'años'] },
};

export const STATUS_WORD: Record<Status, Bilingual> = {
  true: { en: 'true', es: 'verdadero' },
  false: { en: 'false', es: 'falso' },
  tied: { en: 'true only as a tie', es: 'verdadero solo como empate' },
  partly: { en: 'partly true', es: 'parcialmente verdadero' },
  undetermined: { en: 'cannot be checked', es: 'no se puede comprobar' },
};

export const VERDICT_WORD: Record<Verdict, Bilingual> = {
  true: { en: 'True', es: 'Verdadero' },
  false: { en: 'False', es: 'Falso' },
  'partly true': { en: 'Partly true', es: 'Parcialmente verdadero' },
  undetermined: { en: 'Cannot be checked', es: 'No se puede comprobar' },
};
