/**
 * govnumbers' political dashboard (github.com/govnumbers/political-dashboard): a third
 * party's monthly and annual compilations of official figures (OHSS, CBP, ICE).
 */
import type { SourceDescription } from '../types.js';
import { joinNotes } from '../read/bilingual.js';

const BASE = 'https://raw.githubusercontent.com/govnumbers/political-dashboard/3e23e27d8514b672920b599d1c41081266d7e7fa';
const DIR = 'us/govnumbers_series';
const file = (id: string, path: string) => ({ id, mirrorPath: `${DIR}/${path.split('/').at(-1)}`, url: `${BASE}/${path}` });

export const DS = {
  swOhss: 'govnumbers/sw-encounters-ohss',
  swCbp: 'govnumbers/sw-encounters-cbp',
  removals: 'govnumbers/ice-removals',
  adp: 'govnumbers/ice-detention-adp',
} as const;

export const ARREST = { cbp: 'detention-arrest:cbp', ice: 'detention-arrest:ice' } as const;

const COMPILED = {
  en: 'Compiled by the govnumbers political dashboard, a third party; cite the official publisher.',
  es: 'Compilado por el tablero político govnumbers, un tercero; cite al publicador oficial.',
};
const SW = {
  en: 'Southwest land border encounters: USBP Title 8 apprehensions, OFO Title 8 inadmissibles and Title 42 expulsions.',
  es: 'Encuentros en la frontera terrestre suroeste: detenciones de la Patrulla Fronteriza y inadmisibles de OFO bajo el Título 8, y expulsiones bajo el Título 42.',
};

export const describe: SourceDescription = {
  id: 'govnumbers',
  title: { en: 'govnumbers political dashboard: compiled border and ICE series', es: 'Tablero político govnumbers: series compiladas de frontera e ICE' },
  publisher: { en: 'govnumbers (political-dashboard), compiling figures of DHS OHSS, CBP and ICE', es: 'govnumbers (political-dashboard), recopilación de cifras de DHS OHSS, CBP e ICE' },
  landingPage: 'https://github.com/govnumbers/political-dashboard',
  licence: { en: 'A compilation of U.S. government figures (public domain) by govnumbers; cite the official publishers: DHS Office of Homeland Security Statistics, U.S. Customs and Border Protection, U.S. Immigration and Customs Enforcement.', es: 'Recopilación de cifras del gobierno de EE. UU. (dominio público) hecha por govnumbers; cite a los editores oficiales: Oficina de Estadísticas de Seguridad Nacional del DHS, Oficina de Aduanas y Protección Fronteriza de EE. UU., Servicio de Inmigración y Control de Aduanas de EE. UU.' },
  coverage: { en: 'Southwest land border encounters monthly, October 2013 to July 2026; ICE removals FY2012-FY2024; ICE detention average daily population FY2019-FY2024.', es: 'Encuentros en la frontera terrestre suroeste, mensual, de octubre de 2013 a julio de 2026; expulsiones (removals) de ICE, años fiscales 2012-2024; población promedio diaria en detención de ICE, años fiscales 2019-2024.' },
  thirdParty: true,
  files: [
    file('border-encounters', 'data/border_encounters.json'),
    file('ohss-backfill', 'connectors/static/border_ohss_backfill.json'),
    file('ice-removals', 'connectors/static/ice_removals_annual.json'),
    file('ice-adp', 'connectors/static/ice_adp_annual.json'),
  ],
  datasets: [
    {
      id: DS.swOhss,
      title: { en: 'Southwest land border encounters by month, OHSS (Oct 2013 - Sep 2022)', es: 'Encuentros en la frontera terrestre suroeste por mes, OHSS (oct 2013 - sep 2022)' },
      measure: 'encounters',
      grain: 'month',
      complete: [],
      rounding: 10,
      notes: joinNotes(COMPILED, SW, {
        en: "From DHS Office of Homeland Security Statistics, Immigration Enforcement and Legal Processes Monthly Tables (final edition), 'Total CBP, SW Land Border'; OHSS rounds to the nearest 10.",
        es: "De las Tablas Mensuales de Control Migratorio y Procesos Legales de la Oficina de Estadísticas de Seguridad Nacional del DHS (OHSS, edición final), 'Total CBP, SW Land Border'; la OHSS redondea a la decena.",
      }),
    },
    {
      id: DS.swCbp,
      title: { en: 'Southwest land border encounters by month, CBP (from Oct 2022)', es: 'Encuentros en la frontera terrestre suroeste por mes, CBP (desde oct 2022)' },
      measure: 'encounters',
      grain: 'month',
      complete: [],
      rounding: 1,
      notes: joinNotes(COMPILED, SW, {
        en: "From CBP's Southwest Land Border Encounters data (https://www.cbp.gov/document/stats/southwest-land-border-encounters), unrounded.",
        es: 'De los datos de Encuentros en la Frontera Terrestre Suroeste de CBP (https://www.cbp.gov/document/stats/southwest-land-border-encounters), sin redondeo.',
      }),
    },
    {
      id: DS.removals,
      title: { en: 'ICE removals by fiscal year (FY2012-FY2024)', es: 'Deportaciones (removals) de ICE por año fiscal (2012-2024)' },
      measure: 'removals',
      grain: 'fy',
      complete: [],
      rounding: 1,
      notes: joinNotes(COMPILED, {
        en: 'Headline totals of the ICE Enforcement and Removal Operations annual reports (https://www.ice.gov/remove/removal-statistics), entered by hand by the compiler. They include removals of people first apprehended by CBP.',
        es: 'Totales principales de los informes anuales de la Oficina de Operaciones de Control y Deportación de ICE (https://www.ice.gov/remove/removal-statistics), capturados a mano por el compilador. Incluyen deportaciones de personas detenidas primero por CBP.',
      }),
    },
    {
      id: DS.adp,
      title: { en: 'ICE detention, average daily population by fiscal year and arresting agency (FY2019-FY2024)', es: 'Detención de ICE, población diaria promedio por año fiscal y agencia que arrestó (2019-2024)' },
      measure: 'ice-detention-adp',
      grain: 'fy',
      complete: ['category'],
      rounding: 1,
      notes: joinNotes(COMPILED, {
        en: 'From ICE annual reports (ice.gov), split by the agency that made the arrest (CBP or ICE); the two parts add up to the total.',
        es: 'De los informes anuales de ICE (ice.gov), separada por la agencia que hizo el arresto (CBP o ICE); las dos partes suman el total.',
      }),
    },
  ],
  measures: [
    {
      id: 'ice-detention-adp',
      label: { en: 'ICE detention, average daily population', es: 'Detención de ICE, población diaria promedio' },
      definition: {
        en: 'The average number of people held in ICE detention on a day of the period. A level, not a count of events: never add periods together.',
        es: 'El número promedio de personas en detención de ICE en un día del periodo. Es un nivel, no un conteo de eventos: no se suman periodos.',
      },
      unit: 'average daily population',
      stock: true,
    },
  ],
  categories: [
    { id: ARREST.cbp, label: { en: 'Arrested by CBP', es: 'Arrestadas por CBP' }, definition: { en: 'People in ICE detention who were arrested by CBP (mostly at the border).', es: 'Personas en detención de ICE arrestadas por CBP (sobre todo en la frontera).' } },
    { id: ARREST.ice, label: { en: 'Arrested by ICE', es: 'Arrestadas por ICE' }, definition: { en: 'People in ICE detention who were arrested by ICE (mostly in the interior).', es: 'Personas en detención de ICE arrestadas por ICE (sobre todo en el interior).' } },
  ],
};
