/**
 * DHS OHSS "CBP Encounters" dataset, USBP workbook (KHSM Encounters (USBP) fy25m11).
 */
import type { Bilingual, DatasetDescription, SourceDescription } from '../types.js';
import { joinNotes } from '../read/bilingual.js';
import { SHEETS, SOURCE_ID } from './sheets.js';

const COMMON: Bilingual = {
  en: 'U.S. Border Patrol only (no OFO); Title 8 apprehensions and Title 42 expulsions together (the workbook does not split them). Events, not people. Rounded by OHSS to the nearest 10, so sums of cells differ slightly from published totals. FY2000-FY2001 are about 5% below CBP\'s legacy apprehension figures.',
  es: 'Solo la Patrulla Fronteriza (sin OFO); detenciones bajo el Título 8 y expulsiones bajo el Título 42 juntas (el libro no las separa). Eventos, no personas. Redondeado por OHSS a la decena, por lo que las sumas de celdas difieren un poco de los totales publicados. Los años fiscales 2000-2001 quedan cerca de 5 % por debajo de las cifras históricas de detenciones de CBP.',
};

// Kept rather than dropped: the rows are what OHSS published, and the note says what they cover.
const PARTIAL_FY2025: Bilingual = {
  en: 'FY2025 covers October-November 2024 only: the FY2025 row is partial (year to date), not a full fiscal year.',
  es: 'El año fiscal 2025 abarca solo octubre y noviembre de 2024: su fila es parcial (acumulado del año), no un año fiscal completo.',
};

const datasets: DatasetDescription[] = SHEETS.map((s) => ({
  id: s.dataset,
  title: s.title,
  measure: 'encounters',
  grain: s.grain,
  complete: s.complete,
  rounding: 10,
  notes: joinNotes(COMMON, s.notes, s.grain === 'fy' ? PARTIAL_FY2025 : undefined),
  // FY2025 holds October and November 2024 only.
  ...(s.grain === 'fy' ? { partialPeriods: ['2024-10-01'] } : {}),
}));

export const describe: SourceDescription = {
  id: SOURCE_ID,
  title: { en: 'OHSS CBP Encounters: U.S. Border Patrol workbook', es: 'OHSS, encuentros de CBP: libro de la Patrulla Fronteriza' },
  publisher: { en: 'U.S. Department of Homeland Security, Office of Homeland Security Statistics (OHSS)', es: 'Departamento de Seguridad Nacional de EE. UU. (DHS), Oficina de Estadísticas de Seguridad Nacional (OHSS)' },
  landingPage: 'https://ohss.dhs.gov/khsm/cbp-encounters',
  licence: { en: 'Work of the U.S. federal government: public domain in the United States (17 U.S.C. 105).', es: 'Obra del gobierno federal de EE. UU.: dominio público en Estados Unidos (17 U.S.C. 105).' },
  coverage: { en: 'USBP encounters, October 1999 (FY2000) to November 2024 (FY2025, 2 months), monthly and by fiscal year; nationwide and by border region, sector, citizenship and family status.', es: 'Encuentros de la Patrulla Fronteriza, de octubre de 1999 (año fiscal 2000) a noviembre de 2024 (año fiscal 2025, 2 meses), mensual y por año fiscal; todo el país y por región fronteriza, sector, ciudadanía y situación familiar.' },
  thirdParty: false,
  files: [
    {
      id: 'workbook',
      mirrorPath: 'us/ohss_cbp_encounters_usbp/khsm_encounters_usbp_fy25m11.xlsx',
      // The copy the mirror was taken from (OHSS's own download link changes with every release).
      url: 'https://raw.githubusercontent.com/arilamstein/immigration_enforcement/c438a05ab47df903f7270a44f86ae038ecb57bc4/immigration_enforcement/borderpatrol/KHSM%20Encounters%20(USBP)%20fy25m11.xlsx',
    },
  ],
  datasets,
};
