/**
 * @module
 * Places (with their level, parent and coordinates) and the stored shapes of
 * places, read with fixed SQL: the only input is a list of values, each passed as
 * a parameter (the SQL has one `?` per value, never the value itself).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from '../../store/open.js';

export interface PlaceRow {
  code: string;
  level: string;
  label_en: string;
  label_es: string;
  parent: string | null;
  lat: number | null;
  lon: number | null;
}

export interface PlaceFilter {
  levels?: string[];
  parents?: string[];
  codes?: string[];
}

/** `column IN (?, ?, ...)` for a list of values, or nothing when the list is empty. */
function inList(column: string, values: string[] | undefined, params: unknown[]): string[] {
  if (!values?.length) return [];
  params.push(...values);
  return [`${column} IN (${values.map(() => '?').join(', ')})`];
}

export async function listPlaces(conn: DuckDBConnection, filter: PlaceFilter, limit: number): Promise<PlaceRow[]> {
  const params: unknown[] = [];
  const where = [...inList('level', filter.levels, params), ...inList('parent', filter.parents, params), ...inList('code', filter.codes, params)];
  params.push(limit);
  return rows<PlaceRow>(
    conn,
    `SELECT code, level, label_en, coalesce(label_es, label_en) AS label_es, parent, lat, lon
       FROM places ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY code LIMIT ?`,
    params,
  );
}

export interface ShapeRow {
  code: string;
  level: string | null;
  label_en: string | null;
  label_es: string | null;
  source: string;
  geometry: string;
}

/** Every stored shape with the labels of its place. */
export async function listShapes(conn: DuckDBConnection): Promise<ShapeRow[]> {
  return rows<ShapeRow>(
    conn,
    `SELECT s.code, p.level, p.label_en, coalesce(p.label_es, p.label_en) AS label_es, s.source_id AS source, CAST(s.geometry AS VARCHAR) AS geometry
       FROM place_shapes s LEFT JOIN places p ON p.code = s.code
      ORDER BY s.code`,
  );
}
