/**
 * The two readings of "encounters" a claim can mean. All CBP encounters (Border Patrol
 * plus the Office of Field Operations at ports of entry) start in the store in FY2014;
 * Border Patrol alone goes back to FY2000 by month (FY1925 by year), which is why long
 * comparisons ("the most in two decades") are usually made with it.
 */
import type { Bilingual, DefinitionId } from './types.js';

export interface Definition {
  id: DefinitionId;
  label: Bilingual;
  /** Extra "DIMENSION=VALUE" filters for the query engine. */
  where: string[];
}

export const DEFINITIONS: Record<DefinitionId, Definition> = {
  cbp: {
    id: 'cbp',
    label: {
      en: 'all CBP encounters (Border Patrol apprehensions and expulsions plus OFO inadmissibles at ports of entry)',
      es: 'todos los encuentros de CBP (detenciones y expulsiones de la Patrulla Fronteriza más inadmisibles de OFO en los puertos de entrada)',
    },
    where: [],
  },
  usbp: {
    id: 'usbp',
    label: {
      en: 'Border Patrol encounters (apprehensions between ports of entry, plus Title 42 expulsions from March 2020)',
      es: 'encuentros de la Patrulla Fronteriza (detenciones entre puertos de entrada, más expulsiones bajo el Título 42 desde marzo de 2020)',
    },
    where: ['component=USBP'],
  },
  measure: {
    id: 'measure',
    label: { en: 'the measure as its publisher defines it', es: 'la medida como la define su editor' },
    where: [],
  },
};
