/**
 * CBP "U.S. Border Patrol Monthly Encounters FY2000 - FY2020" (a PDF), as converted to a
 * pipe-delimited, gzipped CSV by the University of Washington Center for Human Rights.
 */
import type { SourceDescription } from '../types.js';

export const DS = {
  sectors: 'cbp-legacy-monthly/sectors',
  regions: 'cbp-legacy-monthly/regions',
  nationwide: 'cbp-legacy-monthly/nationwide',
} as const;

const NOTES = {
  en: 'CBP PDF as converted to CSV by UWCHR (github.com/UWCHR/cbp). Unrounded. Through FY2019 these are Title 8 apprehensions; FY2020 (from March 2020) also includes USBP Title 42 expulsions. CBP counts the Livermore sector in the coastal border.',
  es: 'PDF de CBP convertido a CSV por UWCHR (github.com/UWCHR/cbp). Sin redondeo. Hasta el año fiscal 2019 son detenciones bajo el Título 8; el año fiscal 2020 (desde marzo de 2020) incluye también expulsiones de la Patrulla Fronteriza bajo el Título 42. CBP cuenta el sector Livermore en la frontera costera.',
};

export const describe: SourceDescription = {
  id: 'cbp-legacy-monthly',
  title: { en: 'U.S. Border Patrol monthly encounters by sector, FY2000-FY2020', es: 'Encuentros mensuales de la Patrulla Fronteriza por sector, años fiscales 2000-2020' },
  publisher: { en: 'U.S. Customs and Border Protection (CBP), U.S. Border Patrol', es: 'Oficina de Aduanas y Protección Fronteriza de EE. UU. (CBP), Patrulla Fronteriza de EE. UU.' },
  landingPage: 'https://www.cbp.gov/document/stats/us-border-patrol-monthly-encounters-fy-2000-fy-2020',
  licence: { en: 'CBP figures are works of the U.S. federal government (public domain). CSV conversion by the University of Washington Center for Human Rights (github.com/UWCHR/cbp).', es: 'Las cifras de CBP son obras del gobierno federal de EE. UU. (dominio público). Conversión a CSV del Centro de Derechos Humanos de la Universidad de Washington (github.com/UWCHR/cbp).' },
  coverage: { en: 'Monthly, October 1999 to September 2020: 21 Border Patrol sectors, the coastal, northern and southwest border regions, and the nationwide total.', es: 'Mensual, de octubre de 1999 a septiembre de 2020: 21 sectores de la Patrulla Fronteriza, las regiones fronterizas costera, norte y suroeste, y el total nacional.' },
  thirdParty: false,
  files: [
    {
      id: 'monthly',
      mirrorPath: 'us/usbp_monthly_by_sector_fy2000_2020/usbp_monthly_encounters_fy2000-fy2020.csv.gz',
      url: 'https://raw.githubusercontent.com/UWCHR/cbp/abd1f5749d38a0819668d4ecec1b8d72544084d4/import/output/usbp_monthly_encounters_fy2000-fy2020.csv.gz',
    },
  ],
  datasets: [
    { id: DS.sectors, title: { en: 'USBP encounters by sector and month (FY2000-FY2020)', es: 'Encuentros de la Patrulla Fronteriza por sector y mes (2000-2020)' }, measure: 'encounters', grain: 'month', complete: ['geography'], rounding: 1, notes: NOTES },
    { id: DS.regions, title: { en: 'USBP encounters by border region and month (FY2000-FY2020)', es: 'Encuentros de la Patrulla Fronteriza por región fronteriza y mes (2000-2020)' }, measure: 'encounters', grain: 'month', complete: ['geography'], rounding: 1, notes: NOTES },
    { id: DS.nationwide, title: { en: 'USBP encounters nationwide by month (FY2000-FY2020)', es: 'Encuentros de la Patrulla Fronteriza, nacional, por mes (2000-2020)' }, measure: 'encounters', grain: 'month', complete: [], rounding: 1, notes: NOTES },
  ],
};
