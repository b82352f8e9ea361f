/**
 * The vocabulary of the claim engine: one figure of a series (with its completeness and
 * provenance), the definitions a measure can be read under, and the verdicts.
 */
import type { Dimension } from '../../model/index.js';

export type Lang = 'en' | 'es';
export type Grain = 'month' | 'fy' | 'cy';
export type Direction = 'max' | 'min';

/** One period of a series as the store answers it. */
export interface Point {
  period: string;
  grain: Grain;
  value: number | null;
  /** False when the period lacks months (or days) in its source: the value is then a lower bound. */
  complete: boolean;
  parts: number;
  expectedParts: number;
  source: string;
  dataset: string;
  vintage: number;
  /** Publisher rounding of each summed cell (1 = unrounded), and how many cells were summed. */
  rounding: number;
  cells: number;
  /** A stock (a level): the first day of the sub-period its level is from, the last the store has in the period. */
  asOf?: string;
}

/** What is counted, before a definition of the measure is applied. */
export interface Subject {
  /** A measure id of the store (encounters, inm-returns, asylum-applications, ...). */
  measure: string;
  /** The place, or undefined for the measure's own country (the query engine's default). */
  geography?: string;
  /** Extra filters (citizenship, demographic, authority, component), one code each. */
  filters: Partial<Record<Dimension, string>>;
  /** The reading the words name: for encounters all of CBP unless they say Border Patrol or apprehensions. */
  definitions: DefinitionId[];
  /** The other reading, shown as context without changing the verdict. */
  context?: DefinitionId;
}

/** 'measure' is a measure with one reading (anything but encounters). */
export type DefinitionId = 'cbp' | 'usbp' | 'measure';

/** How one definition (measure reading × year type) came out. */
export type Status = 'true' | 'false' | 'tied' | 'partly' | 'undetermined';
export type Verdict = 'true' | 'false' | 'partly true' | 'undetermined';

export interface Bilingual {
  en: string;
  es: string;
}
