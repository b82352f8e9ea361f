/**
 * bench/scenario: how long a scenario takes, stage by stage: loading the series from the store,
 * calibrating (bootstrap draws), and re-simulating with new levers, which is what the page does
 * on every slider move (budget: 100 ms). Also the size of the calibration the API sends.
 *   CORRIDOR_DB=path/to/loaded.duckdb npx tsx bench/scenario.ts
 */
import { cpus, totalmem } from 'node:os';
import { DEFAULT_ASSUMPTIONS } from '../src/analysis/scenario/assumptions.js';
import { calibrate } from '../src/analysis/scenario/calibrate.js';
import { loadCorridorSeries } from '../src/analysis/scenario/inputs.js';
import { addMonth } from '../src/analysis/scenario/months.js';
import { bandsOf, borderStateFlows, scenarioPaths } from '../src/analysis/scenario/outputs.js';
import { resolveWindow } from '../src/analysis/scenario/run.js';
import { resolveScenario } from '../src/analysis/scenario/scenario-file.js';
import { simulate } from '../src/analysis/scenario/simulate.js';
import { encodeCalibration } from '../src/analysis/scenario/transport.js';
import { createApp } from '../src/api/app.js';
import { openStore, storePath } from '../src/store/open.js';

const RUNS = Number(process.env.RUNS ?? 20);
const store = await openStore(storePath(), { readOnly: true });
const scenario = resolveScenario(process.env.SCENARIO ?? 'seed-2021-04');
const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = async (fn: () => unknown | Promise<unknown>, runs: number) => {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return { p50: p50(out), max: Math.max(...out) };
};
console.log(`machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; scenario ${scenario.name}; ${RUNS} runs per step`);
const window = await resolveWindow(store.conn, scenario);
const horizon = scenario.horizon ?? 12;
let series = await loadCorridorSeries(store.conn, window.from, addMonth(window.to, horizon));
const load = await time(async () => (series = await loadCorridorSeries(store.conn, window.from, addMonth(window.to, horizon))), 3);
console.log(`load series ${window.from}..${addMonth(window.to, horizon)}: p50 ${load.p50.toFixed(0)} ms, max ${load.max.toFixed(0)} ms`);
for (const draws of [200, 500]) {
  let cal = calibrate(series, { ...window, horizon, draws, seed: 1, assumptions: DEFAULT_ASSUMPTIONS }).calibration;
  const c = await time(() => (cal = calibrate(series, { ...window, horizon, draws, seed: 1, assumptions: DEFAULT_ASSUMPTIONS }).calibration), 3);
  const base = simulate(cal);
  const redraw = await time(() => {
    const sim = simulate(cal, scenario.levers);
    scenarioPaths(sim, base);
    borderStateFlows(sim, base);
  }, RUNS);
  const simOnly = await time(() => bandsOf(simulate(cal, scenario.levers), 'encounters'), RUNS);
  const bytes = Buffer.byteLength(JSON.stringify(encodeCalibration(cal)));
  console.log(`${draws} draws: calibrate p50 ${c.p50.toFixed(0)} ms; simulate + encounters band p50 ${simOnly.p50.toFixed(1)} ms; redraw (simulate + all paths and states) p50 ${redraw.p50.toFixed(1)} ms, max ${redraw.max.toFixed(1)} ms (budget 100 ms: ${redraw.p50 < 100 ? 'within' : 'OVER'}); calibration sent to the page ${(bytes / 1024).toFixed(0)} KiB`);
}
// What the page waits for when a slider moves: GET /api/scenario with new levers, in-process (no network, no answer cache).
const app = createApp({ conn: store.conn, cache: false });
const ask = async (value: number) => (await app.request(`/api/scenario?name=${scenario.name}&levers=${encodeURIComponent(JSON.stringify({ ...scenario.levers, enforcementSouth: { value, from: addMonth(window.to, 1) } }))}`)).text();
await ask(1.01);
let k = 0;
const http = await time(() => ask(1.1 + (k++ % 190) / 100), RUNS);
console.log(`GET /api/scenario with new levers (calibration in memory, 200 draws): p50 ${http.p50.toFixed(0)} ms, max ${http.max.toFixed(0)} ms (budget 100 ms: ${http.p50 < 100 ? 'within' : 'OVER'})`);
store.close();
