/**
 * Deportation Data Project (UCLA) validation outputs for CBP data: monthly USBP
 * encounter counts built from CBP's FOIA record-level files, cross-referenced with
 * CBP's own published nationwide figures.
 */
import type { SourceDescription } from '../types.js';
import { joinNotes } from '../read/bilingual.js';

const BASE = 'https://raw.githubusercontent.com/deportationdata/cbp/a4a0ef6f4f19b9b05cdca2f833c2821311fc3f6f';
const DIR = 'us/ddp_cbp_validation';

export const DS = {
  cbp: 'ddp/usbp-encounters-cbp',
  foia: 'ddp/usbp-encounters-foia',
  byPart: 'ddp/usbp-encounters-by-part',
  apprehensionsByPart: 'ddp/usbp-apprehensions-by-part',
  inadmissiblesByPart: 'ddp/ofo-inadmissibles-by-part',
} as const;

const THIRD_PARTY = {
  en: 'Compiled by the Deportation Data Project (deportationdata.org), a third party, from CBP data.',
  es: 'Compilado por el Deportation Data Project (deportationdata.org), un tercero, a partir de datos de CBP.',
};
const NATIONWIDE = {
  en: 'Nationwide (every Border Patrol sector), not the southwest border only. Includes Title 42 expulsions (March 2020 to May 2023).',
  es: 'Nacional (todos los sectores de la Patrulla Fronteriza), no solo la frontera suroeste. Incluye expulsiones bajo el Título 42 (marzo de 2020 a mayo de 2023).',
};
const FOIA = {
  en: 'Counted by the Deportation Data Project from the record-level files in CBP\'s FOIA library; it ends in September 2025, the last month those files cover (later months are absent, not zero).',
  es: 'Contado por el Deportation Data Project a partir de los archivos por registro de la biblioteca FOIA de CBP; termina en septiembre de 2025, el último mes que cubren esos archivos (los meses posteriores faltan, no son cero).',
};

export const describe: SourceDescription = {
  id: 'ddp',
  title: { en: 'Deportation Data Project: CBP monthly encounter validation series', es: 'Deportation Data Project: series mensuales de validación de encuentros de CBP' },
  publisher: { en: 'Deportation Data Project (UCLA School of Law)', es: 'Deportation Data Project (Facultad de Derecho de UCLA)' },
  landingPage: 'https://deportationdata.org',
  licence: { en: 'Outputs of the Deportation Data Project (github.com/deportationdata/cbp), built from CBP public FOIA releases and CBP published statistics (U.S. government works); cite the Deportation Data Project and CBP.', es: 'Productos del Deportation Data Project (github.com/deportationdata/cbp), elaborados a partir de entregas públicas de CBP por la ley de acceso a la información (FOIA) y de estadísticas publicadas por CBP (obras del gobierno de EE. UU.); cite al Deportation Data Project y a CBP.' },
  coverage: { en: 'Nationwide USBP encounters by month: CBP published figures October 2019 to July 2026; counts from FOIA record-level files October 2019 to September 2025.', es: 'Encuentros de la Patrulla Fronteriza en todo el país por mes: cifras publicadas por CBP de octubre de 2019 a julio de 2026; conteos de los archivos de registros individuales de FOIA de octubre de 2019 a septiembre de 2025.' },
  thirdParty: true,
  files: [
    { id: 'cross-reference', mirrorPath: `${DIR}/encounters_monthly_cross_reference.csv`, url: `${BASE}/data/encounters/validation/encounters_monthly_cross_reference.csv` },
    { id: 'encounters-by-part', mirrorPath: `${DIR}/monthly-encounters-by-part.csv`, url: `${BASE}/data/encounters/validation/monthly-encounters-by-part.csv` },
  ],
  datasets: [
    {
      id: DS.cbp,
      title: { en: 'USBP encounters nationwide by month, as published by CBP (Oct 2019 - Jul 2026)', es: 'Encuentros de la Patrulla Fronteriza, nacional, por mes, según publica CBP (oct 2019 - jul 2026)' },
      measure: 'encounters',
      grain: 'month',
      complete: [],
      rounding: 1,
      notes: joinNotes(THIRD_PARTY, { en: "The column cbp_usb_encounter_count: CBP's published nationwide encounters data (U.S. Border Patrol rows), as copied by the Deportation Data Project.", es: 'La columna cbp_usb_encounter_count: datos nacionales de encuentros publicados por CBP (filas de la Patrulla Fronteriza), copiados por el Deportation Data Project.' }, NATIONWIDE),
    },
    {
      id: DS.foia,
      title: { en: 'USBP encounters nationwide by month, counted from CBP FOIA record-level files (Oct 2019 - Sep 2025)', es: 'Encuentros de la Patrulla Fronteriza, nacional, por mes, contados en los archivos FOIA por registro de CBP (oct 2019 - sep 2025)' },
      measure: 'encounters',
      grain: 'month',
      complete: [],
      rounding: 1,
      notes: joinNotes(THIRD_PARTY, FOIA, NATIONWIDE, { en: 'It equals CBP\'s published figure in every month through September 2024; in FY2025 eight months differ from it by 1 to 33.', es: 'Coincide con la cifra publicada por CBP en todos los meses hasta septiembre de 2024; en el año fiscal 2025 ocho meses difieren de ella entre 1 y 33.' }),
    },
    {
      id: DS.byPart,
      title: { en: 'USBP encounters nationwide by month, per FOIA file part (Jan 2020 - Sep 2025)', es: 'Encuentros de la Patrulla Fronteriza, nacional, por mes, por parte de archivo FOIA (ene 2020 - sep 2025)' },
      measure: 'encounters',
      grain: 'month',
      complete: [],
      rounding: 1,
      notes: joinNotes(THIRD_PARTY, FOIA, NATIONWIDE, { en: 'One count per month: a month found in several file parts must have the same count in each.', es: 'Un conteo por mes: un mes que aparece en varias partes de archivo debe tener el mismo conteo en cada una.' }),
    },
  ],
};
