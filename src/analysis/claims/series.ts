/**
 * Fetches the series a claim is about through the store's query engine (buildRequest,
 * querySeries): for each period the best source, with its completeness and rounding.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import { buildRequest } from '../../store/query/request.js';
import { querySeries, type SeriesRow } from '../../store/query/series.js';
import { DEFINITIONS } from './definitions.js';
import type { Dimension } from '../../model/index.js';
import type { Bilingual, DefinitionId, Grain, Point, Subject } from './types.js';

export interface Series {
  definition: DefinitionId;
  grain: Grain;
  points: Point[];
  /** With a breakdown: the codes of each point (same order as points). */
  keys: Partial<Record<Dimension, string>>[];
  /** Why no table could answer, when none could, in both languages (the query engine gives both). */
  missing?: Bilingual;
}

export function toPoint(r: SeriesRow): Point {
  return {
    period: r.period,
    grain: r.grain as Grain,
    value: r.value === null ? null : Number(r.value),
    complete: r.complete,
    parts: r.parts,
    expectedParts: r.expectedParts,
    source: r.source,
    dataset: r.dataset,
    vintage: r.vintage,
    rounding: r.rounding,
    cells: r.cells,
  };
}

export function whereOf(subject: Subject, definition: DefinitionId): string[] {
  return [
    ...(subject.geography ? [`geography=${subject.geography}`] : []),
    ...Object.entries(subject.filters).map(([dim, code]) => `${dim}=${code}`),
    ...DEFINITIONS[definition].where.filter((w) => !Object.keys(subject.filters).includes(w.split('=')[0])),
  ];
}

export async function fetchSeries(conn: DuckDBConnection, subject: Subject, definition: DefinitionId, grain: Grain, by?: Dimension, source?: string): Promise<Series> {
  try {
    const req = await buildRequest(conn, { measure: subject.measure, where: whereOf(subject, definition), grain, by: by ? [by] : undefined, source });
    const result = await querySeries(conn, req);
    const points = result.rows.map(toPoint);
    const keys = result.rows.map((r) => r.keys);
    const refused = result.considered.filter((c) => !c.answer).slice(0, 3);
    const reasons = (es: boolean) => refused.map((c) => `${c.dataset}: ${(es ? c.reason_es : undefined) ?? c.reason}`).join('; ');
    const missing = { en: reasons(false) || 'no figures', es: reasons(true) || 'sin cifras' };
    return { definition, grain, points, keys, missing: points.length ? undefined : missing };
  } catch (e) {
    if (e instanceof UsageError) return { definition, grain, points: [], keys: [], missing: { en: e.message, es: e.es ?? e.message } };
    throw e;
  }
}

/** Memoises series by subject, definition, grain and breakdown within one check. */
export function seriesCache(conn: DuckDBConnection) {
  const cache = new Map<string, Promise<Series>>();
  return (subject: Subject, definition: DefinitionId, grain: Grain, by?: Dimension): Promise<Series> => {
    const key = JSON.stringify([subject.measure, subject.geography, subject.filters, definition, grain, by]);
    if (!cache.has(key)) cache.set(key, fetchSeries(conn, subject, definition, grain, by));
    return cache.get(key)!;
  };
}
