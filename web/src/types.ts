/**
 * The shapes of the API's answers the dashboard reads, derived from the API's own zod
 * schemas (the ones that validate its answers and write /api/openapi.json), so that the
 * page and the API cannot drift apart: a change there is a type error here. These are
 * type-only imports: nothing of the server reaches the page's bundle.
 */
import type { z } from 'zod';
import type { HeadlineSchema } from '../../src/api/routes/claims.js';
import type { CheckSchema } from '../../src/api/routes/checks.js';
import type { CoverageSchema } from '../../src/api/routes/coverage.js';
import type { MemberSchema } from '../../src/api/routes/dimensions.js';
import type { EventSchema } from '../../src/api/routes/events.js';
import type { MeasuresSchema } from '../../src/api/routes/measures.js';
import type { PlaceSchema } from '../../src/api/routes/places.js';
import type { FeatureSchema } from '../../src/api/routes/shapes.js';
import type { SourceSchema } from '../../src/api/routes/sources.js';
import type { ProvenanceSchema, SeriesRowSchema, SeriesSchema } from '../../src/api/schemas.js';

export type Lang = 'en' | 'es';
export type Grain = 'month' | 'fy' | 'cy';
export type Dim = 'geography' | 'citizenship' | 'demographic' | 'authority' | 'component' | 'category';

export interface Bilingual {
  en: string;
  es: string;
}

export type SeriesRow = z.infer<typeof SeriesRowSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type SourceRef = Provenance['sources'][number];
export type SeriesAnswer = z.infer<typeof SeriesSchema>;
export type Measure = z.infer<typeof MeasuresSchema>['measures'][number];
export type Place = z.infer<typeof PlaceSchema>;
export type Member = z.infer<typeof MemberSchema>;
export type Headline = z.infer<typeof HeadlineSchema>;
export type HeadlineFigure = Headline['latest'];
export type Source = z.infer<typeof SourceSchema>;
export type Check = z.infer<typeof CheckSchema>;
export type PolicyEvent = z.infer<typeof EventSchema>;
export type CoverageTable = z.infer<typeof CoverageSchema>['tables'][number];

/** A boundary as /api/shapes answers it; the API documents its geometry as a GeoJSON Polygon or MultiPolygon, which the page relies on. */
export type Shape = Omit<z.infer<typeof FeatureSchema>, 'geometry'> & {
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };
};

export interface Shapes {
  type: 'FeatureCollection';
  features: Shape[];
}
