/**
 * Daily totals of a measure INM copies day by day (inm-ianami: US southwest border
 * encounters, as INM reports them), for nowcasting the month CBP has not published yet.
 * The query engine answers months, fiscal and calendar years only, so the days are read
 * from the observation table of the latest inm-ianami vintage: the rows whose citizenship,
 * demographic and authority are ALL (the source's totals, not its breakdowns), every place
 * and category summed (Border Patrol sectors, OFO field offices and CBP One appointments),
 * which is what `corridor query --measure inm-us-encounters --where geography=US-SWB` sums
 * for a month.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from '../../../store/open.js';

export const DAILY_SOURCE = 'inm-ianami';

/** Day ('YYYY-MM-DD') → total, in date order. */
export async function dailyTotals(conn: DuckDBConnection, measure = 'inm-us-encounters'): Promise<Map<string, number>> {
  const found = await rows<{ day: string; value: number }>(
    conn,
    `SELECT strftime(period, '%Y-%m-%d') AS day, sum(value) AS value FROM observations
      WHERE vintage_id = (SELECT max(id) FROM vintages WHERE source_id = ?) AND measure = ? AND grain = 'day'
        AND citizenship = 'ALL' AND demographic = 'ALL' AND authority = 'ALL' AND value IS NOT NULL
      GROUP BY ALL ORDER BY day`,
    [DAILY_SOURCE, measure],
  );
  return new Map(found.map((r) => [r.day, Number(r.value)]));
}
