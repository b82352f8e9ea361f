/**
 * @module
 * What each published table holds, from `dataset_members` (fixed SQL; the optional
 * measure and source are passed as parameters).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from '../../store/open.js';

export interface CoverageRow {
  dataset: string;
  source: string;
  title_en: string;
  title_es: string;
  measure: string;
  grain: string;
  rounding: number;
  dimension: string;
  n: number;
  codes: string[];
  tops: string[] | null;
  first_period: string | null;
  last_period: string | null;
}

export interface CoverageFilter {
  measure?: string;
  source?: string;
}

/** One page of tables, in id order: `offset` tables skipped, at most `limit` returned. */
export interface CoveragePage {
  limit: number;
  offset: number;
}

/** The tables a filter selects: those of their source's latest vintage that have members. */
const SELECTED = `WITH latest AS (SELECT source_id, max(id) AS vintage FROM vintages GROUP BY source_id)
  SELECT d.id, l.vintage FROM datasets d JOIN latest l ON l.source_id = d.source_id
   WHERE (?::VARCHAR IS NULL OR d.measure = ?) AND (?::VARCHAR IS NULL OR d.source_id = ?)
     AND EXISTS (SELECT 1 FROM dataset_members dm WHERE dm.dataset_id = d.id AND dm.vintage_id = l.vintage)`;

const filterParams = (f: CoverageFilter): unknown[] => [f.measure ?? null, f.measure ?? null, f.source ?? null, f.source ?? null];

/** How many tables the filter selects (all pages together). */
export async function countCoverage(conn: DuckDBConnection, filter: CoverageFilter): Promise<number> {
  const [r] = await rows<{ n: bigint | number }>(conn, `SELECT count(*) AS n FROM (${SELECTED})`, filterParams(filter));
  return Number(r?.n ?? 0);
}

/**
 * What each table of the latest vintage of its source holds: per dimension, how many
 * codes and the first `maxCodes` of them; for geography also its top places (those
 * with no ancestor in the table). Optionally only one measure or one source. Only the
 * page's tables are read from `dataset_members`, so a page costs the same however many
 * tables the store holds (at 100x the whole list was 15,100 tables and 14.7 MB of JSON).
 */
export async function listCoverage(conn: DuckDBConnection, filter: CoverageFilter, maxCodes: number, page: CoveragePage): Promise<CoverageRow[]> {
  return rows<CoverageRow>(
    conn,
    `WITH page AS (SELECT * FROM (${SELECTED}) ORDER BY id LIMIT ? OFFSET ?),
     m AS (
       SELECT d.id AS dataset, d.source_id AS source, d.title_en, coalesce(d.title_es, d.title_en) AS title_es, d.measure, d.grain, d.rounding,
              dm.dimension, dm.value, dm.first_period, dm.last_period
         FROM page p JOIN datasets d ON d.id = p.id
         JOIN dataset_members dm ON dm.dataset_id = p.id AND dm.vintage_id = p.vintage),
     tops AS (
       SELECT g.dataset, g.value FROM m g
        WHERE g.dimension = 'geography' AND NOT EXISTS (
          SELECT 1 FROM place_ancestors a JOIN m h ON h.dataset = g.dataset AND h.dimension = 'geography' AND h.value = a.ancestor
           WHERE a.code = g.value AND a.ancestor <> g.value))
     SELECT dataset, source, title_en, title_es, measure, grain, rounding, dimension, count(*) AS n,
            list(value ORDER BY value)[1:?] AS codes,
            CASE WHEN dimension = 'geography' THEN (SELECT list(t.value ORDER BY t.value)[1:?] FROM tops t WHERE t.dataset = m.dataset) END AS tops,
            strftime(min(first_period), '%Y-%m-%d') AS first_period, strftime(max(last_period), '%Y-%m-%d') AS last_period
       FROM m GROUP BY ALL ORDER BY dataset, dimension`,
    [...filterParams(filter), page.limit, page.offset, maxCodes, maxCodes],
  );
}
