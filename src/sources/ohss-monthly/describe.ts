/**
 * DHS OHSS "Immigration Enforcement and Legal Processes Monthly Tables", August 2024 edition.
 * Each published table gives two datasets: its month rows (`<table>`) and its fiscal-year
 * "Total" rows (`<table>-fy`).
 */
import type { Bilingual, DatasetDescription, Dimension, SourceDescription } from '../types.js';
import { joinNotes } from '../read/bilingual.js';
import { CATEGORIES } from './categories.js';
import { datasetId, SOURCE_ID } from './emit.js';

const FILE_NAME = '2024_1206_ohss_immigration-enforcement-and-legal-processes-tables-august-2024.xlsx';

interface TableDescription {
  table: string;
  title: Bilingual;
  measure: string;
  complete: Dimension[];
  notes?: Bilingual;
}

const t = (table: string, measure: string, complete: Dimension[], en: string, es: string, notes?: [string, string]): TableDescription => ({
  table,
  measure,
  complete,
  title: { en, es },
  ...(notes ? { notes: { en: notes[0], es: notes[1] } } : {}),
});

const FEB_2019: [string, string] = [
  'In February 2019 the outcomes add up to about 130 less than the total (OFO), as published.',
  'En febrero de 2019 los resultados suman unos 130 menos que el total (OFO), tal como se publicó.',
];
const withFeb2019 = (en: string, es: string): [string, string] => [`${en} ${FEB_2019[0]}`, `${es} ${FEB_2019[1]}`];

const TOP100: [string, string] = [
  'The publisher lists the 100 citizenships with most encounters plus "All other, including stateless and unknown", so the list adds up to the total.',
  'El publicador lista las 100 ciudadanías con más encuentros más "todas las demás, incluidos apátridas y desconocidas", así que la lista suma el total.',
];

