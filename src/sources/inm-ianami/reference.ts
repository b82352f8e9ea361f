/**
 * INM's three reference tables, as metadata for the rest of corridor: which states border
 * the US, Guatemala or Belize; INM's "containment belts" (cinturones de contención, 1 in
 * the south to 4 on the northern border); which INM operations coordination centre (CECO)
 * each state reports to. Transcribed from the files, with states as place codes; parse
 * checks that the files still say exactly this (parse-reference.ts).
 */

/** Estados_Frontera.csv: FRONTERA, ESTADO, COLINDA CON ESTADOS UNIDOS (the neighbour, also for the south). */
export interface BorderState {
  border: 'north' | 'south';
  state: string;
  /** The neighbour INM names, as a place code: a US state ('US-TX') or a country ('GTM', 'BLZ'). One per state, as published. */
  neighbour: string;
}

export const BORDER_STATES: readonly BorderState[] = [
  { border: 'north', state: 'MX-02', neighbour: 'US-CA' },
  { border: 'north', state: 'MX-26', neighbour: 'US-AZ' },
  { border: 'north', state: 'MX-08', neighbour: 'US-NM' },
  { border: 'north', state: 'MX-05', neighbour: 'US-TX' },
  { border: 'north', state: 'MX-19', neighbour: 'US-TX' },
  { border: 'north', state: 'MX-28', neighbour: 'US-TX' },
  { border: 'south', state: 'MX-07', neighbour: 'GTM' },
  { border: 'south', state: 'MX-27', neighbour: 'GTM' },
  { border: 'south', state: 'MX-04', neighbour: 'GTM' },
  { border: 'south', state: 'MX-23', neighbour: 'BLZ' },
];

/** Cinturones_Contencion.csv: CINTURÓN (1-4), ESTADO; 14 states. */
export interface ContainmentBelt {
  belt: number;
  state: string;
}

export const CONTAINMENT_BELTS: readonly ContainmentBelt[] = [
  { belt: 1, state: 'MX-07' },
  { belt: 1, state: 'MX-27' },
  { belt: 2, state: 'MX-20' },
  { belt: 2, state: 'MX-30' },
  { belt: 3, state: 'MX-13' },
  { belt: 3, state: 'MX-19' },
  { belt: 3, state: 'MX-21' },
  { belt: 3, state: 'MX-24' },
  { belt: 3, state: 'MX-28' },
  { belt: 3, state: 'MX-29' },
  { belt: 4, state: 'MX-02' },
  { belt: 4, state: 'MX-08' },
  { belt: 4, state: 'MX-05' },
  { belt: 4, state: 'MX-26' },
];

/** Centro_Coordinador_Operaciones.csv: CECO (as INM names it), ESTADO; 20 states. */
export interface OperationsCentre {
  ceco: 'Suchiate' | 'Río Bravo';
  state: string;
}

const suchiate = (state: string): OperationsCentre => ({ ceco: 'Suchiate', state });
const rioBravo = (state: string): OperationsCentre => ({ ceco: 'Río Bravo', state });

export const OPERATIONS_CENTRES: readonly OperationsCentre[] = [
  ...['MX-07', 'MX-27', 'MX-20', 'MX-30', 'MX-23', 'MX-31', 'MX-21', 'MX-15', 'MX-13', 'MX-04', 'MX-29'].map(suchiate),
  ...['MX-08', 'MX-02', 'MX-19', 'MX-24', 'MX-05', 'MX-28', 'MX-26', 'MX-25', 'MX-10'].map(rioBravo),
];
