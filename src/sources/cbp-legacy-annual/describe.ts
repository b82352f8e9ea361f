/**
 * CBP / U.S. Border Patrol legacy statistics PDFs (apprehensions FY1925-FY2019, monthly
 * family/UC tables FY2000-FY2019, deaths, staffing), as transcribed to CSV by Jacob Kaplan.
 */
import type { DatasetDescription, SourceDescription } from '../types.js';
import { joinNotes } from '../read/bilingual.js';

const BASE = 'https://raw.githubusercontent.com/jacobkap/borderpatrol/7a691df9372bc6eecfa584bc80e272a9172a58e6/data/clean';
const DIR = 'us/usbp_historical_kaplan';

const file = (id: string, name: string) => ({ id, mirrorPath: `${DIR}/${name}`, url: `${BASE}/${name}` });

export const FILES = {
  nationwide: 'nationwide_total_apprehensions_1925_2019.csv',
  southwest: 'southwest_border_apprehensions_1960_2019.csv',
  monthly: 'family_child_total_monthly_2000_2019.csv',
  deaths: 'southwest_border_deaths_1998_2019.csv',
  staffing: 'border_patrol_staffing_1992_2019.csv',
} as const;

export const DS = {
  nationwide: 'cbp-legacy-annual/nationwide',
  swSectors: 'cbp-legacy-annual/sw-sectors',
  swTotal: 'cbp-legacy-annual/sw-total',
  monthlySectors: 'cbp-legacy-annual/monthly-sectors',
  monthlyRegions: 'cbp-legacy-annual/monthly-regions',
  monthlyNationwide: 'cbp-legacy-annual/monthly-nationwide',
  deathsSectors: 'cbp-legacy-annual/deaths-sw-sectors',
  deathsTotal: 'cbp-legacy-annual/deaths-sw-total',
  agentsSectors: 'cbp-legacy-annual/agents-sectors',
  agentsRegions: 'cbp-legacy-annual/agents-regions',
  agentsNationwide: 'cbp-legacy-annual/agents-nationwide',
} as const;

const TITLE8 = {
  en: 'Border Patrol apprehensions. Before FY2020 every USBP apprehension is a Title 8 encounter (Title 42 expulsions began in March 2020), so these are stored as USBP encounters.',
  es: 'Detenciones de la Patrulla Fronteriza. Antes del año fiscal 2020 toda detención de la Patrulla Fronteriza es un encuentro bajo el Título 8 (las expulsiones bajo el Título 42 comenzaron en marzo de 2020), por lo que se guardan como encuentros de la Patrulla Fronteriza.',
};
const KAPLAN = {
  en: "Figures from CBP's statistics PDFs as transcribed to CSV by Jacob Kaplan (github.com/jacobkap/borderpatrol).",
  es: 'Cifras de los PDF estadísticos de CBP transcritas a CSV por Jacob Kaplan (github.com/jacobkap/borderpatrol).',
};
const LIVERMORE = {
  en: 'CBP counts the Livermore sector (closed after FY2005) in the coastal border, not the northern border.',
  es: 'CBP cuenta el sector Livermore (cerrado después del año fiscal 2005) en la frontera costera, no en la frontera norte.',
};

const dataset = (id: string, en: string, es: string, measure: string, grain: 'fy' | 'month', complete: DatasetDescription['complete'], ...extra: { en: string; es: string }[]): DatasetDescription => ({
  id,
  title: { en, es },
  measure,
  grain,
  complete,
  rounding: 1,
  notes: joinNotes(KAPLAN, ...extra),
});

const SW_ONLY = {
  en: 'The nine southwest sectors add up exactly to the southwest border total (its own dataset); they are not every sector, so geography is not complete.',
  es: 'Los nueve sectores del suroeste suman exactamente el total de la frontera suroeste (su propio conjunto de datos); no son todos los sectores, así que la geografía no está completa.',
};
const NULLS = {
  en: 'Unaccompanied children are not reported before FY2010 and family-unit individuals not before FY2013 (stored as missing). The yearly-total rows are checked against the months and not stored.',
  es: 'Los menores no acompañados no se reportan antes del año fiscal 2010 ni las personas en unidades familiares antes de 2013 (se guardan como faltantes). Las filas de total anual se cotejan con los meses y no se guardan.',
};
const STAFF = {
  en: 'Sectors and regions do not add up to the nationwide figure, which also counts agents not assigned to a listed sector; from FY2010 the southwest border figure also exceeds its sectors.',
  es: 'Los sectores y regiones no suman la cifra nacional, que incluye también agentes no asignados a ningún sector listado; desde el año fiscal 2010 la cifra de la frontera suroeste también supera la de sus sectores.',
};