export const TABLES: TableDescription[] = [
  t('encounters-type-national', 'encounters', ['category'], 'CBP encounters nationwide by encounter type', 'Encuentros de CBP en todo el país por tipo de encuentro', [
    'Enforcement plus administrative encounters make up the total; administrative encounters are OFO only.',
    'Los encuentros de control más los administrativos forman el total; los administrativos son solo de OFO.',
  ]),
  t('encounters-type-region', 'encounters', ['geography', 'category'], 'CBP encounters by encounter type and border region', 'Encuentros de CBP por tipo de encuentro y región fronteriza', [
    'Southwest and northern borders include the land ports there; the coastal border includes seaports; air ports of entry are a region of their own.',
    'Las fronteras suroeste y norte incluyen sus puertos terrestres; la frontera costera incluye los puertos marítimos; los puertos de entrada aéreos forman una región aparte.',
  ]),
  t('swb-encounters-citizenship', 'encounters', ['citizenship', 'component'], 'CBP southwest border encounters by agency and citizenship', 'Encuentros de CBP en la frontera suroeste por componente y ciudadanía'),
  t('swb-encounters-family', 'encounters', ['demographic', 'component'], 'CBP southwest border encounters by agency and family status', 'Encuentros de CBP en la frontera suroeste por componente y situación familiar', [
    'Accompanied minors exist at ports of entry (OFO) only and are not available (NULL) before FY2018; OFO family unit individuals are not available before FY2016.',
    'Los menores acompañados solo existen en los puertos de entrada (OFO) y no están disponibles (NULL) antes del año fiscal 2018; las personas en unidades familiares de OFO no están disponibles antes del año fiscal 2016.',
  ]),
  t('swb-encounters-agency', 'encounters', ['component'], 'CBP southwest border encounters by agency', 'Encuentros de CBP en la frontera suroeste por componente', [
    'The totals of the table by sector and field office.',
    'Los totales del cuadro por sector y oficina de campo.',
  ]),
  t('swb-encounters-sector', 'encounters', ['geography', 'component'], 'CBP southwest border encounters by Border Patrol sector and OFO field office', 'Encuentros de CBP en la frontera suroeste por sector de la Patrulla Fronteriza y oficina de campo de OFO', [
    'Sectors carry component USBP and field offices component OFO; together they add up to the southwest border total.',
    'Los sectores llevan el componente USBP y las oficinas de campo el componente OFO; juntos suman el total de la frontera suroeste.',
  ]),
  t('usbp-encounters-top100', 'encounters', ['citizenship'], 'U.S. Border Patrol encounters nationwide by citizenship (top 100)', 'Encuentros de la Patrulla Fronteriza en todo el país por ciudadanía (100 principales)', TOP100),
  t('ofo-encounters-top100', 'encounters', ['citizenship'], 'OFO enforcement encounters nationwide by citizenship (top 100)', 'Encuentros de control de OFO en todo el país por ciudadanía (100 principales)', TOP100),
  t('swb-usbp-encounters-top100', 'encounters', ['citizenship'], 'U.S. Border Patrol southwest border encounters by citizenship (top 100)', 'Encuentros de la Patrulla Fronteriza en la frontera suroeste por ciudadanía (100 principales)', TOP100),
  t('cbp-one-appointments', 'cbp-one-appointments', ['citizenship'], 'CBP One appointments by citizenship', 'Citas de CBP One por ciudadanía', [
    'Appointments start in January 2023; earlier months of FY2023 are not applicable and absent.',
    'Las citas empiezan en enero de 2023; los meses anteriores del año fiscal 2023 no aplican y no aparecen.',
  ]),
  t('swb-bookouts-agency', 'bookouts', ['component', 'category'], 'CBP southwest border book-outs by agency and outcome', 'Egresos de custodia de CBP en la frontera suroeste por componente y resultado', withFeb2019(
    'Category ALL is the publisher\'s "Total Encounters": every encounter ends in one book-out. Outcomes that cannot happen for an agency (OFO paroles for USBP, USBP releases for OFO) are absent, as are Title 42 and MPP before they existed.',
    'La categoría ALL es el "Total Encounters" del publicador: cada encuentro termina en un egreso. Los resultados imposibles para un componente (parole de OFO para USBP, liberaciones de USBP para OFO), y el Título 42 y MPP antes de existir, no aparecen.',
  )),
  t('swb-bookouts-family', 'bookouts', ['category'], 'CBP southwest border book-outs by family status and outcome', 'Egresos de custodia de CBP en la frontera suroeste por situación familiar y resultado', withFeb2019(
    'Category ALL is the publisher\'s "Total Encounters". Not complete by family status: the total includes accompanied minors, who have no column of their own.',
    'La categoría ALL es el "Total Encounters" del publicador. No está completo por situación familiar: el total incluye a los menores acompañados, que no tienen columna propia.',
  )),
  t('swb-bookouts-citizenship', 'bookouts', ['citizenship', 'category'], 'CBP southwest border book-outs by citizenship and outcome', 'Egresos de custodia de CBP en la frontera suroeste por ciudadanía y resultado', withFeb2019(
    'Category ALL is the publisher\'s "Total Encounters". Outcomes a citizenship cannot have (MPP for Mexicans, Haitians and Chinese nationals) are absent.',
    'La categoría ALL es el "Total Encounters" del publicador. Los resultados imposibles para una ciudadanía (MPP para personas de México, Haití y China) no aparecen.',
  )),
  t('dhs-repatriations', 'repatriations', ['category'], 'DHS repatriations by type', 'Repatriaciones del DHS por tipo', [
    'Removals, enforcement returns, administrative returns and Title 42 expulsions, which add up to the total.',
    'Deportaciones, retornos de control, retornos administrativos y expulsiones bajo el Título 42, que suman el total.',
  ]),
  t('dhs-repatriations-detail', 'repatriations', ['category'], 'DHS repatriations by detailed type', 'Repatriaciones del DHS por tipo detallado', [
    'The subtypes of removals and of enforcement and administrative returns, plus Title 42 expulsions; together they add up to the total.',
    'Los subtipos de deportaciones y de retornos de control y administrativos, más las expulsiones bajo el Título 42; juntos suman el total.',
  ]),
  t('dhs-repatriations-title8', 'repatriations', [], 'DHS Title 8 repatriations (subtotals)', 'Repatriaciones del DHS bajo el Título 8 (subtotales)', [
    'Two nested subtotals as published: all Title 8 repatriations, and Title 8 enforcement repatriations (without administrative returns). Do not add them.',
    'Dos subtotales anidados tal como se publican: todas las repatriaciones bajo el Título 8, y las de control (sin retornos administrativos). No deben sumarse.',
  ]),
  t('dhs-removals-citizenship', 'removals', ['citizenship'], 'DHS removals by citizenship', 'Deportaciones del DHS por ciudadanía'),
  t('dhs-enforcement-returns-citizenship', 'repatriations', ['citizenship'], 'DHS enforcement returns by citizenship', 'Retornos de control del DHS por ciudadanía'),
  t('dhs-administrative-returns-citizenship', 'repatriations', ['citizenship'], 'DHS administrative returns by citizenship', 'Retornos administrativos del DHS por ciudadanía'),
  t('ero-arrests-citizenship', 'ice-arrests', ['citizenship'], 'ICE ERO administrative arrests by citizenship', 'Arrestos administrativos de ICE ERO por ciudadanía'),
];

