/**
 * The contract between a publisher dataset adapter and the store.
 *
 * An adapter describes its source (publisher, files, licence, the tables it yields)
 * and parses its files into observations. It never writes to the store, never
 * downloads, and never knows about the faces: the ingest step does all of that.
 * The vocabulary it speaks (dimensions, measures, places, observations) is the ground
 * floor's, src/model/; it is re-exported here so an adapter imports one module.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Location } from '../model/location.js';
import type { DescribedSource, Dimension, LocalFile, Observation, ParsedSource } from '../model/index.js';

export * from '../model/index.js';

export interface ParseContext {
  files: Record<string, LocalFile>;
  /** An in-memory DuckDB connection for reading CSV/JSON (not the store). */
  scratch: DuckDBConnection;
  /** Progress of long parsing work, 0..1; optional. */
  progress?: (fraction: number, label?: string) => void;
}

export interface SourceAdapter extends DescribedSource {
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
