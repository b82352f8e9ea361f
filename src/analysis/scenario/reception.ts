/**
 * What the reception planner reads from a scenario: for each of Mexico's six northern border
 * states, month by month, the people the US sends back into it (all, and non-Mexicans) and the
 * people waiting there at the end of the month, each as a median with 80% and 95% bands, for
 * the scenario and the no-change baseline. Events, not people, as the encounters are.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { StateFlows } from './outputs.js';
import { runScenario, type RunOptions } from './run.js';
import { resolveScenario, type Scenario } from './scenario-file.js';

export type { Band, StateFlows } from './outputs.js';

export interface BorderStateOutlook {
  scenario: string;
  /** Calibration window and simulated months, 'YYYY-MM'. */
  window: { from: string; to: string };
  months: string[];
  states: StateFlows[];
}

/** A shipped scenario by name, a scenario file's path, or a parsed scenario. */
export async function borderStateOutlook(conn: DuckDBConnection, scenario: Scenario | string, opts: RunOptions = {}): Promise<BorderStateOutlook> {
  const s = typeof scenario === 'string' ? resolveScenario(scenario) : scenario;
  const run = await runScenario(conn, s, opts);
  return { scenario: s.name, window: run.window, months: run.months, states: run.states };
}
