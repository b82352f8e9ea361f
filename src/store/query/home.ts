/**
 * The place a measure is counted in ("a measure knows its country"): INM's returns are
 * Mexico's, Border Patrol's encounters the United States'. A query with no place asks for
 * the default place when the measure has figures there, and otherwise for the measure's
 * home, so a Mexican measure is never silently filtered to the US. Read from the data:
 * the lowest place that holds every place the measure's tables report. The hierarchy is
 * read only when it is needed (a measure without US figures, or a refused place), from
 * memory when the server holds it (catalogue.ts), else from the store; a measure's home is
 * found once per store state.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
// DuckDB's client through open.ts's require: an ESM import of it lexes all its CommonJS files at every start.
import { duckdb, rows } from '../open.js';
import type { Ancestors } from './ancestors.js';
import { queryCatalogue } from './catalogue.js';
import type { DatasetInfo } from './plan.js';

/** A measure's tables (one list per store state, from the catalogue) → its home. */
const homes = new WeakMap<DatasetInfo[], Promise<string | undefined>>();

/** The lowest place that every geography member of the measure's tables sits under. */
export function homeOf(conn: DuckDBConnection, datasets: DatasetInfo[]): Promise<string | undefined> {
  let found = homes.get(datasets);
  if (!found) {
    found = queryCatalogue(conn).then((c) => {
      const ancestors = c.ancestors();
      return ancestors ? homeInMemory(ancestors, datasets) : readHome(conn, datasets);
    });
    homes.set(datasets, found);
    found.catch(() => homes.delete(datasets));
  }
  return found;
}

/** homeOf from the hierarchy in memory: the same rule as the statement below. */
function homeInMemory(ancestors: Ancestors, datasets: DatasetInfo[]): string | undefined {
  const members = [...new Set(datasets.flatMap((d) => [...d.members.geography]))];
  // The ancestors every member has, the deepest (most ancestors of its own) first, then by code.
  const count = new Map<string, number>();
  for (const m of members) for (const a of new Set(ancestors.get(m) ?? [])) count.set(a, (count.get(a) ?? 0) + 1);
  const common = [...count].filter(([a, n]) => n === members.length && ancestors.has(a)).map(([a]) => a);
  const depth = (a: string) => ancestors.get(a)!.length;
  return common.sort((a, b) => depth(b) - depth(a) || (a < b ? -1 : a > b ? 1 : 0))[0];
}

async function readHome(conn: DuckDBConnection, datasets: DatasetInfo[]): Promise<string | undefined> {
  const members = [...new Set(datasets.flatMap((d) => [...d.members.geography]))];
  if (members.length === 0) return undefined;
  // Common ancestors (place_ancestors holds each place with itself), the deepest first.
  const [lowest] = await rows<{ code: string }>(
    conn,
    `WITH m AS (SELECT DISTINCT unnest(?::VARCHAR[]) AS code),
          common AS (SELECT ancestor AS code FROM place_ancestors WHERE code IN (SELECT code FROM m)
                      GROUP BY ancestor HAVING count(DISTINCT code) = (SELECT count(*) FROM m))
     SELECT c.code FROM common c JOIN place_ancestors a ON a.code = c.code GROUP BY c.code ORDER BY count(*) DESC, c.code LIMIT 1`,
    [duckdb().listValue(members)],
  );
  return lowest?.code;
}

/** The place a query without one is asked for: `fallback` when some table answers for it, else the measure's home. */
export async function defaultPlace(conn: DuckDBConnection, datasets: DatasetInfo[], fallback: string): Promise<string> {
  if (datasets.some((d) => d.members.geography.has(fallback) || d.coversPlace(fallback))) return fallback;
  return (await homeOf(conn, datasets)) ?? fallback;
}

const outside = (measure: string, home: string, place: string) => ({
  en: `${measure} is counted in ${home} (its tables report places under ${home}); ${place} is not in ${home}`,
  es: `${measure} se cuenta en ${home} (sus tablas dan lugares dentro de ${home}); ${place} no está en ${home}`,
});

/**
 * Why a place a person asked for cannot be answered, when it lies outside the measure's
 * home: "inm-returns is counted in MX (its tables report places under MX); US-SWB is not in MX".
 */
export async function outsideHome(conn: DuckDBConnection, measure: string, places: string[], datasets: DatasetInfo[]): Promise<{ en: string; es: string } | undefined> {
  const home = await homeOf(conn, datasets);
  if (!home) return undefined;
  const ancestors = (await queryCatalogue(conn)).ancestors();
  for (const place of places) {
    if (ancestors) {
      if (!(ancestors.get(place) ?? []).includes(home) && place !== home) return outside(measure, home, place);
      continue;
    }
    const [inside] = await rows<{ n: number }>(conn, 'SELECT count(*) AS n FROM place_ancestors WHERE code = ? AND ancestor = ?', [place, home]);
    if (Number(inside.n) === 0 && place !== home) return outside(measure, home, place);
  }
  return undefined;
}
