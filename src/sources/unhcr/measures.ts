/**
 * One measure per count column of the UNHCR files (the store's one-measure-per-table
 * rule), with what a 0 or an NA in that column means.
 */
import type { Bilingual, MeasureDefinition } from '../types.js';

export interface Series {
  /** The column of the file. */
  column: string;
  /** Dataset ids are 'unhcr/<slug>' and 'unhcr/<slug>-from-americas'. */
  slug: string;
  measure: MeasureDefinition;
  /**
   * Which cells say "nothing of this kind on this row" and are not stored. A file row
   * exists because one of its columns has a figure; the others are filled with 0 or,
   * in files built by pivoting a long table (flows, solutions) and for oip, with NA.
   * Any other NA is a missing figure and is stored as NULL.
   */
  nothing: 'zero' | 'zero-or-na';
  notes?: Bilingual;
}

const people = (id: string, en: string, es: string, defEn: string, defEs: string): MeasureDefinition => ({
  id,
  label: { en, es },
  definition: { en: defEn, es: defEs },
  unit: 'people',
});

/** An end-of-year population: a level, never summed over time. */
const endOfYear = (m: MeasureDefinition): MeasureDefinition => ({ ...m, stock: true });

/** population.csv: end-year stocks (returned refugees and IDPs: returns during the year). */
export const POPULATION: Series[] = [
  {
    column: 'refugees', slug: 'refugees', nothing: 'zero',
    measure: endOfYear(people('unhcr-refugees', 'Refugees (UNHCR, end of year)', 'Personas refugiadas (ACNUR, fin de año)',
      'Refugees at the end of the year under the 1951 Convention, the 1969 OAU Convention, the Cartagena Declaration or UNHCR\'s mandate, people granted complementary or temporary protection, and people in refugee-like situations.',
      'Personas refugiadas al final del año según la Convención de 1951, la Convención de la OUA de 1969, la Declaración de Cartagena o el mandato del ACNUR, personas con protección complementaria o temporal, y personas en situación similar a la de refugiado.')),
  },
  {
    column: 'asylum_seekers', slug: 'asylum-seekers', nothing: 'zero',
    measure: endOfYear(people('unhcr-asylum-seekers', 'Asylum-seekers (UNHCR, end of year)', 'Solicitantes de asilo (ACNUR, fin de año)',
      'People whose claim for international protection had not yet been decided at the end of the year, at any stage of the procedure.',
      'Personas cuya solicitud de protección internacional seguía sin resolverse al final del año, en cualquier etapa del procedimiento.')),
  },
  {
    column: 'returned_refugees', slug: 'returned-refugees', nothing: 'zero',
    measure: people('unhcr-returned-refugees', 'Returned refugees (UNHCR)', 'Personas refugiadas retornadas (ACNUR)',
      'Refugees who returned to their country of origin during the year. The country of asylum is the country they returned from.',
      'Personas refugiadas que regresaron a su país de origen durante el año. El país de asilo es el país desde el que regresaron.'),
    notes: { en: 'Geography is the country the refugees returned from; citizenship is the country they returned to.', es: 'La geografía es el país desde el que regresaron; la ciudadanía, el país al que regresaron.' },
  },
  {
    column: 'idps', slug: 'idps', nothing: 'zero',
    measure: endOfYear(people('unhcr-idps', 'Internally displaced people (UNHCR, end of year)', 'Personas desplazadas internas (ACNUR, fin de año)',
      'People displaced within their own country by conflict or violence and protected or assisted by UNHCR, at the end of the year; origin and asylum are the same country.',
      'Personas desplazadas dentro de su propio país por conflicto o violencia, protegidas o asistidas por el ACNUR, al final del año; origen y asilo son el mismo país.')),
  },
  {
    column: 'returned_idps', slug: 'returned-idps', nothing: 'zero',
    measure: people('unhcr-returned-idps', 'Returned IDPs (UNHCR)', 'Personas desplazadas internas retornadas (ACNUR)',
      'Internally displaced people who returned to their place of origin during the year.',
      'Personas desplazadas internas que regresaron a su lugar de origen durante el año.'),
  },
  {
    column: 'stateless', slug: 'stateless', nothing: 'zero',
    measure: endOfYear(people('unhcr-stateless', 'Stateless people (UNHCR, end of year)', 'Personas apátridas (ACNUR, fin de año)',
      'People not considered as nationals by any State under the operation of its law, at the end of the year.',
      'Personas que ningún Estado considera como nacionales suyos conforme a su legislación, al final del año.')),
  },
  {
    column: 'ooc', slug: 'others-of-concern', nothing: 'zero',
    measure: endOfYear(people('unhcr-ooc', 'Others of concern to UNHCR (end of year)', 'Otras personas de interés del ACNUR (fin de año)',
      'People outside the other groups to whom UNHCR extends protection or assistance, at the end of the year.',
      'Personas fuera de los demás grupos a quienes el ACNUR brinda protección o asistencia, al final del año.')),
  },
  {
    column: 'oip', slug: 'other-in-need', nothing: 'zero-or-na',
    measure: endOfYear(people('unhcr-oip', 'Other people in need of international protection (UNHCR, end of year)', 'Otras personas con necesidad de protección internacional (ACNUR, fin de año)',
      'People outside their country, forcibly displaced and in need of international protection, who are not reported as refugees or asylum-seekers; reported from 2018 (at first as Venezuelans displaced abroad).',
      'Personas fuera de su país, desplazadas por la fuerza y con necesidad de protección internacional, que no figuran como refugiadas ni solicitantes de asilo; se reportan desde 2018 (al principio como venezolanos desplazados en el extranjero).')),
    notes: { en: 'The column is NA wherever UNHCR does not use the category; those cells are not stored.', es: 'La columna es NA donde el ACNUR no usa la categoría; esas celdas no se guardan.' },
  },
  {
    column: 'hst', slug: 'host-community', nothing: 'zero',
    measure: endOfYear(people('unhcr-hst', 'Host community members (UNHCR)', 'Miembros de comunidades de acogida (ACNUR)',
      'Members of host communities that UNHCR reports as supported alongside displaced people.',
      'Miembros de las comunidades de acogida que el ACNUR reporta como apoyados junto con las personas desplazadas.')),
  },
];

