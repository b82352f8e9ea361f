/**
 * The measures IOM's files feed. mx-presentados is upm-boletin's measure (the same
 * UPM count, here by nationality and by sex and age), declared identically from there;
 * mx-returns and darien-crossings are new. The kind of a return is a category.
 */
import type { CategoryDefinition, MeasureDefinition } from '../types.js';
import { MEASURES as UPM_BOLETIN_MEASURES } from '../upm-boletin/describe.js';

export const MEASURE = {
  presentados: 'mx-presentados',
  returns: 'mx-returns',
  darien: 'darien-crossings',
  encounters: 'encounters',
} as const;

const presentados = UPM_BOLETIN_MEASURES.find((m) => m.id === MEASURE.presentados);
if (!presentados) throw new Error('upm-boletin no longer declares mx-presentados: declare it where both sources can share it');

export const MEASURES: MeasureDefinition[] = [
  presentados,
  {
    id: MEASURE.returns,
    label: { en: 'Foreigners returned by Mexico (devueltos)', es: 'Personas extranjeras devueltas por México' },
    definition: {
      en: 'Events in which Mexico\'s National Migration Institute (INM) returned a foreigner to their country of origin or residence: deportation, assisted return, or assisted return of children (category), by nationality. UPM bulletin table 3.2.4. Events, not people: one person returned twice counts twice.',
      es: 'Eventos en que el Instituto Nacional de Migración (INM) devolvió a una persona extranjera a su país de origen o de residencia: deportación, retorno asistido o retorno asistido de niñas, niños y adolescentes (categoría), por nacionalidad. Cuadro 3.2.4 del boletín de la UPM. Son eventos, no personas: quien es devuelto dos veces cuenta dos veces.',
    },
    unit: 'events',
  },
  {
    id: MEASURE.darien,
    label: { en: 'Irregular transits through the Darién (Panama)', es: 'Tránsito irregular por el Darién (Panamá)' },
    definition: {
      en: 'Foreigners recorded by Panama\'s National Migration Service (SNM) crossing irregularly into Panama through the Darién, on the border with Colombia, on their way north. Persons as SNM counts them at its reception stations.',
      es: 'Personas extranjeras registradas por el Servicio Nacional de Migración (SNM) de Panamá al cruzar irregularmente hacia Panamá por el Darién, en la frontera con Colombia, en su camino hacia el norte. Personas, según el conteo del SNM en sus estaciones de recepción.',
    },
    unit: 'people',
  },
];

export const RETURN_CATEGORY = {
  deportation: 'mx-return:deportation',
  assisted: 'mx-return:assisted-return',
  assistedChildren: 'mx-return:assisted-return-children',
} as const;

export const CATEGORIES: CategoryDefinition[] = [
  {
    id: RETURN_CATEGORY.deportation,
    label: { en: 'Deportation', es: 'Deportación' },
    definition: { en: 'Returned by Mexico under a deportation order (UPM: deportación).', es: 'Devuelto por México con una orden de deportación (UPM: deportación).' },
  },
  {
    id: RETURN_CATEGORY.assisted,
    label: { en: 'Assisted return', es: 'Retorno asistido' },
    definition: { en: 'Returned by Mexico at the person\'s request, with the INM\'s assistance (UPM: retorno asistido).', es: 'Devuelto por México a solicitud de la persona, con asistencia del INM (UPM: retorno asistido).' },
  },
  {
    id: RETURN_CATEGORY.assistedChildren,
    label: { en: 'Assisted return of children', es: 'Retorno asistido de niñas, niños y adolescentes' },
    definition: { en: 'Children and adolescents returned by Mexico with the INM\'s assistance (UPM: retorno asistido de NNA).', es: 'Niñas, niños y adolescentes devueltos por México con asistencia del INM (UPM: retorno asistido de NNA).' },
  },
];
