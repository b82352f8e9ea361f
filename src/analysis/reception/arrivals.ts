/**
 * Weekly arrivals from the US at Mexico's northern border states, from INM's daily files
 * in the store (newest vintage of inm-ianami; unofficial and provisional): Mexicans
 * received (adults, minors, unaccompanied minors) and non-Mexicans received (adults,
 * minors, summed over nationalities). Weeks run Monday to Sunday; only complete weeks are
 * kept: from the first Monday on or after the first day the files report (they start on a
 * Tuesday, 1 October 2024: the week of 30 September lacks its Monday) to the last week wholly
 * before their last day (a day with no row counts as none received, as the files publish
 * only days with something to report).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import { rows } from '../../store/open.js';

export interface StateWeeks {
  state: string;
  adults: number[];
  /** Minors travelling with family: Mexican minors less the unaccompanied, plus all non-Mexican minors. */
  accompaniedMinors: number[];
  unaccompaniedMinors: number[];
}

export interface ReceivedWeeks {
  /** Mondays of the complete weeks, oldest first. */
  weeks: string[];
  /** The first and last day the files report. */
  firstDay: string;
  lastDay: string;
  /** By state code: the query sorts by state too, so every run lists them in one order (and the plan's demand follows it). */
  states: StateWeeks[];
  source: string;
}

const NORTHERN = ['MX-02', 'MX-26', 'MX-08', 'MX-05', 'MX-19', 'MX-28'];

export async function receivedWeeks(conn: DuckDBConnection): Promise<ReceivedWeeks> {
  const found = await rows<{ week: string; state: string; measure: string; demographic: string; value: number; first_day: string; last_day: string; vintage: number }>(
    conn,
    `WITH v AS (SELECT max(id) AS id FROM vintages WHERE source_id = 'inm-ianami'),
          o AS (SELECT * FROM observations WHERE vintage_id = (SELECT id FROM v)
                 AND dataset_id IN ('inm-ianami/mexicans-received', 'inm-ianami/foreigners-received')
                 AND category = 'ALL' AND demographic IN ('ADULTS', 'MINORS', 'UC')
                 AND geography IN (${NORTHERN.map(() => '?').join(', ')}))
     SELECT strftime(date_trunc('week', period), '%Y-%m-%d') AS week, geography AS state, measure, demographic,
            sum(value) AS value, (SELECT strftime(min(period), '%Y-%m-%d') FROM o) AS first_day, (SELECT strftime(max(period), '%Y-%m-%d') FROM o) AS last_day, (SELECT id FROM v) AS vintage
       FROM o GROUP BY ALL ORDER BY week, state, measure, demographic`,
    NORTHERN,
  );
  if (found.length === 0) throw new UsageError(
    'the store has no INM arrivals from the US (source inm-ianami): run "corridor ingest --only inm-ianami", or give arrivals with --scenario FILE',
    'el almacén no tiene llegadas del INM desde EE. UU. (fuente inm-ianami): ejecute "corridor ingest --only inm-ianami", o dé las llegadas con --scenario FILE',
  );
  const lastDay = found[0].last_day;
  const firstDay = found[0].first_day;
  // A first week the files start after its Monday is partial: its arrivals would read low.
  const first = found[0].week === firstDay ? firstDay : new Date(Date.parse(`${found[0].week}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  const weeks: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); new Date(t + 6 * 86_400_000).toISOString().slice(0, 10) <= lastDay; t += 7 * 86_400_000) {
    weeks.push(new Date(t).toISOString().slice(0, 10));
  }
  const index = new Map(weeks.map((w, i) => [w, i]));
  const byState = new Map<string, StateWeeks>();
  for (const r of found) {
    const i = index.get(r.week);
    if (i === undefined) continue;
    const s = byState.get(r.state) ?? { state: r.state, adults: weeks.map(() => 0), accompaniedMinors: weeks.map(() => 0), unaccompaniedMinors: weeks.map(() => 0) };
    byState.set(r.state, s);
    const v = Number(r.value ?? 0);
    if (r.demographic === 'ADULTS') s.adults[i] += v;
    else if (r.demographic === 'UC') {
      s.unaccompaniedMinors[i] += v;
      s.accompaniedMinors[i] -= v; // UC are inside the Mexican minors
    } else s.accompaniedMinors[i] += v; // MINORS
  }
  return { weeks, firstDay, lastDay, states: [...byState.values()], source: `inm-ianami vintage ${found[0].vintage}` };
}