const COMMON: Bilingual = {
  en: 'OHSS monthly tables, August 2024 edition (data as of 30 September 2024). Cells rounded to the nearest 10, so sums differ slightly from published totals. Events, not people.',
  es: 'Cuadros mensuales de OHSS, edición de agosto de 2024 (datos al 30 de septiembre de 2024). Celdas redondeadas a la decena, por lo que las sumas difieren un poco de los totales publicados. Eventos, no personas.',
};

const FY_YTD: Bilingual = {
  en: 'Fiscal-year totals as published; FY2024 is year to date (October 2023 to August 2024), not a full fiscal year.',
  es: 'Totales por año fiscal tal como se publican; el año fiscal 2024 es el acumulado de octubre de 2023 a agosto de 2024, no un año completo.',
};

const datasets: DatasetDescription[] = TABLES.flatMap((d) =>
  (['month', 'fy'] as const).map((grain) => ({
    id: datasetId(d.table, grain),
    title: grain === 'fy' ? { en: `${d.title.en}, by fiscal year`, es: `${d.title.es}, por año fiscal` } : d.title,
    measure: d.measure,
    grain,
    complete: d.complete,
    rounding: 10,
    notes: joinNotes(d.notes, COMMON, grain === 'fy' ? FY_YTD : undefined),
    // FY2024 is October 2023 to August 2024.
    ...(grain === 'fy' ? { partialPeriods: ['2023-10-01'] } : {}),
  })),
);

export const describe: SourceDescription = {
  id: SOURCE_ID,
  title: { en: 'OHSS Immigration Enforcement and Legal Processes Monthly Tables', es: 'OHSS, cuadros mensuales de control migratorio y procesos legales' },
  publisher: { en: 'U.S. Department of Homeland Security, Office of Homeland Security Statistics (OHSS)', es: 'Departamento de Seguridad Nacional de EE. UU. (DHS), Oficina de Estadísticas de Seguridad Nacional (OHSS)' },
  landingPage: 'https://ohss.dhs.gov/topics/immigration/immigration-enforcement/immigration-enforcement-and-legal-processes-monthly',
  licence: { en: 'Work of the U.S. federal government: public domain in the United States (17 U.S.C. 105).', es: 'Obra del gobierno federal de EE. UU.: dominio público en Estados Unidos (17 U.S.C. 105).' },
  coverage: { en: 'October 2013 (FY2014) to August 2024 (FY2024 year to date), monthly and by fiscal year: CBP encounters by type and region; southwest border encounters by agency, citizenship, family status, sector and field office; top-100 citizenships; CBP One appointments (from January 2023); southwest border book-outs; DHS repatriations, removals and returns; ICE ERO arrests by citizenship.', es: 'De octubre de 2013 (año fiscal 2014) a agosto de 2024 (año fiscal 2024 acumulado), mensual y por año fiscal: encuentros de CBP por tipo y región; encuentros en la frontera suroeste por agencia, ciudadanía, situación familiar, sector y oficina de campo; las 100 ciudadanías principales; citas de CBP One (desde enero de 2023); salidas de custodia (book-outs) en la frontera suroeste; repatriaciones, expulsiones (removals) y retornos del DHS; detenciones de ICE ERO por ciudadanía.' },
  thirdParty: false,
  files: [
    {
      id: 'workbook',
      mirrorPath: `us/ohss_monthly_tables/${FILE_NAME}`,
      // The copy the mirror was taken from: the repository OHSS's web designer converts this workbook in.
      url: `https://raw.githubusercontent.com/brentryanjohnson/DHS-Monthly-Tables/4543483f54c0b482cf599a3599e027d9e9b13f6b/${FILE_NAME}`,
    },
  ],
  datasets,
  measures: [
    {
      id: 'cbp-one-appointments',
      label: { en: 'CBP One appointments', es: 'Citas de CBP One' },
      definition: {
        en: 'Appointments made through the CBP One mobile application to present at a southwest border port of entry.',
        es: 'Citas obtenidas con la aplicación móvil CBP One para presentarse en un puerto de entrada de la frontera suroeste.',
      },
      unit: 'events',
    },
  ],
  categories: CATEGORIES,
};
