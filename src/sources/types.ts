/**
 * The contract between a publisher dataset adapter and the store.
 *
 * An adapter describes its source (publisher, files, licence, the tables it yields)
 * and parses its files into observations. It never writes to the store, never
 * downloads, and never knows about the faces: the ingest step does all of that.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Location } from '../errors.js';
import type { Place } from '../store/dimensions/geography.js';

/** The dimensions every observation carries. 'ALL' in a dimension means "total over it". */
export const DIMENSIONS = ['geography', 'citizenship', 'demographic', 'authority', 'component', 'category'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Granularity of a period: its start date plus this says which period it is. */
export type Grain = 'day' | 'month' | 'fy' | 'cy';

export interface Bilingual {
  en: string;
  es: string;
}

export interface SourceFile {
  /** Stable id within the source, e.g. 'workbook' or 'removals-fy2016'. */
  id: string;
  /** Path relative to the mirror root, e.g. 'us/cbp_sw_land_border_encounters/sbo-encounters-fy22-fy25-aug.csv'. */
  mirrorPath: string;
  /** Where the publisher (or the repository it was copied from) serves the file. */
  url: string;
}

/**
 * A published table: one measure, one grain, a fixed set of dimensions.
 * The query engine uses this to decide which tables can answer a question.
 */
export interface DatasetDescription {
  /** Unique across all sources, prefixed by the source id: 'ohss-khsm/monthly-sector'. */
  id: string;
  title: Bilingual;
  measure: string;
  grain: Grain;
  /**
   * Dimensions whose values (other than 'ALL') add up to the total over that dimension,
   * so a total may be computed by summing them when the table has no 'ALL' row.
   * E.g. sectors of a table that lists every sector; a table that lists only
   * five nationalities out of two hundred is not complete for citizenship.
   */
  complete: Dimension[];
  /** Publisher's rounding of every cell (OHSS rounds to 10); 1 when unrounded. */
  rounding: number;
  /** Free-text caveats shown next to figures from this table. */
  notes?: Bilingual;
  /** Period starts whose published figure covers only part of the period (a year to date). */
  partialPeriods?: string[];
}

export interface MeasureDefinition {
  id: string;
  label: Bilingual;
  definition: Bilingual;
  /**
   * A stock (people deployed, population, a detention population, beds) is a level at a
   * point in time: it is never summed over time. Flows (events) are. Default: flow.
   */
  stock?: boolean;
  /** 'events' unless the publisher says the measure counts people. */
  unit: 'events' | 'people' | 'doses' | 'agents' | 'deaths' | 'average daily population' | 'personnel' | 'beds' | 'appointments' | 'caravans';
}

export interface CategoryDefinition {
  /** Unique across sources, e.g. 'bookout:t42-expulsion'. */
  id: string;
  label: Bilingual;
  definition?: Bilingual;
}

export interface SourceDescription {
  /** Short stable id, e.g. 'cbp-sbo'. Used on the command line (--only). */
  id: string;
  title: Bilingual;
  publisher: string;
  /** The publisher's page for the dataset. */
  landingPage: string;
  licence: string;
  coverage: string;
  /** A compilation by a third party (not the official publisher). */
  thirdParty: boolean;
  /** True when the source is provisional or unofficial. */
  provisional?: boolean;
  files: SourceFile[];
  datasets: DatasetDescription[];
  /** Measures used only by this source (shared ones live in src/store/dimensions/measures.ts). */
  measures?: MeasureDefinition[];
  categories?: CategoryDefinition[];
  /** Places only this source uses (e.g. ICE areas of responsibility), with their parents. */
  places?: Place[];
}

/** One cell of a published table, in the store's terms. */
export interface Observation {
  dataset: string;
  /** First day of the period, 'YYYY-MM-DD'. For fy, the 1 October that starts it. */
  period: string;
  geography: string;
  citizenship: string;
  demographic: string;
  authority: string;
  component: string;
  category: string;
  /** NULL when the publisher suppressed the value or left it blank: never 0. */
  value: number | null;
  /** Where this value came from, for error messages (duplicate cells and the like). */
  at?: Location;
}

export interface LocalFile {
  id: string;
  /** Absolute path on this machine; never stored, never printed in errors. */
  path: string;
  /** Name to use in messages: the publisher's file name. */
  name: string;
  sha256: string;
  bytes: number;
}

export interface ParseContext {
  files: Record<string, LocalFile>;
  /** An in-memory DuckDB connection for reading CSV/JSON (not the store). */
  scratch: DuckDBConnection;
  /** Progress of long parsing work, 0..1; optional. */
  progress?: (fraction: number, label?: string) => void;
}

/** What a parse may return besides observations: places its data defines, and their shapes. */
export interface ParsedSource {
  observations: Observation[];
  /** Places defined by the data (municipalities, localities, shelters), with their parents. */
  places?: Place[];
  /** Boundaries for maps: a GeoJSON geometry per place code. */
  shapes?: { code: string; geometry: unknown }[];
}

export interface SourceAdapter {
  describe: SourceDescription;
  parse(ctx: ParseContext): Promise<Observation[] | ParsedSource>;
}

/** The parse result in its full form. */
export function asParsed(result: Observation[] | ParsedSource): ParsedSource {
  return Array.isArray(result) ? { observations: result } : result;
}

/** Builds an observation with every dimension defaulting to 'ALL'. */
export function observation(
  dataset: string,
  period: string,
  value: number | null,
  dims: Partial<Record<Dimension, string>> = {},
  at?: Location,
): Observation {
  return {
    dataset,
    period,
    geography: dims.geography ?? 'ALL',
    citizenship: dims.citizenship ?? 'ALL',
    demographic: dims.demographic ?? 'ALL',
    authority: dims.authority ?? 'ALL',
    component: dims.component ?? 'ALL',
    category: dims.category ?? 'ALL',
    value,
    at,
  };
}
