/**
 * @module
 * Calibrated scenarios kept in memory for the API's routes: loading the series and
 * calibrating take a second or two, and depend on the store state, the calibration window,
 * the horizon, the assumptions and the number of draws, never on the levers. So moving a
 * lever only re-simulates. A few calibrations are kept, the oldest dropped first; a failed
 * one is forgotten so the next request tries again.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DEFAULT_DRAWS, prepareScenario, type PreparedScenario } from '../analysis/scenario/run.js';
import type { Scenario } from '../analysis/scenario/scenario-file.js';

export const MAX_PREPARED = 16;

/** `version` is the store's catalogue version (it changes whenever a source is loaded again). */
export type PrepareScenario = (version: string, scenario: Scenario, draws?: number) => Promise<PreparedScenario>;

/** A memoised prepareScenario over `conn`. */
export function preparedScenarios(conn: DuckDBConnection, max = MAX_PREPARED): PrepareScenario {
  const memo = new Map<string, Promise<PreparedScenario>>();
  return (version, scenario, draws = DEFAULT_DRAWS) => {
    const key = JSON.stringify([version, scenario.calibration ?? null, scenario.horizon ?? null, scenario.assumptions ?? null, draws]);
    let found = memo.get(key);
    if (!found) {
      found = prepareScenario(conn, scenario, { draws });
      found.catch(() => memo.delete(key));
      memo.set(key, found);
      while (memo.size > max) memo.delete(memo.keys().next().value!);
    }
    return found;
  };
}
