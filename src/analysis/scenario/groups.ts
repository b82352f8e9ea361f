/**
 * The model's categories: nationality groups, demographics, and Mexico's northern border
 * states where people sent back by the US arrive. Fixed facts of geography, not data.
 */
import type { Bilingual } from '../../model/index.js';

export const GROUPS = ['MEX', 'GTM', 'HND', 'SLV', 'OAM', 'ROW'] as const;
export type Group = (typeof GROUPS)[number];
export const GROUP_LABELS: Record<Group, Bilingual> = {
  MEX: { en: 'Mexico', es: 'México' },
  GTM: { en: 'Guatemala', es: 'Guatemala' },
  HND: { en: 'Honduras', es: 'Honduras' },
  SLV: { en: 'El Salvador', es: 'El Salvador' },
  OAM: { en: 'Rest of the Americas', es: 'Resto de América' },
  ROW: { en: 'Rest of the world (and unnamed)', es: 'Resto del mundo (y no desglosadas)' },
};
/** Index of Mexico: the only group that does not cross Mexico in transit. */
export const MEX = 0;
/** Groups Mexico accepts back from the US at its northern border (the 2020 arrangement: Mexicans and the three northern Central American nationalities). */
export const INTO_MEXICO: readonly boolean[] = GROUPS.map((g) => g === 'MEX' || g === 'GTM' || g === 'HND' || g === 'SLV');

export const DEMOGRAPHICS = ['SA', 'FMUA', 'UC'] as const;
export type Demographic = (typeof DEMOGRAPHICS)[number];
export const FMUA = 1;
export const DEMOGRAPHIC_LABELS: Record<Demographic, Bilingual> = {
  SA: { en: 'Single adults', es: 'Personas adultas solas' },
  FMUA: { en: 'People in family units', es: 'Personas en unidades familiares' },
  UC: { en: 'Unaccompanied children', es: 'Niñas, niños y adolescentes no acompañados' },
};
/** Store demographic codes folded into the model's three (accompanied minors travel with families). */
export const DEMOGRAPHIC_OF: Record<string, Demographic> = { SA: 'SA', FMUA: 'FMUA', AM: 'FMUA', UC: 'UC' };

/** Mexico's six northern border states (INEGI codes as the store keeps them). */
export const BORDER_STATES = ['MX-02', 'MX-26', 'MX-08', 'MX-05', 'MX-19', 'MX-28'] as const;
export type BorderState = (typeof BORDER_STATES)[number];
export const BORDER_STATE_LABELS: Record<BorderState, Bilingual> = {
  'MX-02': { en: 'Baja California', es: 'Baja California' },
  'MX-26': { en: 'Sonora', es: 'Sonora' },
  'MX-08': { en: 'Chihuahua', es: 'Chihuahua' },
  'MX-05': { en: 'Coahuila', es: 'Coahuila' },
  'MX-19': { en: 'Nuevo León', es: 'Nuevo León' },
  'MX-28': { en: 'Tamaulipas', es: 'Tamaulipas' },
};

/** Mexico's southern states on the Guatemala and Belize border (the store's MX-SB region). */
export const SOUTHERN_REGION = 'MX-SB';

/**
 * US sector or field office → the Mexican state across from most of it. An assumption (stated
 * in the model card): Yuma faces both Baja California and Sonora (San Luis Río Colorado), Big
 * Bend both Chihuahua and Coahuila, Laredo's field office also Coahuila's ports; each goes to
 * the state across from its busiest crossings. Nuevo León's short border gets no sector.
 */
export const SECTOR_STATE: Record<string, BorderState> = {
  'USBP-SDC': 'MX-02', 'USBP-ELC': 'MX-02', 'OFO-SDO': 'MX-02',
  'USBP-YUM': 'MX-26', 'USBP-TCA': 'MX-26', 'OFO-TUC': 'MX-26',
  'USBP-EPT': 'MX-08', 'USBP-BBT': 'MX-08', 'OFO-ELP': 'MX-08',
  'USBP-DRT': 'MX-05',
  'USBP-LRT': 'MX-28', 'USBP-RGV': 'MX-28', 'OFO-LRD': 'MX-28',
};

/** The countries of the Americas (ISO 3166 alpha-3), for the "rest of the Americas" group. */
const AMERICAS = new Set(
  'ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN GUF FLK BLZ CRI GTM HND MEX NIC PAN SLV CAN USA GRL SPM BMU ATG BHS BRB CUB DMA DOM GRD HTI JAM KNA LCA VCT TTO ABW CUW SXM BES PRI VIR VGB AIA MSR TCA CYM GLP MTQ BLM MAF'.split(' '),
);

/** A store citizenship code → its group. OTHER, UNKNOWN and the rest go to ROW (stated). */
export function groupOf(citizenship: string): Group {
  if (citizenship === 'MEX' || citizenship === 'GTM' || citizenship === 'HND' || citizenship === 'SLV') return citizenship;
  return AMERICAS.has(citizenship) ? 'OAM' : 'ROW';
}
