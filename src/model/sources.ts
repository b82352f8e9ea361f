/**
 * What a source is and what it delivers, in the store's terms: its description (publisher,
 * files, the tables it yields, the measures, categories and places it defines), the files read
 * and the observations parsed. The store keeps these; how an adapter produces them is the
 * adapter contract in src/sources/types.ts.
 */
import type { Bilingual } from './bilingual.js';
import type { Dimension } from './dimensions.js';
import type { Location } from './location.js';
import type { CategoryDefinition, MeasureDefinition } from './measures.js';
import type { Grain } from './period.js';
import type { Place } from './places.js';

export interface SourceFile {
  /** Stable id within the source, e.g. 'workbook' or 'removals-fy2016'. */
  id: string;
  /** Path relative to the mirror root, e.g. 'us/cbp_sw_land_border_encounters/sbo-encounters-fy22-fy25-aug.csv'. */
  mirrorPath: string;
  /** Where the publisher (or the repository it was copied from) serves the file. */
  url: string;
  /**
   * Set when the mirror's file is not what `url` serves but the mirror's conversion of it (an
   * R data file written out as CSV, an HTML table as CSV): corridor parses the conversion, so
   * its sha256 is not that of the file at `url`, and the provenance says which is which.
   * `mirrorPath`: where the mirror keeps the original as well (byte-identical to what `url`
   * serves), hashed at ingest so that `url` comes with the sha256 of what it serves; without
   * it that sha256 is not known.
   */
  convertedFrom?: { mirrorPath?: string };
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
  /**
   * The table is a list of events (one row per event, on its day: INM's caravans) rather than
   * a count published for every day, so a day with no row is a day with no event (zero), not a
   * day missing. Every day of the list's span is then a day the table reports (covered: a year
   * wholly inside it is complete, with the events' sum), and no day outside it. Day grain only.
   * Never for daily counts whose blank days are missing days. Say in the notes what the span
   * rests on; the ingest adds its dates to the notes (src/store/event-lists.ts).
   */
  eventList?: EventListSpan;
}

/**
 * The span an event list covers ('YYYY-MM-DD', inclusive). `from`: the start the publisher
 * states (e.g. of the period the list is of); absent, the day of its first listed event. `to`:
 * a last day the publisher states; absent, the day of its last listed event (the last day the
 * list can be said to cover). The ingest refuses a listed event outside the span.
 */
export interface EventListSpan {
  from?: string;
  to?: string;
}

export interface SourceDescription {
  /** Short stable id, e.g. 'cbp-sbo'. Used on the command line (--only). */
  id: string;
  title: Bilingual;
  /** Who publishes the figures (and who compiled or copied them), in both languages. */
  publisher: Bilingual;
  /** The publisher's page for the dataset. */
  landingPage: string;
  /** The terms of use, and whom to cite. */
  licence: Bilingual;
  /** What the files cover: places, periods, breakdowns. */
  coverage: Bilingual;
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

/** Anything that carries a source's description: what the store needs of an adapter. */
export interface DescribedSource {
  describe: SourceDescription;
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

/** A publisher file as read on this machine, for provenance. */
export interface LocalFile {
  id: string;
  /** Absolute path on this machine; never stored, never printed in errors. */
  path: string;
  /** Name to use in messages: the publisher's file name. */
  name: string;
  sha256: string;
  bytes: number;
  /**
   * When the file read is the mirror's conversion of the file its URL serves (SourceFile's
   * convertedFrom): that original's name, and its sha256 and size when the mirror holds it.
   */
  original?: { name: string; sha256: string | null; bytes: number | null };
}

/**
 * Cells an adapter made inside DuckDB (record-level files aggregated there) and left there:
 * a table of the parse's scratch connection with the columns CELL_COLUMNS names. The ingest
 * checks them in SQL as it checks observations (src/ingest/validate-cells.ts) and the store
 * copies them with one INSERT ... SELECT, so they never become JavaScript objects.
 */
export interface CellTable {
  /** Table name in the scratch connection's default catalog. */
  table: string;
}

/**
 * The columns of a cell table, in order: an observation's fields (period as 'YYYY-MM-DD'
 * text, value DOUBLE or NULL), then `file`, the publisher's file name an error names.
 */
export const CELL_COLUMNS = [
  'dataset', 'period', 'geography', 'citizenship', 'demographic', 'authority', 'component', 'category', 'value', 'file',
] as const;

/** What a parse delivers: observations, and the places its data defines with their shapes. */
export interface ParsedSource {
  observations: Observation[];
  /** Further observations, as a table in DuckDB (disjoint from `observations` by dataset). */
  cells?: CellTable;
  /** Places defined by the data (municipalities, localities, shelters), with their parents. */
  places?: Place[];
  /** Boundaries for maps: a GeoJSON geometry per place code. */
  shapes?: { code: string; geometry: unknown }[];
}
