/**
 * Two tables per measure, split by where the country of asylum is:
 * 'unhcr/<slug>': countries of asylum in the Americas, every origin (so origins add
 * up to the country's total: citizenship is complete);
 * 'unhcr/<slug>-from-americas': countries of asylum elsewhere (or unknown), origins
 * in the Americas only (not a country's total, so not complete).
 */
import { joinNotes } from '../read/bilingual.js';
import type { Bilingual, DatasetDescription, Dimension, MeasureDefinition } from '../types.js';
import { APPLICATIONS, DECISIONS, FLOWS, POPULATION, SOLUTIONS, type Series } from './measures.js';

export const datasetId = (slug: string, asylumInAmericas: boolean) => `unhcr/${slug}${asylumInAmericas ? '' : '-from-americas'}`;

const COMMON: Bilingual = {
  en: 'No cell holds 1 to 4: the smallest figure is 5, so small counts appear as 5 and sums of many small cells run high. A 0 (or an NA where the file fills empty columns with NA) is not stored: a missing cell means UNHCR reports nothing of that kind for the pair, as for a pair the file does not list.',
  es: 'Ninguna celda vale de 1 a 4: la cifra mínima es 5, así que los conteos pequeños aparecen como 5 y las sumas de muchas celdas pequeñas quedan altas. Un 0 (o un NA donde el archivo rellena las columnas vacías con NA) no se guarda: una celda ausente significa que el ACNUR no reporta nada de ese tipo para el par, igual que para un par que el archivo no lista.',
};

const IN_AMERICAS: Bilingual = {
  en: 'Countries of asylum in the Americas (UNSD region Americas or UNHCR region The Americas), every origin; Unknown, Stateless and Tibetan (counted in OTHER) origins are explicit groups.',
  es: 'Países de asilo de las Américas (región Américas de la UNSD o región Las Américas del ACNUR), todos los orígenes; los orígenes Desconocido, Apátrida y Tibetano (contado en OTHER) son grupos explícitos.',
};

const FROM_AMERICAS: Bilingual = {
  en: 'Countries of asylum outside the Americas (or unknown: UNHCR-UNK), origins in the Americas only: the origins do not add up to the country\'s total.',
  es: 'Países de asilo fuera de las Américas (o desconocido: UNHCR-UNK), solo orígenes de las Américas: los orígenes no suman el total del país.',
};

interface TableOf {
  slug: string;
  measure: MeasureDefinition;
  /** Complete dimensions besides citizenship (which is complete only in the Americas table). */
  complete: Dimension[];
  notes?: Bilingual;
}

function pair(t: TableOf): DatasetDescription[] {
  return [true, false].map((inAmericas) => ({
    id: datasetId(t.slug, inAmericas),
    title: inAmericas
      ? { en: `${t.measure.label.en}: countries of asylum in the Americas, by origin`, es: `${t.measure.label.es}: países de asilo de las Américas, por origen` }
      : { en: `${t.measure.label.en}: people from the Americas in countries of asylum elsewhere`, es: `${t.measure.label.es}: personas de las Américas en países de asilo fuera de la región` },
    measure: t.measure.id,
    grain: 'cy',
    complete: inAmericas ? ['citizenship', ...t.complete] : t.complete,
    rounding: 1,
    notes: joinNotes(inAmericas ? IN_AMERICAS : FROM_AMERICAS, t.notes, COMMON),
  }));
}

const APPLICATIONS_NOTE: Bilingual = {
  en: 'The category combines procedure type, application type and decision level (e.g. unhcr-application:g-n-fi = government, new, first instance); all of them add up to the applications UNHCR reports lodged, every stage included. Persons and cases are separate measures and are never added together.',
  es: 'La categoría combina tipo de procedimiento, tipo de solicitud y nivel de decisión (p. ej. unhcr-application:g-n-fi = gobierno, nueva, primera instancia); todas suman las solicitudes que el ACNUR reporta como presentadas, en todas las etapas. Personas y casos son medidas separadas y nunca se suman.',
};

const DECISIONS_NOTE: Bilingual = {
  en: 'Summed over procedure types and decision levels (first instance, appeal...). The total (category ALL) is UNHCR\'s dec_total, which in 0.4% of the file\'s rows differs from the sum of the four outcomes, so the outcomes are not declared complete. Persons and cases are separate measures.',
  es: 'Suma de los tipos de procedimiento y niveles de decisión (primera instancia, apelación...). El total (categoría ALL) es dec_total del ACNUR, que en el 0.4% de las filas del archivo difiere de la suma de los cuatro resultados; por eso los resultados no se declaran completos. Personas y casos son medidas separadas.',
};

const seriesTable = (s: Series): TableOf => ({ slug: s.slug, measure: s.measure, complete: [], notes: s.notes });

const TABLES: TableOf[] = [
  ...[...POPULATION, ...FLOWS, ...SOLUTIONS].map(seriesTable),
  { slug: 'asylum-applications', measure: APPLICATIONS.persons, complete: ['category'], notes: APPLICATIONS_NOTE },
  { slug: 'asylum-applications-cases', measure: APPLICATIONS.cases, complete: ['category'], notes: APPLICATIONS_NOTE },
  { slug: 'asylum-decisions', measure: DECISIONS.persons, complete: [], notes: DECISIONS_NOTE },
  { slug: 'asylum-decisions-cases', measure: DECISIONS.cases, complete: [], notes: DECISIONS_NOTE },
];

export const DATASETS: DatasetDescription[] = TABLES.flatMap(pair);

export const MEASURES: MeasureDefinition[] = [
  ...[...POPULATION, ...FLOWS, ...SOLUTIONS].map((s) => s.measure),
  APPLICATIONS.persons, APPLICATIONS.cases, DECISIONS.persons, DECISIONS.cases,
];
