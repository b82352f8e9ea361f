/** The shapes of the API's answers the dashboard reads (see /api/openapi.json). */
export type Lang = 'en' | 'es';
export type Grain = 'month' | 'fy' | 'cy';
export type Dim = 'geography' | 'citizenship' | 'demographic' | 'authority' | 'component' | 'category';

export interface Bilingual {
  en: string;
  es: string;
}

export interface SeriesRow {
  period: string;
  period_label: string;
  grain: Grain;
  keys: Partial<Record<Dim, { code: string; label: string }>>;
  value: number | null;
  complete: boolean;
  parts: number;
  expected_parts: number;
  source: string;
  dataset: string;
  vintage: number;
  rounding: number;
}

export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
  landing_page: string;
  licence: string;
  third_party: boolean;
  provisional: boolean;
  vintages: { id: number; loaded_at: string }[];
}

export interface Provenance {
  measure: { id: string; label: string; definition: string; unit: string; note: string | null };
  sources: SourceRef[];
  datasets: { id: string; source: string; title: string; rounding: number; notes: string | null }[];
}

export interface SeriesAnswer {
  lang: Lang;
  rows: SeriesRow[];
  provenance: Provenance;
}

export interface Measure {
  id: string;
  label: Bilingual;
  definition: Bilingual;
  unit: string;
  sources: string[];
}

export interface Place {
  code: string;
  level: string;
  label: Bilingual;
  parent: string | null;
  lat: number | null;
  lon: number | null;
}

export interface Member {
  code: string;
  label: Bilingual;
}

export interface HeadlineFigure {
  period: string;
  period_label: string;
  value: number | null;
  complete: boolean;
  parts: number;
  expected_parts: number;
  source: string;
  dataset: string;
  vintage: number;
}

export interface Headline {
  grain: Grain;
  latest: HeadlineFigure;
  partial: HeadlineFigure | null;
  statements: { kind: string; text: string; evidence: HeadlineFigure[] }[];
  caveats: string[];
  provenance: Provenance;
}

export interface Source {
  id: string;
  title: Bilingual;
  publisher: string;
  landing_page: string;
  licence: string;
  coverage: string;
  third_party: boolean;
  provisional: boolean;
  observations: number;
  first_period: string | null;
  last_period: string | null;
  latest_vintage: number;
  vintages: { id: number; loaded_at: string; fingerprint: string; observations: number; files: { file_id: string; name: string; url: string; sha256: string; bytes: number }[] }[];
}

export interface Check {
  id: string;
  title: string;
  status: string;
  run_at: string;
  summary: string | null;
}

export interface PolicyEvent {
  id: string;
  date: string;
  endDate?: string;
  actor: string;
  kind: string;
  title: Bilingual;
  description: Bilingual;
  source: { publisher: string; title: string; url: string; primary: boolean };
  verified: boolean;
}

export interface CoverageTable {
  id: string;
  source: string;
  title: Bilingual;
  measure: string;
  grain: string;
  first_period: string | null;
  last_period: string | null;
  dimensions: Partial<Record<Dim, { count: number; codes: string[]; tops?: string[] }>>;
}

export interface Shape {
  type: 'Feature';
  id: string;
  properties: { code: string; level: string | null; label: Bilingual };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };
}

export interface Shapes {
  type: 'FeatureCollection';
  features: Shape[];
}
