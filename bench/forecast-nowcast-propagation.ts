/**
 * bench/forecast-nowcast-propagation: how much of an error in the month a forecast starts from
 * reaches the months ahead. upstream/nowcast-bands.ts carries a nowcast's error in full to every
 * horizon (an assumption); here the last month of the series is raised by 10% at a few origins of
 * each peer series, the forecast made again with the same back-test evidence, and the change of
 * each month ahead (as a log ratio) divided by log(1.1): 1 means carried in full, 0 not at all.
 *
 *   CORRIDOR_DB=... npx tsx bench/forecast-nowcast-propagation.ts
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { backtestEvidence, forecastSeries } from '../src/analysis/forecast/forecast.js';
import { monthIndex } from '../src/analysis/forecast/months.js';
import { loadModels } from '../src/analysis/forecast/registry.js';
import { STANDARD } from '../src/analysis/forecast/run.js';
import { extractSeries } from '../src/analysis/forecast/series.js';
import { openStore } from '../src/store/open.js';
import { PEER_SERIES } from './forecast-peers-sets.js';

if (!process.env.CORRIDOR_DB) {
  console.error('set CORRIDOR_DB to a loaded store');
  process.exit(2);
}
const ORIGINS = ['2019-06', '2022-06', '2024-03', '2025-06'];
const SHIFT = 0.1;
const store = await openStore(process.env.CORRIDOR_DB, { readOnly: true });
console.log(`machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${loadavg()[0].toFixed(1)}; last month raised by ${100 * SHIFT}% at origins ${ORIGINS.join(', ')}`);
const registered = await loadModels();
const factors: number[][] = [];
const rows: Record<string, string>[] = [];
for (const p of PEER_SERIES) {
  const [x] = await extractSeries(store.conn, { measure: 'encounters', where: p.where } as Parameters<typeof extractSeries>[1]);
  for (const origin of ORIGINS) {
    const n = monthIndex(origin) - monthIndex(x.start) + 1;
    if (n > x.values.length || n < 36) continue;
    const at = { ...x, values: x.values.slice(0, n), sources: x.sources.slice(0, n), droppedAtEnd: [] };
    const { evidence } = backtestEvidence(at, registered, { firstOrigin: STANDARD.firstOrigin });
    const base = forecastSeries(at, registered, evidence, { horizon: 12 }).months.map((m) => m.mean);
    const raised = { ...at, values: [...at.values.slice(0, -1), at.values[n - 1] * (1 + SHIFT)] };
    const moved = forecastSeries(raised, registered, evidence, { horizon: 12 }).months.map((m) => m.mean);
    const f = moved.map((m, i) => Math.log(m / base[i]) / Math.log(1 + SHIFT));
    factors.push(f);
    rows.push({ series: p.label, origin, 'h 1 / 3 / 6 / 12': [0, 2, 5, 11].map((h) => f[h].toFixed(2)).join(' / ') });
  }
}
store.close();
console.table(rows);
const at = (h: number) => factors.map((f) => f[h]).sort((a, b) => a - b);
const median = (v: number[]) => v[Math.floor(v.length / 2)];
for (const h of [0, 2, 5, 11]) {
  const v = at(h);
  console.log(`h=${h + 1}: mean ${(v.reduce((a, b) => a + b, 0) / v.length).toFixed(2)}, median ${median(v).toFixed(2)}, range ${v[0].toFixed(2)}-${v.at(-1)!.toFixed(2)} over ${v.length} (series, origin) pairs`);
}
