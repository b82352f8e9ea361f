/**
 * Daily figures INM copies day by day (inm-ianami: US southwest border encounters, as INM
 * reports them, by component, Border Patrol sector or OFO field office and citizenship), for
 * nowcasting the months CBP has not published yet. The query engine answers months, fiscal and
 * calendar years only, so the days are read from the observation table of the latest
 * inm-ianami vintage: the rows whose demographic and authority are ALL (INM has no such
 * breakdown). For the southwest border every place and category is summed (Border Patrol
 * sectors, OFO field offices and CBP One appointments), which is what `corridor query --measure
 * inm-us-encounters --where geography=US-SWB` sums for a month; for one sector or field office
 * (the store's codes, e.g. USBP-RGV, OFO-SDO: the same as CBP's monthly tables by sector), its
 * own rows.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Dimension } from '../../../model/index.js';
import type { Said } from '../card-text.js';
import { rows } from '../../../store/open.js';

export const DAILY_SOURCE = 'inm-ianami';
export const DAILY_MEASURE = 'inm-us-encounters';
/** The components INM's daily copy names (its rows are USBP sectors and OFO field offices). */
const DAILY_COMPONENTS = ['USBP', 'OFO'];

async function dailyWhere(conn: DuckDBConnection, measure: string, citizenship: string, component?: string, place?: string): Promise<Map<string, number>> {
  const found = await rows<{ day: string; value: number }>(
    conn,
    `SELECT strftime(period, '%Y-%m-%d') AS day, sum(value) AS value FROM observations
      WHERE vintage_id = (SELECT max(id) FROM vintages WHERE source_id = ?) AND measure = ? AND grain = 'day'
        AND citizenship = ? AND demographic = 'ALL' AND authority = 'ALL' AND value IS NOT NULL
        ${component ? 'AND component = ?' : ''} ${place ? 'AND geography = ?' : ''}
      GROUP BY ALL ORDER BY day`,
    [DAILY_SOURCE, measure, citizenship, ...(component ? [component] : []), ...(place ? [place] : [])],
  );
  return new Map(found.map((r) => [r.day, Number(r.value)]));
}

/** The places INM's daily copy names (Border Patrol sectors and OFO field offices), each with its component. */
async function dailyPlaces(conn: DuckDBConnection): Promise<Map<string, string>> {
  const found = await rows<{ geography: string; component: string }>(
    conn,
    `SELECT DISTINCT geography, component FROM observations
      WHERE vintage_id = (SELECT max(id) FROM vintages WHERE source_id = ?) AND measure = ? AND grain = 'day'
      ORDER BY geography`,
    [DAILY_SOURCE, DAILY_MEASURE],
  );
  return new Map(found.map((r) => [r.geography, r.component]));
}

/** Day ('YYYY-MM-DD') → total, in date order. */
export function dailyTotals(conn: DuckDBConnection, measure = DAILY_MEASURE): Promise<Map<string, number>> {
  return dailyWhere(conn, measure, 'ALL');
}

/**
 * The days of INM's copy that match a monthly series of US southwest border encounters: the
 * same place (the whole border, or one Border Patrol sector or OFO field office INM names), component
 * (Border Patrol or OFO, or both) and citizenship (one, or all); `unsupported`, with the reason in
 * English and Spanish, when INM's copy has no such breakdown (another measure or place, a
 * demographic, an authority, a component the place does not have).
 */
export async function dailyFor(conn: DuckDBConnection, measure: string, keys: Partial<Record<Dimension, string>>): Promise<{ days: Map<string, number>; used: DailyOrigin[] } | { unsupported: Said }> {
  const outside: Said = {
    en: 'INM copies only CBP encounters at the southwest border (encounters, geography=US-SWB, or one of its Border Patrol sectors or OFO field offices, e.g. USBP-RGV, OFO-SDO)',
    es: 'el INM solo copia los encuentros de la CBP en la frontera suroeste (encounters, geography=US-SWB, o uno de sus sectores de la Patrulla Fronteriza u oficinas de campo de la OFO, p. ej. USBP-RGV, OFO-SDO)',
  };
  if (measure !== 'encounters' || keys.geography === undefined) return { unsupported: outside };
  const place = keys.geography === 'US-SWB' ? undefined : keys.geography;
  const placeComponent = place ? (await dailyPlaces(conn)).get(place) : undefined;
  if (place && !placeComponent) return { unsupported: outside };
  const other = Object.entries(keys).filter(([k, v]) => v !== undefined && !['geography', 'component', 'citizenship'].includes(k)).map(([k]) => k);
  if (other.length) return { unsupported: { en: `INM's daily copy has no breakdown by ${other.join(', ')}`, es: `la copia diaria del INM no tiene desglose por ${other.join(', ')}` } };
  if (keys.component !== undefined && !DAILY_COMPONENTS.includes(keys.component))
    return { unsupported: { en: `INM's daily copy names the components ${DAILY_COMPONENTS.join(' and ')}, not ${keys.component}`, es: `la copia diaria del INM nombra los componentes ${DAILY_COMPONENTS.join(' y ')}, no ${keys.component}` } };
  if (place && keys.component !== undefined && keys.component !== placeComponent)
    return { unsupported: { en: `INM's daily copy counts only ${placeComponent} at ${place}, not ${keys.component}`, es: `la copia diaria del INM solo cuenta ${placeComponent} en ${place}, no ${keys.component}` } };
  return { days: await dailyWhere(conn, DAILY_MEASURE, keys.citizenship ?? 'ALL', keys.component, place), used: await dailyVintages(conn) };
}

/** Where the daily figures come from: the source, vintage and dataset, for an answer's provenance. */
export interface DailyOrigin {
  source: string;
  vintage: number;
  dataset: string;
}

async function dailyVintages(conn: DuckDBConnection): Promise<DailyOrigin[]> {
  const found = await rows<{ vintage: number; dataset: string }>(
    conn,
    `SELECT DISTINCT vintage_id::INTEGER AS vintage, dataset_id AS dataset FROM observations
      WHERE vintage_id = (SELECT max(id) FROM vintages WHERE source_id = ?) AND measure = ? AND grain = 'day'
      ORDER BY dataset`,
    [DAILY_SOURCE, DAILY_MEASURE],
  );
  return found.map((r) => ({ source: DAILY_SOURCE, vintage: Number(r.vintage), dataset: r.dataset }));
}
