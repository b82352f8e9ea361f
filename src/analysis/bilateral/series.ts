/**
 * Monthly figures for the record through the store's query engine (buildRequest,
 * querySeries): for each month the best source, with its completeness and provenance.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { buildRequest } from '../../store/query/request.js';
import { querySeries, type SeriesRow } from '../../store/query/series.js';

export async function monthlyRows(conn: DuckDBConnection, measure: string, where: string[], by: string[] = []): Promise<SeriesRow[]> {
  const req = await buildRequest(conn, { measure, where, by, grain: 'month' });
  return (await querySeries(conn, req)).rows;
}

/** What a partial month lacks: "23 of 31 days have figures in the source". */
export function partialNote(r: SeriesRow): { en: string; es: string } | undefined {
  if (r.complete) return undefined;
  return {
    en: `${r.parts} of ${r.expectedParts} days have figures in the source: a lower bound if the days without figures had any`,
    es: `${r.parts} de ${r.expectedParts} días tienen cifras en la fuente: una cota inferior si los días sin cifras tuvieron alguna`,
  };
}
