import type { Bilingual } from './bilingual.js';

export const GEO_LEVELS = [
  'world', 'country', 'region', 'sector', 'field-office', 'state', 'region-state', 'aor',
  'mx-state', 'municipality', 'locality', 'shelter', 'border-city', 'airport',
] as const;
export type GeoLevel = (typeof GEO_LEVELS)[number];

/**
 * The one component whose figures a place of this level holds: a Border Patrol sector has
 * only Border Patrol's (CBP's total there is the USBP figure), an OFO field office only
 * OFO's, an ICE area of responsibility only ICE's. So a request for such places that names
 * no component may be answered by a table that covers only that component (filtered to it);
 * a request that names a place of any other level (a region, a state, the country) may not
 * (src/store/query/plan.ts). Codes of the component dimension (src/store/dimensions/members.ts).
 */
export const LEVEL_COMPONENT: Readonly<Partial<Record<GeoLevel, string>>> = { sector: 'USBP', 'field-office': 'OFO', aor: 'ICE' };

/** A node of the geography hierarchy (country → border region → sector / state → city). */
export interface Place {
  code: string;
  level: GeoLevel;
  label: Bilingual;
  /** Parents in the hierarchy (the first one is the main one). */
  parents: string[];
  /** Coordinates (WGS84) of the place, or of the sector or field office headquarters, where known. */
  lat?: number;
  lon?: number;
}
