/**
 * Runs a scenario against the store: load the series (window and simulated months), calibrate,
 * simulate the scenario and the no-change baseline with the same draws, and summarise.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from './assumptions.js';
import { calibrate, type Estimates } from './calibrate.js';
import { DEMOGRAPHICS, GROUPS, INTO_MEXICO } from './groups.js';
import { loadCorridorSeries, storeMonthsOf, type CorridorSeries } from './inputs.js';
import { addMonth, monthIndex, underTitle42 } from './months.js';
import { borderStateFlows, differenceTable, scenarioPaths, type Actuals, type DifferenceRow, type Path, type StateFlows } from './outputs.js';
import type { Scenario } from './scenario-file.js';
import { simulate } from './simulate.js';
import { modelCard, type ScenarioModelCard } from './model-card.js';
import type { Calibration, Simulation } from './types.js';
import { buildRequest } from '../../store/query/request.js';
import { querySeries } from '../../store/query/series.js';

export const DEFAULT_HORIZON = 12;
export const DEFAULT_DRAWS = 200;
export const DEFAULT_SEED = 20210401;

export interface ScenarioRun {
  scenario: Scenario;
  window: { from: string; to: string };
  months: string[];
  draws: number;
  assumptions: Assumptions;
  estimates: Estimates;
  paths: Path[];
  states: StateFlows[];
  differences: DifferenceRow[];
  gaps: Calibration['gaps'];
  modelCard: ScenarioModelCard;
  sources: CorridorSeries['sources'];
}

/** Every month the model's two essential series (US encounters, Mexico's apprehensions) both exist. */
export async function availableWindow(conn: DuckDBConnection): Promise<{ from: string; to: string }> {
  const months = async (measure: string, where: string[]) => {
    try {
      const req = await buildRequest(conn, { measure, where, grain: 'month' });
      return (await querySeries(conn, req)).rows.filter((r) => r.complete && r.value !== null).map((r) => r.period.slice(0, 7));
    } catch (e) {
      if (e instanceof UsageError) return [];
      throw e;
    }
  };
  const mexico = await months('mx-presentados', ['geography=MX']);
  const us = new Set(await months('encounters', ['geography=US-SWB']));
  const both = mexico.filter((m) => us.has(m));
  if (!both.length) throw new UsageError(
    'the store has no month with both US southwest border encounters and Mexico\'s apprehensions (mx-presentados): run "corridor ingest" first',
    'el almacén no tiene ningún mes con encuentros en la frontera suroeste de EE. UU. y aprehensiones de México (mx-presentados) a la vez: ejecute primero "corridor ingest"',
  );
  return { from: both[0], to: both.at(-1)! };
}

export interface RunOptions {
  draws?: number;
  seed?: number;
}

export async function resolveWindow(conn: DuckDBConnection, scenario: Scenario): Promise<{ from: string; to: string }> {
  const c = scenario.calibration ?? {};
  if (c.from && c.to) return { from: c.from, to: c.to };
  const all = await availableWindow(conn);
  const window = { from: c.from ?? all.from, to: c.to ?? all.to };
  if (monthIndex(window.to) < monthIndex(window.from)) throw new UsageError(
    `the calibration window ${window.from} to ${window.to} is empty: the store has the needed series from ${all.from} to ${all.to}`,
    `la ventana de calibración ${window.from} a ${window.to} está vacía: el almacén tiene las series necesarias de ${all.from} a ${all.to}`,
  );
  return window;
}

export async function runScenario(conn: DuckDBConnection, scenario: Scenario, opts: RunOptions = {}): Promise<ScenarioRun> {
  // A lever outside the simulated months is refused before the calibration, not after it.
  const window = await resolveWindow(conn, scenario);
  checkLeverMonths(scenario, simulatedMonths(window.to, scenario.horizon ?? DEFAULT_HORIZON));
  return applyLevers(await prepareScenario(conn, scenario, opts), scenario);
}

/** The months a scenario simulates: the `horizon` months after the calibration window. */
export function simulatedMonths(windowTo: string, horizon: number): string[] {
  return Array.from({ length: horizon }, (_, h) => addMonth(windowTo, h + 1));
}

/**
 * A lever that starts after the last simulated month, or ends before the first, would change
 * nothing: it is refused, naming the lever, its month and the simulated months (a lever that
 * starts inside them and ends after them is fine).
 */
export function checkLeverMonths(scenario: Scenario, months: string[]): void {
  if (!months.length) return;
  const first = months[0];
  const last = months.at(-1)!;
  const span = `${first} to ${last}`;
  const spanEs = `${first} a ${last}`;
  for (const [id, r] of Object.entries(scenario.levers) as [string, { from: string; to?: string } | undefined][]) {
    if (!r) continue;
    if (monthIndex(r.from) > monthIndex(last)) {
      // A horizon long enough to reach the lever, where one is allowed (at most 36 months).
      const needed = monthIndex(r.from) - monthIndex(first) + 1;
      const longer = needed <= 36 ? { en: ` (or a "horizon" of at least ${needed} months)`, es: ` (o un "horizon" de al menos ${needed} meses)` } : { en: '', es: '' };
      throw new UsageError(
        `the lever ${id} starts in ${r.from} (levers.${id}.from), after the simulated months ${span}: it would change nothing; expected a "from" from ${first} to ${last}${longer.en}, found "${r.from}"`,
        `la palanca ${id} empieza en ${r.from} (levers.${id}.from), después de los meses simulados ${spanEs}: no cambiaría nada; se esperaba un "from" de ${first} a ${last}${longer.es}, se encontró "${r.from}"`,
      );
    }
    if (r.to !== undefined && monthIndex(r.to) < monthIndex(first)) throw new UsageError(
      `the lever ${id} ends in ${r.to} (levers.${id}.to), before the simulated months ${span}: it would change nothing; expected a "to" no earlier than ${first}, found "${r.to}"`,
      `la palanca ${id} termina en ${r.to} (levers.${id}.to), antes de los meses simulados ${spanEs}: no cambiaría nada; se esperaba un "to" no anterior a ${first}, se encontró "${r.to}"`,
    );
  }
}

