/**
 * CBP "Nationwide Encounters", by-state file: monthly encounters by border region ×
 * state, demographic, citizenship and authority, with no USBP/OFO split.
 */
import type { SourceDescription } from '../types.js';

export const FILE_ID = 'encounters';
export const DATASET_ID = 'cbp-state/monthly-region-state';

export const describe: SourceDescription = {
  id: 'cbp-state',
  title: { en: 'CBP Nationwide Encounters by state', es: 'Encuentros de CBP a nivel nacional por estado' },
  publisher: { en: 'U.S. Customs and Border Protection (CBP)', es: 'Oficina de Aduanas y Protección Fronteriza de EE. UU. (CBP)' },
  landingPage: 'https://www.cbp.gov/document/stats/nationwide-encounters',
  licence: { en: 'Work of the U.S. federal government: public domain in the United States (17 U.S.C. 105).', es: 'Obra del gobierno federal de EE. UU.: dominio público en Estados Unidos (17 U.S.C. 105).' },
  coverage: { en: 'United States (southwest land border, northern land border, other = air and sea ports) by state, monthly, October 2019 (FY2020) to September 2023 (FY2023), release "FY20 - FY23" of November 2023.', es: 'Estados Unidos (frontera terrestre suroeste, frontera terrestre norte, otros = puertos aéreos y marítimos) por estado, mensual, de octubre de 2019 (año fiscal 2020) a septiembre de 2023 (año fiscal 2023), publicación «FY20 - FY23» de noviembre de 2023.' },
  thirdParty: false,
  files: [
    {
      id: FILE_ID,
      mirrorPath: 'us/cbp_nationwide_encounters_state/nationwide-encounters-fy20-fy23-state.csv',
      url: 'https://raw.githubusercontent.com/UWCHR/cbp/abd1f5749d38a0819668d4ecec1b8d72544084d4/import/input/cbp-nationwide-encounters-fy20-fy23-state.csv',
    },
  ],
  datasets: [
    {
      id: DATASET_ID,
      title: {
        en: 'Encounters by month, border region and state, demographic, citizenship and authority',
        es: 'Encuentros por mes, región fronteriza y estado, grupo demográfico, ciudadanía y autoridad',
      },
      measure: 'encounters',
      grain: 'month',
      complete: ['geography', 'demographic', 'citizenship', 'authority'],
      rounding: 1,
      notes: {
        en: 'Border Patrol and OFO are not told apart. The "Other" region is air and sea ports, placed in the state of the port. 21 citizenships are named; every other one is in Other. Title 42 rows (from March 2020) are expulsions.',
        es: 'No se distingue entre la Patrulla Fronteriza y OFO. La región "Otros" son los puertos aéreos y marítimos, ubicados en el estado del puerto. Se nombran 21 ciudadanías; las demás están en Otros. Las filas del Título 42 (desde marzo de 2020) son expulsiones.',
      },
    },
  ],
};
