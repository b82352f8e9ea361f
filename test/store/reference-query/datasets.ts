/**
 * The published tables that hold a measure, as the query planner sees them: their
 * grain, completeness, codes per dimension, period range and which places their
 * geography adds up to. Read once per store state (see metadata.ts).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DIMENSIONS, type Dimension, type Grain } from '../../../src/model/index.js';
import { rows } from '../../../src/store/open.js';
import { storeMetadata, type StoreMetadata } from './metadata.js';
import type { DatasetInfo } from './plan.js';

export async function loadDatasets(conn: DuckDBConnection, measure: string, opts: { source?: string; vintage?: number } = {}): Promise<DatasetInfo[]> {
  const meta = await storeMetadata(conn);
  return meta.memo(`datasets|${measure}|${opts.source ?? ''}|${opts.vintage ?? ''}`, () => readDatasets(conn, meta, measure, opts));
}

async function readDatasets(conn: DuckDBConnection, meta: StoreMetadata, measure: string, opts: { source?: string; vintage?: number }): Promise<DatasetInfo[]> {
  const found = await rows<{ id: string; source: string; third: boolean; grain: Grain; complete: string[]; rounding: number; partial: string[]; vintage: number; stock: boolean }>(
    conn,
    `SELECT d.id, d.source_id AS source, s.third_party AS third, d.grain, d.complete, d.rounding, d.partial_periods AS partial, v.id AS vintage,
            coalesce(m.stock, false) AS stock
       FROM datasets d JOIN sources s ON s.id = d.source_id LEFT JOIN measures m ON m.id = d.measure
       JOIN vintages v ON v.source_id = d.source_id
      WHERE d.measure = ? AND v.id = coalesce(?, (SELECT max(id) FROM vintages WHERE source_id = d.source_id))
        AND (? IS NULL OR d.source_id = ?)`,
    [measure, opts.vintage ?? null, opts.source ?? null, opts.source ?? null],
  );
  if (found.length === 0) return [];
  const members = await rows<{ dataset_id: string; vintage_id: number; dimension: Dimension; value: string; first: string; last: string }>(
    conn,
    `SELECT dataset_id, vintage_id, dimension, value, strftime(first_period, '%Y-%m-%d') AS first, strftime(last_period, '%Y-%m-%d') AS last
       FROM dataset_members WHERE dataset_id IN (${found.map(() => '?').join(', ')})`,
    found.map((d) => d.id),
  );
  const ancestorsOf = meta.ancestorsOf;
  return found.map((d) => {
    const mine = Object.fromEntries(DIMENSIONS.map((dim) => [dim, new Set<string>()])) as Record<Dimension, Set<string>>;
    let first = '9999-12-31';
    let last = '0000-01-01';
    for (const m of members) {
      if (m.dataset_id !== d.id || m.vintage_id !== d.vintage) continue;
      mine[m.dimension].add(m.value);
      if (m.first < first) first = m.first;
      if (m.last > last) last = m.last;
    }
    return {
      firstPeriod: first,
      lastPeriod: last,
      id: d.id, source: d.source, thirdParty: d.third, grain: d.grain, complete: d.complete as Dimension[],
      rounding: d.rounding, partialPeriods: new Set(d.partial), stock: d.stock, vintage: d.vintage, members: mine,
      coversPlace: placeCoverage([...mine.geography], ancestorsOf),
      componentOf: meta.componentOf,
    };
  });
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
