/**
 * CBP "Southwest Land Border Encounters": the data portal's monthly CSV of SW border
 * encounters by component, demographic, citizenship group and authority.
 */
import type { SourceDescription } from '../types.js';

export const FILE_ID = 'encounters';
export const DATASET_ID = 'cbp-sbo/sw-monthly';

export const describe: SourceDescription = {
  id: 'cbp-sbo',
  title: { en: 'CBP Southwest Land Border Encounters', es: 'Encuentros de CBP en la frontera terrestre suroeste' },
  publisher: { en: 'U.S. Customs and Border Protection (CBP)', es: 'Oficina de Aduanas y Protección Fronteriza de EE. UU. (CBP)' },
  landingPage: 'https://www.cbp.gov/document/stats/southwest-land-border-encounters',
  licence: { en: 'Work of the U.S. federal government: public domain in the United States (17 U.S.C. 105).', es: 'Obra del gobierno federal de EE. UU.: dominio público en Estados Unidos (17 U.S.C. 105).' },
  coverage: { en: 'Southwest land border, monthly, October 2021 (FY2022) to August 2025 (FY2025 to date), release "FY22 - FY25 (FYTD) ... August".', es: 'Frontera terrestre suroeste, mensual, de octubre de 2021 (año fiscal 2022) a agosto de 2025 (año fiscal 2025 acumulado), publicación «FY22 - FY25 (FYTD) ... August».' },
  thirdParty: false,
  // A live extract: CBP revises recent months in later releases.
  provisional: true,
  files: [
    {
      id: FILE_ID,
      mirrorPath: 'us/cbp_sw_land_border_encounters/sbo-encounters-fy22-fy25-aug.csv',
      url: 'https://raw.githubusercontent.com/arilamstein/immigration_enforcement/c438a05ab47df903f7270a44f86ae038ecb57bc4/immigration_enforcement/borderpatrol/sbo-encounters-fy22-fy25-aug.csv',
    },
  ],
  datasets: [
    {
      id: DATASET_ID,
      title: {
        en: 'Southwest land border encounters by month, component, demographic, citizenship and authority',
        es: 'Encuentros en la frontera terrestre suroeste por mes, componente, grupo demográfico, ciudadanía y autoridad',
      },
      measure: 'encounters',
      grain: 'month',
      complete: ['component', 'demographic', 'citizenship', 'authority'],
      rounding: 1,
      notes: {
        en: 'Live CBP extract (release through August 2025): later releases revise recent months slightly. Only El Salvador, Guatemala, Honduras and Mexico are named; every other citizenship is in Other. Accompanied minors are counted by OFO only.',
        es: 'Extracción en vivo de CBP (publicación hasta agosto de 2025): publicaciones posteriores corrigen ligeramente los meses recientes. Solo se nombran El Salvador, Guatemala, Honduras y México; las demás ciudadanías están en Otros. Los menores acompañados solo los cuenta OFO.',
      },
    },
  ],
};
