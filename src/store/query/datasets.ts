/**
 * The published tables that hold a measure, as the query planner sees them: their
 * grain, completeness, codes per dimension, period range and which places their
 * geography adds up to. Read once per store state (see catalogue.ts).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DIMENSIONS, LEVEL_COMPONENT, type Dimension, type GeoLevel, type Grain } from '../../model/index.js';
// DuckDB's client through open.ts's require: an ESM import of it lexes all its CommonJS files at every start.
import { duckdb, rows } from '../open.js';
import type { DatasetInfo } from './plan.js';

/** The place hierarchy as the store holds it (place_ancestors). */
export interface PlaceHierarchy {
  /** A place and all its ancestors (the place itself included, even when the store does not know it). */
  ancestorsOf(code: string): Set<string>;
  /** Whether the store lists `ancestor` among the ancestors of `code` (a place is its own). */
  holds(ancestor: string, code: string): boolean;
  /** The one component a place's figures belong to, by its level (LEVEL_COMPONENT), for the places read; else undefined. */
  componentOf(code: string): string | undefined;
}

export interface DatasetFilter {
  source?: string;
  vintage?: number;
}

/** The tables of one measure (or of every measure), by measure, with their codes per dimension. */
export async function readDatasets(conn: DuckDBConnection, opts: DatasetFilter & { measure?: string }): Promise<Map<string, DatasetInfo[]>> {
  const found = await rows<{
    id: string; source: string; third: boolean; measure: string; grain: Grain; complete: string[]; rounding: number; partial: string[]; vintage: number; stock: boolean;
    dimension: Dimension | null; value: string | null; first: string | null; last: string | null;
  }>(
    conn,
    `WITH found AS (
       SELECT d.id, d.source_id AS source, s.third_party AS third, d.measure, d.grain, d.complete, d.rounding, d.partial_periods AS partial, v.id AS vintage,
              coalesce(m.stock, false) AS stock
         FROM datasets d JOIN sources s ON s.id = d.source_id LEFT JOIN measures m ON m.id = d.measure
         JOIN vintages v ON v.source_id = d.source_id
        WHERE (?::VARCHAR IS NULL OR d.measure = ?) AND v.id = coalesce(?, (SELECT max(id) FROM vintages WHERE source_id = d.source_id))
          AND (?::VARCHAR IS NULL OR d.source_id = ?))
     SELECT f.*, dm.dimension, dm.value, strftime(dm.first_period, '%Y-%m-%d') AS first, strftime(dm.last_period, '%Y-%m-%d') AS last
       FROM found f LEFT JOIN dataset_members dm ON dm.dataset_id = f.id AND dm.vintage_id = f.vintage`,
    [opts.measure ?? null, opts.measure ?? null, opts.vintage ?? null, opts.source ?? null, opts.source ?? null],
  );
  const byId = new Map<string, { info: Omit<DatasetInfo, 'coversPlace' | 'placesUnder' | 'componentOf'>; measure: string }>();
  for (const r of found) {
    let entry = byId.get(r.id);
    if (!entry) {
      entry = {
        measure: r.measure,
        info: {
          firstPeriod: '9999-12-31',
          lastPeriod: '0000-01-01',
          id: r.id, source: r.source, thirdParty: r.third, grain: r.grain, complete: r.complete as Dimension[],
          rounding: r.rounding, partialPeriods: new Set(r.partial), stock: r.stock, vintage: r.vintage,
          members: Object.fromEntries(DIMENSIONS.map((dim) => [dim, new Set<string>()])) as Record<Dimension, Set<string>>,
        },
      };
      byId.set(r.id, entry);
    }
    if (r.dimension === null || r.value === null) continue;
    entry.info.members[r.dimension].add(r.value);
    if (r.first !== null && r.first < entry.info.firstPeriod) entry.info.firstPeriod = r.first;
    if (r.last !== null && r.last > entry.info.lastPeriod) entry.info.lastPeriod = r.last;
  }
  const places = await readHierarchy(conn, [...new Set([...byId.values()].flatMap(({ info }) => [...info.members.geography]))]);
  const out = new Map<string, DatasetInfo[]>();
  for (const { info, measure } of byId.values()) {
    const list = out.get(measure) ?? [];
    const geography = [...info.members.geography];
    // Which of the table's places each place holds, for every place at once on first use.
    let under: Map<string, string[]> | undefined;
    const placesUnder = (code: string) => {
      if (!under) {
        under = new Map();
        for (const m of geography) {
          for (const a of places.ancestorsOf(m)) {
            if (!places.holds(a, m)) continue;
            const list = under.get(a);
            if (list) list.push(m);
            else under.set(a, [m]);
          }
        }
      }
      return under.get(code) ?? [];
    };
    list.push({ ...info, coversPlace: placeCoverage(geography, places.ancestorsOf), placesUnder, componentOf: places.componentOf });
    out.set(measure, list);
  }
  return out;
}

/**
 * The part of the place hierarchy some places need: their ancestors, and the ancestors
 * of those (which places a table adds up to compares them), with the component each of
 * them belongs to by its level (every place a table can answer for is among them).
 */
async function readHierarchy(conn: DuckDBConnection, codes: string[]): Promise<PlaceHierarchy> {
  const stored = new Map<string, Set<string>>();
  const components = new Map<string, string>();
  if (codes.length) {
    const found = await rows<{ code: string; ancestors: string[]; level: string | null }>(
      conn,
      `WITH mine AS (SELECT unnest(?::VARCHAR[]) AS code),
            up AS (SELECT DISTINCT ancestor AS code FROM place_ancestors WHERE code IN (SELECT code FROM mine))
       SELECT pa.code, list(pa.ancestor) AS ancestors, any_value(p.level) AS level
         FROM place_ancestors pa LEFT JOIN places p ON p.code = pa.code
        WHERE pa.code IN (SELECT code FROM mine UNION SELECT code FROM up) GROUP BY pa.code`,
      [duckdb().listValue(codes)],
    );
    for (const r of found) {
      stored.set(r.code, new Set(r.ancestors));
      const component = r.level === null ? undefined : LEVEL_COMPONENT[r.level as GeoLevel];
      if (component !== undefined) components.set(r.code, component);
    }
  }
  const withSelf = new Map<string, Set<string>>();
  return {
    componentOf: (code) => components.get(code),
    ancestorsOf: (code) => {
      let set = withSelf.get(code);
      if (!set) withSelf.set(code, (set = new Set([code, ...(stored.get(code) ?? [])])));
      return set;
    },
    holds: (ancestor, code) => stored.get(code)?.has(ancestor) ?? false,
  };
}

/**
 * Which places a table's complete geography breakdown adds up to. Its places add up to
 * the lowest place that holds them all (the southwest border for its sectors) and can be
 * summed for any place below that; not for one above it (the sectors of one border are
 * not the whole country).
 */
export function placeCoverage(members: string[], ancestorsOf: (code: string) => Set<string>): (place: string) => boolean {
  const sets = members.map(ancestorsOf);
  const common = sets.length ? [...sets[0]].filter((a) => sets.every((x) => x.has(a))) : [];
  const tooWide = new Set(common.filter((a) => common.some((b) => b !== a && ancestorsOf(b).has(a))));
  const reachable = new Set(sets.flatMap((x) => [...x]));
  return (place) => reachable.has(place) && !tooWide.has(place);
}