export const describe: SourceDescription = {
  id: 'cbp-legacy-annual',
  title: { en: 'U.S. Border Patrol legacy statistics FY1925-FY2019', es: 'Estadísticas históricas de la Patrulla Fronteriza, años fiscales 1925-2019' },
  publisher: { en: 'U.S. Customs and Border Protection (CBP), U.S. Border Patrol', es: 'Oficina de Aduanas y Protección Fronteriza de EE. UU. (CBP), Patrulla Fronteriza de EE. UU.' },
  landingPage: 'https://www.cbp.gov/newsroom/media-resources/stats',
  licence: { en: "CBP figures are works of the U.S. federal government (public domain). The CSV files are Jacob Kaplan's transcription of CBP's PDFs (github.com/jacobkap/borderpatrol).", es: 'Las cifras de CBP son obras del gobierno federal de EE. UU. (dominio público). Los archivos CSV son la transcripción de Jacob Kaplan de los PDF de CBP (github.com/jacobkap/borderpatrol).' },
  coverage: { en: 'Nationwide USBP apprehensions FY1925-FY2019; southwest border by sector FY1960-FY2019; monthly by sector with unaccompanied children and family units FY2000-FY2019; southwest border deaths FY1998-FY2019; agents FY1992-FY2019.', es: 'Detenciones de la Patrulla Fronteriza en todo el país, años fiscales 1925-2019; frontera suroeste por sector, años fiscales 1960-2019; mensual por sector con niñas, niños y adolescentes no acompañados y unidades familiares, años fiscales 2000-2019; muertes en la frontera suroeste, años fiscales 1998-2019; agentes, años fiscales 1992-2019.' },
  thirdParty: false,
  files: [
    file('nationwide', FILES.nationwide),
    file('southwest', FILES.southwest),
    file('monthly', FILES.monthly),
    file('deaths', FILES.deaths),
    file('staffing', FILES.staffing),
  ],
  datasets: [
    dataset(DS.nationwide, 'USBP apprehensions, nationwide, by fiscal year (FY1925-FY2019)', 'Detenciones de la Patrulla Fronteriza, nacional, por año fiscal (1925-2019)', 'encounters', 'fy', [], TITLE8),
    dataset(DS.swSectors, 'USBP apprehensions by southwest border sector, by fiscal year (FY1960-FY2019)', 'Detenciones de la Patrulla Fronteriza por sector de la frontera suroeste, por año fiscal (1960-2019)', 'encounters', 'fy', [], TITLE8, SW_ONLY),
    dataset(DS.swTotal, 'USBP apprehensions, southwest border, by fiscal year (FY1960-FY2019)', 'Detenciones de la Patrulla Fronteriza, frontera suroeste, por año fiscal (1960-2019)', 'encounters', 'fy', [], TITLE8),
    dataset(DS.monthlySectors, 'USBP apprehensions by sector and month, with unaccompanied children and family units (FY2000-FY2019)', 'Detenciones de la Patrulla Fronteriza por sector y mes, con menores no acompañados y unidades familiares (2000-2019)', 'encounters', 'month', ['geography'], TITLE8, NULLS, LIVERMORE),
    dataset(DS.monthlyRegions, 'USBP apprehensions by border region and month, with unaccompanied children and family units (FY2000-FY2019)', 'Detenciones de la Patrulla Fronteriza por región fronteriza y mes, con menores no acompañados y unidades familiares (2000-2019)', 'encounters', 'month', ['geography'], TITLE8, NULLS, LIVERMORE, {
      en: 'In FY2018 the northern border family-unit figures in the PDF differ from the sum of its sectors by up to 5 per month.',
      es: 'En el año fiscal 2018 las cifras de unidades familiares de la frontera norte en el PDF difieren de la suma de sus sectores hasta en 5 por mes.',
    }),
    dataset(DS.monthlyNationwide, 'USBP apprehensions nationwide by month, with unaccompanied children and family units (FY2000-FY2019)', 'Detenciones de la Patrulla Fronteriza, nacional, por mes, con menores no acompañados y unidades familiares (2000-2019)', 'encounters', 'month', [], TITLE8, NULLS),
    dataset(DS.deathsSectors, 'Deaths recorded by the Border Patrol by southwest border sector (FY1998-FY2019)', 'Muertes registradas por la Patrulla Fronteriza por sector de la frontera suroeste (1998-2019)', 'usbp-deaths', 'fy', [], SW_ONLY),
    dataset(DS.deathsTotal, 'Deaths recorded by the Border Patrol on the southwest border (FY1998-FY2019)', 'Muertes registradas por la Patrulla Fronteriza en la frontera suroeste (1998-2019)', 'usbp-deaths', 'fy', []),
    dataset(DS.agentsSectors, 'Border Patrol agents by sector (FY1992-FY2019)', 'Agentes de la Patrulla Fronteriza por sector (1992-2019)', 'usbp-agents', 'fy', [], STAFF, LIVERMORE),
    dataset(DS.agentsRegions, 'Border Patrol agents by border region (FY1992-FY2019)', 'Agentes de la Patrulla Fronteriza por región fronteriza (1992-2019)', 'usbp-agents', 'fy', [], STAFF),
    dataset(DS.agentsNationwide, 'Border Patrol agents nationwide (FY1992-FY2019)', 'Agentes de la Patrulla Fronteriza, nacional (1992-2019)', 'usbp-agents', 'fy', [], STAFF),
  ],
  measures: [
    {
      id: 'usbp-deaths',
      label: { en: 'Migrant deaths recorded by the Border Patrol', es: 'Muertes de migrantes registradas por la Patrulla Fronteriza' },
      definition: {
        en: 'Deaths of migrants in the southwest border region that the Border Patrol recorded, by fiscal year. Deaths recorded only by other authorities may be missing.',
        es: 'Muertes de migrantes en la región de la frontera suroeste que registró la Patrulla Fronteriza, por año fiscal. Pueden faltar las muertes registradas solo por otras autoridades.',
      },
      unit: 'deaths',
    },
    {
      id: 'usbp-agents',
      label: { en: 'Border Patrol agents', es: 'Agentes de la Patrulla Fronteriza' },
      definition: {
        en: 'Border Patrol agents on board, as CBP reports staffing for each fiscal year (a head count, not a flow: never add years together).',
        es: 'Agentes de la Patrulla Fronteriza en funciones, según la plantilla que CBP reporta para cada año fiscal (un conteo de personal, no un flujo: no se suman años).',
      },
      unit: 'agents',
      stock: true,
    },
  ],
};