/** flows.csv: new arrivals during the year (UNHCR's forced displacement flow data, from 1962). */
export const FLOWS: Series[] = [
  {
    column: 'refugees', slug: 'new-refugees', nothing: 'zero-or-na',
    measure: people('unhcr-new-refugees', 'New refugee arrivals (UNHCR flows)', 'Llegadas de nuevas personas refugiadas (flujos del ACNUR)',
      'Refugees arriving during the year: prima facie (group) recognitions and temporary protection; from 1962.',
      'Personas refugiadas llegadas durante el año: reconocimientos prima facie (grupales) y protección temporal; desde 1962.'),
  },
  {
    column: 'asylum_seekers', slug: 'new-asylum-applications', nothing: 'zero-or-na',
    measure: people('unhcr-new-asylum-applications', 'New asylum applications (UNHCR flows)', 'Nuevas solicitudes de asilo (flujos del ACNUR)',
      'New asylum applications registered during the year, repeat and appeal applications excluded; from 1970, for few countries before 2000.',
      'Nuevas solicitudes de asilo registradas durante el año, sin solicitudes repetidas ni apelaciones; desde 1970, para pocos países antes de 2000.'),
  },
  {
    column: 'refugee_like', slug: 'new-refugee-like', nothing: 'zero-or-na',
    measure: people('unhcr-new-refugee-like', 'New arrivals in refugee-like situations (UNHCR flows)', 'Nuevas llegadas en situación similar a la de refugiado (flujos del ACNUR)',
      'People in refugee-like situations arriving during the year; from 1990.',
      'Personas en situación similar a la de refugiado llegadas durante el año; desde 1990.'),
  },
  {
    column: 'oip', slug: 'new-other-in-need', nothing: 'zero-or-na',
    measure: people('unhcr-new-oip', 'New arrivals of other people in need of international protection (UNHCR flows)', 'Nuevas llegadas de otras personas con necesidad de protección internacional (flujos del ACNUR)',
      'Other people in need of international protection arriving during the year; from 2018.',
      'Otras personas con necesidad de protección internacional llegadas durante el año; desde 2018.'),
  },
];

