import type { Bilingual } from './bilingual.js';

export const GEO_LEVELS = [
  'world', 'country', 'region', 'sector', 'field-office', 'state', 'region-state', 'aor',
  'mx-state', 'municipality', 'locality', 'shelter', 'border-city', 'airport',
] as const;
export type GeoLevel = (typeof GEO_LEVELS)[number];

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
