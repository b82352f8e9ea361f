/**
 * bench/forecast-arima: how long one automatic ARIMA fit takes (fit + 12-month forecast with
 * 80% and 95% intervals) on the southwest border's monthly series (Border Patrol from FY2000,
 * all CBP, OFO) as corridor fits them: on the training window (window.ts) at an origin every
 * 6 months of each series, on logs when the window is positive. Target (issue 13): under 50 ms
 * a fit. Variants:
 * - corridor: ARIMA_SEARCH (restricted stepwise search by CSS, the CSS fit kept);
 * - the same search refitted by exact maximum likelihood (corridor's search before, refit: true);
 * - auto.arima's defaults (the full search, as R; on every 4th window only: seconds a fit).
 * Times are CPU time of this process (the machine is shared; wall time is printed beside).
 *
 *   CORRIDOR_DB=path/to/corridor.duckdb npx tsx bench/forecast-arima.ts
 */
import { createArimaModel, type ForecastModel } from '@corridor/forecast';
import { cpus, loadavg } from 'node:os';
import { ARIMA_SEARCH } from '../src/analysis/forecast/arima-search.js';
import { addMonths } from '../src/analysis/forecast/months.js';
import { extractSeries } from '../src/analysis/forecast/series.js';
import { trainingWindow } from '../src/analysis/forecast/window.js';
import { openStore } from '../src/store/open.js';

if (!process.env.CORRIDOR_DB) {
  console.error('set CORRIDOR_DB to a loaded store');
  process.exit(2);
}
const s = await openStore(process.env.CORRIDOR_DB, { readOnly: true });
const windows: { id: string; values: number[]; log: boolean }[] = [];
for (const where of [['component=USBP', 'geography=US-SWB'], ['geography=US-SWB'], ['component=OFO', 'geography=US-SWB']]) {
  const [x] = await extractSeries(s.conn, { measure: 'encounters', where } as Parameters<typeof extractSeries>[1]);
  for (let o = x.values.length - 2; o >= 35; o -= 6) {
    const w = trainingWindow(x.start, x.values.slice(0, o + 1), {});
    windows.push({ id: `${x.id} @${addMonths(x.start, o)}`, values: w.values, log: w.log });
  }
}
s.close();

const variants: [string, ForecastModel, number][] = [
  ['corridor (ARIMA_SEARCH: CSS search, CSS fit kept)', createArimaModel(ARIMA_SEARCH), 1],
  ['same search, refit by maximum likelihood (before)', createArimaModel({ ...ARIMA_SEARCH, refit: true }), 1],
  ["auto.arima's defaults (full search, as R)", createArimaModel(), 4],
];
const q = (v: number[], p: number) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor(p * v.length))];
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`${windows.length} training windows (${Math.min(...windows.map((w) => w.values.length))}-${Math.max(...windows.map((w) => w.values.length))} months, median ${q(windows.map((w) => w.values.length), 0.5)})`);
for (const [label, model, every] of variants) {
  const cpu: number[] = [];
  const wall: number[] = [];
  const forms = new Map<string, number>();
  model.fit(windows[0].values, { period: 12, log: windows[0].log }); // warm-up
  windows.forEach((w, i) => {
    if (i % every) return;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const fit = model.fit(w.values, { period: 12, log: w.log });
    fit.forecast(12, [80, 95]);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    forms.set(fit.name, (forms.get(fit.name) ?? 0) + 1);
  });
  console.log(`${label}: ${cpu.length} fits, CPU ms a fit median ${q(cpu, 0.5).toFixed(1)}, p90 ${q(cpu, 0.9).toFixed(1)}, max ${Math.max(...cpu).toFixed(1)}; wall median ${q(wall, 0.5).toFixed(1)} ms`);
  console.log(`  most chosen: ${[...forms.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([f, n]) => `${f} (${n})`).join(', ')}`);
}
