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
 *
 * The top places are found by plain equality joins: a table's places that have an
 * ancestor among the same table's places (`covered`) are taken away from its places.
 * Written before as a correlated `NOT EXISTS`, DuckDB unnested it by pairing each place
 * with every other place of its table before looking at the ancestors: 119 million pairs
 * for INEGI's tables of 11,000-15,000 localities, 13-65 s for a cold page
 * (bench/api-coverage.ts; the answers are the same, test/api/coverage.test.ts).
 */
export async function listCoverage(conn: DuckDBConnection, filter: CoverageFilter, maxCodes: number, page: CoveragePage): Promise<CoverageRow[]> {
  return rows<CoverageRow>(conn, COVERAGE_SQL, [...filterParams(filter), page.limit, page.offset, maxCodes, maxCodes]);
}

const COVERAGE_SQL = `WITH page AS (SELECT * FROM (${SELECTED}) ORDER BY id LIMIT ? OFFSET ?),
     m AS MATERIALIZED (
       SELECT d.id AS dataset, d.source_id AS source, d.title_en, coalesce(d.title_es, d.title_en) AS title_es, d.measure, d.grain, d.rounding,
              dm.dimension, dm.value, dm.first_period, dm.last_period
         FROM page p JOIN datasets d ON d.id = p.id
         JOIN dataset_members dm ON dm.dataset_id = p.id AND dm.vintage_id = p.vintage),
     geo AS MATERIALIZED (SELECT dataset, value FROM m WHERE dimension = 'geography'),
     up AS MATERIALIZED (
       SELECT g.dataset, g.value, a.ancestor FROM geo g JOIN place_ancestors a ON a.code = g.value
        WHERE a.ancestor <> g.value),
     covered AS (
       SELECT DISTINCT u.dataset, u.value FROM up u
         SEMI JOIN geo h ON h.dataset = u.dataset AND h.value = u.ancestor),
     tops AS (
       SELECT g.dataset, list(g.value ORDER BY g.value) AS tops FROM geo g
         ANTI JOIN covered c ON c.dataset = g.dataset AND c.value = g.value
        GROUP BY g.dataset),
     agg AS (
       SELECT dataset, source, title_en, title_es, measure, grain, rounding, dimension, count(*) AS n,
              list(value ORDER BY value)[1:?] AS codes,
              min(first_period) AS first_period, max(last_period) AS last_period
         FROM m GROUP BY ALL)
     SELECT a.dataset, a.source, a.title_en, a.title_es, a.measure, a.grain, a.rounding, a.dimension, a.n, a.codes,
            CASE WHEN a.dimension = 'geography' THEN t.tops[1:?] END AS tops,
            strftime(a.first_period, '%Y-%m-%d') AS first_period, strftime(a.last_period, '%Y-%m-%d') AS last_period
       FROM agg a LEFT JOIN tops t ON t.dataset = a.dataset
      ORDER BY a.dataset, a.dimension`;
