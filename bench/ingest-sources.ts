/**
 * bench/ingest-sources: loads the named sources (default: iom) into a fresh store and
 * prints each one's time, peak memory and, beside it, DuckDB's bare read_csv of the
 * same CSV files (the floor any CSV ingest could reach).
 *   CORRIDOR_MIRROR=../shared/data npx tsx bench/ingest-sources.ts [SOURCE...]
 * BENCH_STORE=path keeps the store there (for bench/store-same.ts) instead of a temporary one.
 */
import { mkdtempSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ingest, selectAdapters } from '../src/ingest/ingest.js';
import { ADAPTERS } from '../src/sources/registry.js';
import { openStore } from '../src/store/open.js';

const mirror = process.env.CORRIDOR_MIRROR;
if (!mirror) {
  console.error('set CORRIDOR_MIRROR to the data mirror (e.g. ../shared/data)');
  process.exit(2);
}
const ids = process.argv.slice(2);
const adapters = selectAdapters(ADAPTERS, ids.length ? ids : ['iom']);

const started = performance.now();
// CPU time of every thread of this process (DuckDB's and zlib's included): steadier than wall on a busy machine.
const cpuStart = process.cpuUsage();
const store = await openStore(process.env.BENCH_STORE ?? join(mkdtempSync(join(tmpdir(), 'corridor-bench-')), 'store.duckdb'));
const outcomes = await ingest(store, adapters, { origin: { mirror: resolve(mirror) } });
const wall = (performance.now() - started) / 1000;
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};
const cpu = cpuSeconds(cpuStart);
store.close();
const peakMb = process.resourceUsage().maxRSS / 1024;

const csvs = adapters.flatMap((a) => a.describe.files.map((f) => join(resolve(mirror), f.mirrorPath))).filter((p) => /\.csv(\.gz)?$/.test(p));
const db = await (await DuckDBInstance.create(':memory:')).connect();
const t0 = performance.now();
const bareCpuStart = process.cpuUsage();
let csvRows = 0;
for (const path of csvs) {
  // The same reader options as bench/ingest.ts: the ERO-LESA files are pipe-delimited after a preamble.
  const ice = path.includes('ice_foia_uwchr') && !path.includes('enforcement_daily');
  const options = ice ? ", delim = '|', skip = 5" : path.includes('usbp_monthly') ? ", delim = '|'" : '';
  const r = await db.runAndReadAll(`SELECT count(*) FROM read_csv('${path.replace(/'/g, "''")}', all_varchar = true${options})`);
  csvRows += Number(r.getRows()[0][0]);
}
const bare = (performance.now() - t0) / 1000;
const bareCpu = cpuSeconds(bareCpuStart);
const csvBytes = csvs.reduce((n, p) => n + statSync(p).size, 0);

console.log(`machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
console.table(outcomes.map((o) => ({ source: o.source, status: o.status, observations: o.observations, seconds: o.seconds, error: o.error?.message.slice(0, 60) })));
console.log(`ingest of ${adapters.map((a) => a.describe.id).join(', ')}: ${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU (store creation included), peak RSS ${peakMb.toFixed(0)} MB`);
console.log(`DuckDB bare read_csv of the same ${csvs.length} CSV files (${(csvBytes / 2 ** 20).toFixed(1)} MB, ${csvRows.toLocaleString('en-US')} rows): ${bare.toFixed(2)} s wall, ${bareCpu.toFixed(2)} s CPU`);
if (bare > 0) console.log(`ratio ingest / bare read_csv: ${(wall / bare).toFixed(1)}x wall, ${(cpu / bareCpu).toFixed(1)}x CPU`);