/**
 * solutions.csv: durable solutions during the year. Its returned_refugees and
 * returned_idps repeat population.csv cell for cell, so only these two are read.
 */
export const SOLUTIONS: Series[] = [
  {
    column: 'resettlement', slug: 'resettlement', nothing: 'zero-or-na',
    measure: people('unhcr-resettlement', 'Resettlement arrivals (UNHCR)', 'Llegadas por reasentamiento (ACNUR)',
      'Refugees who arrived in a resettlement country during the year. The country of asylum is the country of arrival.',
      'Personas refugiadas que llegaron a un país de reasentamiento durante el año. El país de asilo es el país de llegada.'),
  },
  {
    column: 'naturalisation', slug: 'naturalisation', nothing: 'zero-or-na',
    measure: people('unhcr-naturalisation', 'Refugees naturalised (UNHCR)', 'Personas refugiadas naturalizadas (ACNUR)',
      'Refugees who acquired the nationality of their country of asylum during the year.',
      'Personas refugiadas que adquirieron la nacionalidad de su país de asilo durante el año.'),
  },
];

const CASES_NOTE = 'A case may hold several people; cases are never added to persons.';
const CASOS_NOTE = 'Un caso puede incluir a varias personas; los casos nunca se suman a las personas.';

/** asylum_applications.csv, split by app_pc: persons and cases are separate measures. */
export const APPLICATIONS = {
  persons: people('asylum-applications', 'Asylum applications lodged (persons)', 'Solicitudes de asilo presentadas (personas)',
    'People who lodged an asylum claim during the year, at any stage (new, repeat, appeal) and with any authority, as UNHCR reports them where the country counts persons. Filter the category for one stage, e.g. new applications at first instance.',
    'Personas que presentaron una solicitud de asilo durante el año, en cualquier etapa (nueva, repetida, apelación) y ante cualquier autoridad, según el ACNUR cuando el país cuenta personas. Filtre la categoría para una sola etapa, p. ej. solicitudes nuevas en primera instancia.'),
  cases: {
    id: 'asylum-applications-cases',
    label: { en: 'Asylum applications lodged (cases)', es: 'Solicitudes de asilo presentadas (casos)' },
    definition: {
      en: `Asylum claims lodged during the year where the country reports cases rather than persons (e.g. some United States years). ${CASES_NOTE}`,
      es: `Solicitudes de asilo presentadas durante el año cuando el país reporta casos en vez de personas (p. ej. algunos años de Estados Unidos). ${CASOS_NOTE}`,
    },
    unit: 'events',
  } satisfies MeasureDefinition,
};

/** asylum_decisions.csv, split by dec_pc. */
export const DECISIONS = {
  persons: people('asylum-decisions', 'Asylum decisions (persons)', 'Decisiones de asilo (personas)',
    'People whose asylum claim was decided or otherwise closed during the year, by outcome (category); the total is UNHCR\'s dec_total.',
    'Personas cuya solicitud de asilo fue resuelta o cerrada por otros motivos durante el año, por resultado (categoría); el total es dec_total del ACNUR.'),
  cases: {
    id: 'asylum-decisions-cases',
    label: { en: 'Asylum decisions (cases)', es: 'Decisiones de asilo (casos)' },
    definition: {
      en: `Asylum decisions during the year where the country reports cases rather than persons, by outcome (category). ${CASES_NOTE}`,
      es: `Decisiones de asilo durante el año cuando el país reporta casos en vez de personas, por resultado (categoría). ${CASOS_NOTE}`,
    },
    unit: 'events',
  } satisfies MeasureDefinition,
};
