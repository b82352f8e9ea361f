/**
 * bench/query: latency of typical series queries straight on the store (no HTTP, no
 * answer cache), each run several times; prints p50 and max per query and overall.
 *   CORRIDOR_DB=path/to/loaded.duckdb npx tsx bench/query.ts
 */
import { cpus, totalmem } from 'node:os';
import { openStore, storePath } from '../src/store/open.js';
import { querySeries } from '../src/store/query/series.js';
import type { SeriesRequest } from '../src/store/query/plan.js';

const QUERIES: [string, SeriesRequest][] = [
  ['SW encounters by FY', { measure: 'encounters', where: { geography: ['US-SWB'] }, grain: 'fy' }],
  ['SW encounters by month', { measure: 'encounters', where: { geography: ['US-SWB'] } }],
  ['SW by component, 2024', { measure: 'encounters', where: { geography: ['US-SWB'] }, by: ['component'], from: '2024-01-01', to: '2024-12-01' }],
  ['SW Honduras T42 by FY', { measure: 'encounters', where: { geography: ['US-SWB'], citizenship: ['HND'], authority: ['T42'] }, grain: 'fy' }],
  ['USBP nationwide by FY', { measure: 'encounters', where: { geography: ['US'], component: ['USBP'] }, grain: 'fy' }],
  ['USBP SW by sector, FY2021', { measure: 'encounters', where: { geography: ['US-SWB'], component: ['USBP'] }, by: ['geography'], grain: 'fy', from: '2020-10-01', to: '2020-10-01' }],
  ['INM rescued by month', { measure: 'inm-rescatados', where: { geography: ['MX'] } }],
  ['UPM presentados by state, 2019', { measure: 'mx-presentados', where: { geography: ['MX'] }, by: ['geography'], grain: 'cy', from: '2019-01-01', to: '2019-01-01' }],
];
const RUNS = Number(process.env.RUNS ?? 5);

const store = await openStore(storePath(), { readOnly: true });
const all: number[] = [];
console.log(`machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ${RUNS} runs per query`);
for (const [name, req] of QUERIES) {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    rows = (await querySeries(store.conn, req)).rows.length;
    times.push(performance.now() - t0);
  }
  all.push(...times);
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(32)} rows ${String(rows).padStart(4)}  p50 ${times[Math.floor(times.length / 2)].toFixed(1).padStart(7)} ms  max ${times.at(-1)!.toFixed(1).padStart(7)} ms`);
}
all.sort((a, b) => a - b);
console.log(`all queries: p50 ${all[Math.floor(all.length / 2)].toFixed(1)} ms, p99 ${all[Math.floor(all.length * 0.99)].toFixed(1)} ms`);
store.close();
