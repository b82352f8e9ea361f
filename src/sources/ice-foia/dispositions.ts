/**
 * ICE processing dispositions as categories 'ice-disposition:<normalised value>'.
 *
 * The arrests files write dispositions in words ("Warrant of Arrest/Notice to Appear");
 * the removals files write codes ("WA/NTA") and ICE sent no code list with this release.
 * A code is given an expansion only when it plainly abbreviates a label that the arrests
 * files of the same release spell out; every other code is labelled with itself.
 */
import type { CategoryDefinition } from '../types.js';

export const DISPOSITION_PREFIX = 'ice-disposition';

/** A blank disposition cell. */
export const UNRECORDED_DISPOSITION = `${DISPOSITION_PREFIX}:not-recorded`;

/** 'WA/NTA' → 'wa-nta'; 'REINSTATEMENT OF DEPORT ORDER I-871' → 'reinstatement-of-deport-order-i-871'. */
export function normaliseDisposition(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Arrest dispositions as written (FY2016-FY2019), with a Spanish rendering. */
const ARREST_LABELS: [en: string, es: string][] = [
  ['Warrant of Arrest/Notice to Appear', 'Orden de arresto/Notificación de comparecencia'],
  ['REINSTATEMENT OF DEPORT ORDER I-871', 'Restablecimiento de orden de deportación (I-871)'],
  ['Other', 'Otra'],
  ['Bag and Baggage', 'Bag and Baggage'],
  ['ADMINISTRATIVE DEPORTATION I-851/I-851A', 'Deportación administrativa (I-851/I-851A)'],
  ['Voluntary Return', 'Retorno voluntario'],
  ['Expedited Removal (I-860)', 'Deportación acelerada (I-860)'],
  ['Detainer', 'Orden de retención (detainer)'],
  ['Notice to Appear Released (I-862)', 'Notificación de comparecencia, en libertad (I-862)'],
  ['Reinstatement of Deportation Reasonable Fear', 'Restablecimiento de deportación con temor razonable'],
  ['Prosecutorial Discretion', 'Discrecionalidad procesal'],
  ['Expedited Removal with Credible Fear', 'Deportación acelerada con temor creíble'],
  ['TURNED OVER TO', 'Entregado a'],
  ['Notice to Appear Detained (I-862)', 'Notificación de comparecencia, bajo detención (I-862)'],
  ['VWPP Removal', 'Deportación VWPP'],
  ['Not Amenable to Removal', 'No sujeto a deportación'],
  ['Notice to Appear (I-862)', 'Notificación de comparecencia (I-862)'],
  ['Paroled', 'Admitido con parole'],
  ['VWP Removal', 'Deportación VWP (Programa de Exención de Visa)'],
  ['Not in Custody', 'No bajo custodia'],
  ['Foreign Born USC', 'Ciudadano estadounidense nacido en el extranjero'],
  ['Admitted', 'Admitido'],
  ['Released/Prosecutorial Discretion', 'Liberado/discrecionalidad procesal'],
  ['VWP with I-863 Notice to Refer (Refer to IJ)', 'VWP con notificación de remisión I-863 (remitido a juez de inmigración)'],
  ['Release', 'Liberación'],
  ['Withdrawal in Lieu of ER', 'Retiro en lugar de deportación acelerada'],
  ['Expedited Removal Limited Review', 'Deportación acelerada con revisión limitada'],
  ['Withdrawal (I-275)', 'Retiro de la solicitud de admisión (I-275)'],
  ['Crewmember (I-99)', 'Tripulante (I-99)'],
  ['Stowaway', 'Polizón'],
  ['I-210', 'I-210'],
  ['VWP Refusal', 'Rechazo VWP'],
  ['Withdrawal (WD2)', 'Retiro (WD2)'],
  ['VWP - Removal - Limited Review', 'VWP: deportación con revisión limitada'],
  ['VWP - Refusal - Limited Review', 'VWP: rechazo con revisión limitada'],
  ['Notice to Appear/Prosecutorial Discretion', 'Notificación de comparecencia/discrecionalidad procesal'],
  ['VWP Removal (GUAM-CNMI)', 'Deportación VWP (Guam-CNMI)'],
  ['Crewmember Detained On Board', 'Tripulante detenido a bordo'],
  ['Withdrawal in Lieu of NTA', 'Retiro en lugar de notificación de comparecencia'],
  ['Deported', 'Deportado'],
  ['Formal Removal', 'Deportación formal'],
  ['Crew Member (I-99) Removal', 'Deportación de tripulante (I-99)'],
];

/**
 * Removal disposition codes (FY2016-FY2019). An expansion is given only where the code
 * plainly abbreviates a label of the arrests files; `null` = meaning not published.
 */
const REMOVAL_CODES: [code: string, en: string | null, es: string | null][] = [
  ['REINST', 'reinstatement of deport order', 'restablecimiento de orden de deportación'],
  ['ER', 'expedited removal', 'deportación acelerada'],
  ['WA/NTA', 'warrant of arrest/notice to appear', 'orden de arresto/notificación de comparecencia'],
  ['ER/CF', 'expedited removal with credible fear', 'deportación acelerada con temor creíble'],
  ['ER/LR', 'expedited removal, limited review', 'deportación acelerada con revisión limitada'],
  ['ADMDPT', 'administrative deportation', 'deportación administrativa'],
  ['NTA', 'notice to appear', 'notificación de comparecencia'],
  ['NTA/DT', 'notice to appear, detained', 'notificación de comparecencia, bajo detención'],
  ['NTA/PD', 'notice to appear/prosecutorial discretion', 'notificación de comparecencia/discrecionalidad procesal'],
  ['REINRF', 'reinstatement of deportation, reasonable fear', 'restablecimiento de deportación, temor razonable'],
  ['DTNR', 'detainer', 'orden de retención (detainer)'],
  ['VWPRM', 'VWP removal', 'deportación VWP'],
  ['VWPPRM', 'VWPP removal', 'deportación VWPP'],
  ['VWPRF', 'VWP refusal', 'rechazo VWP'],
  ['WD', 'withdrawal', 'retiro'],
  ['WD2', 'withdrawal (WD2)', 'retiro (WD2)'],
  ['WD/ER', 'withdrawal in lieu of expedited removal', 'retiro en lugar de deportación acelerada'],
  ['WD/NTA', 'withdrawal in lieu of notice to appear', 'retiro en lugar de notificación de comparecencia'],
  ['TOT', 'turned over to', 'entregado a'],
  ['NIC', 'not in custody', 'no bajo custodia'],
  ['NAR', 'not amenable to removal', 'no sujeto a deportación'],
  ['PD', 'prosecutorial discretion', 'discrecionalidad procesal'],
  ['REL', 'release', 'liberación'],
  ['REL/PD', 'released/prosecutorial discretion', 'liberado/discrecionalidad procesal'],
  ['ADMIT', 'admitted', 'admitido'],
  ['STOW', 'stowaway', 'polizón'],
  ['CRWI99', 'crewmember (I-99)', 'tripulante (I-99)'],
  ['CRW/DT', 'crewmember detained on board', 'tripulante detenido a bordo'],
  // Single letters and the rest: no label of the arrests files is plainly theirs.
  ...['T', 'B', 'V', 'P', 'I', 'D', 'NTA_1', 'VWP/CF', 'VWP/LR', 'VWPRLR', 'VWP/GM', 'STW/CF', 'STW/LR', 'CRWRLR', 'DEF', 'FR', 'ABS', 'EX'].map(
    (code): [string, null, null] => [code, null, null],
  ),
];

const arrestCategory = ([en, es]: [string, string]): CategoryDefinition => ({
  id: `${DISPOSITION_PREFIX}:${normaliseDisposition(en)}`,
  label: { en, es },
  definition: { en: `Processing disposition "${en}" as written in ICE's arrests files.`, es: `Disposición de procesamiento "${en}" tal como la escribe ICE en sus archivos de arrestos.` },
});

const removalCategory = ([code, en, es]: [string, string | null, string | null]): CategoryDefinition => ({
  id: `${DISPOSITION_PREFIX}:${normaliseDisposition(code)}`,
  label: en && es ? { en: `${code} (${en})`, es: `${code} (${es})` } : { en: code, es: code },
  definition:
    en && es
      ? { en: `Processing disposition code "${code}" of ICE's removals files; the expansion is read from the matching label of the arrests files of the same release.`, es: `Código de disposición de procesamiento "${code}" de los archivos de deportaciones de ICE; la expansión se toma de la etiqueta equivalente de los archivos de arrestos de la misma entrega.` }
      : { en: `Processing disposition code "${code}" of ICE's removals files; ICE did not publish its meaning with this release.`, es: `Código de disposición de procesamiento "${code}" de los archivos de deportaciones de ICE; ICE no publicó su significado con esta entrega.` },
});

const unrecorded: CategoryDefinition = {
  id: UNRECORDED_DISPOSITION,
  label: { en: 'Disposition not recorded', es: 'Disposición no registrada' },
  definition: { en: 'The processing disposition cell is blank in the file.', es: 'La celda de disposición de procesamiento está vacía en el archivo.' },
};

export const DISPOSITION_CATEGORIES: CategoryDefinition[] = [...ARREST_LABELS.map(arrestCategory), ...REMOVAL_CODES.map(removalCategory), unrecorded];

const arrestIds = new Map(ARREST_LABELS.map(([en]) => [en, `${DISPOSITION_PREFIX}:${normaliseDisposition(en)}`]));
const removalIds = new Map(REMOVAL_CODES.map(([code]) => [code, `${DISPOSITION_PREFIX}:${normaliseDisposition(code)}`]));

export type RecordKind = 'removals' | 'arrests';

/** Category of a disposition cell; undefined for a value not declared above. */
export function dispositionCategory(kind: RecordKind, value: string | null): string | undefined {
  if (value === null || value.trim() === '') return UNRECORDED_DISPOSITION;
  return (kind === 'removals' ? removalIds : arrestIds).get(value.trim());
}