export function runOnSeries(series: CorridorSeries, scenario: Scenario, window: { from: string; to: string }, opts: RunOptions = {}): ScenarioRun {
  return applyLevers(prepareOnSeries(series, scenario, window, opts), scenario);
}

/** Everything but the levers: the series, the calibration and the baseline. A page moving sliders reuses it. */
export interface PreparedScenario {
  window: { from: string; to: string };
  assumptions: Assumptions;
  calibration: Calibration;
  estimates: Estimates;
  base: Simulation;
  actuals: Actuals;
  sources: CorridorSeries['sources'];
}

export async function prepareScenario(conn: DuckDBConnection, scenario: Scenario, opts: RunOptions = {}): Promise<PreparedScenario> {
  const window = await resolveWindow(conn, scenario);
  const horizon = scenario.horizon ?? DEFAULT_HORIZON;
  const series = await loadCorridorSeries(conn, window.from, addMonth(window.to, horizon));
  try {
    return prepareOnSeries(series, scenario, window, opts);
  } catch (e) {
    // A window without enough data is explained with the months the whole store has, read only then.
    if (!(e instanceof UsageError)) throw e;
    return prepareOnSeries({ ...series, storeMonths: await storeMonthsOf(conn) }, scenario, window, opts);
  }
}

export function prepareOnSeries(series: CorridorSeries, scenario: Scenario, window: { from: string; to: string }, opts: RunOptions = {}): PreparedScenario {
  const assumptions = { ...DEFAULT_ASSUMPTIONS, ...(scenario.assumptions ?? {}) };
  const horizon = scenario.horizon ?? DEFAULT_HORIZON;
  const draws = opts.draws ?? DEFAULT_DRAWS;
  const { calibration, estimates } = calibrate(series, { from: window.from, to: window.to, horizon, draws, seed: opts.seed ?? DEFAULT_SEED, assumptions });
  return { window, assumptions, calibration, estimates, base: simulate(calibration), actuals: actualsFrom(series, calibration.months), sources: series.sources };
}

export function applyLevers(p: PreparedScenario, scenario: Scenario): ScenarioRun {
  checkLeverMonths(scenario, p.calibration.months);
  const sim = simulate(p.calibration, scenario.levers);
  return {
    scenario,
    window: p.window,
    months: p.calibration.months,
    draws: p.calibration.draws.length,
    assumptions: p.assumptions,
    estimates: p.estimates,
    paths: scenarioPaths(sim, p.base, p.actuals),
    states: borderStateFlows(sim, p.base),
    differences: differenceTable(sim, p.base),
    gaps: p.calibration.gaps,
    modelCard: modelCard(p.calibration, p.estimates, p.assumptions),
    sources: p.sources,
  };
}

/**
 * What the store observed in the simulated months, null where it has no comparable figure
 * (never 0 for a figure not published): a group a month's table lumps into "other countries"
 * has none; people sent into Mexico are the Title 42 expulsions of the groups Mexico accepts
 * under Title 42, and outside it what Mexico recorded receiving from the US in its northern
 * border states (INM, months complete in every state), else none.
 */
export function actualsFrom(series: CorridorSeries, months: string[]): Actuals {
  const at = months.map((m) => series.months.indexOf(m));
  const sum = (values: (number | null)[]) => (values.some((v) => v === null) ? null : Math.round(values.reduce<number>((s, v) => s + v!, 0)));
  const pickT = (t: number, f: (t: number) => number | null) => (t < 0 ? null : f(t));
  const lumped = (g: number, t: number) => (GROUPS[g] === 'OAM' || GROUPS[g] === 'ROW') && series.othersLumped?.[t] === true;
  const received = series.receivedFromUS;
  const intoMexico = (t: number): number | null => {
    if (underTitle42(series.months[t])) return sum(series.expelled.flatMap((row, g) => (INTO_MEXICO[g] ? row.map((d) => d[t]) : [])));
    // Non-Mexicans on the days INM's files have where a month misses days (a gap says so).
    return received ? sum([...received.mexicans.map((s) => s[t]), ...(received.nonMexicansRecorded ?? received.nonMexicans).map((s) => s[t])]) : null;
  };
  return {
    encounters: at.map((t) => pickT(t, (u) => sum(series.encounters.flatMap((row) => row.map((g) => g[u]))))),
    byGroup: GROUPS.map((_, g) => at.map((t) => pickT(t, (u) => (lumped(g, u) ? null : sum(series.encounters[g].map((d) => d[u])))))),
    byDemographic: DEMOGRAPHICS.map((_, d) => at.map((t) => pickT(t, (u) => sum(series.encounters.map((row) => row[d][u]))))),
    mexicoApprehensions: at.map((t) => pickT(t, (u) => series.mexicoApprehensions[u])),
    intoMexico: at.map((t) => pickT(t, intoMexico)),
  };
}
