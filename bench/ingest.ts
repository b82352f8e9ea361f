/**
 * bench/ingest: loads the whole US mirror into a fresh store and prints wall time,
 * peak memory and, side by side, the time DuckDB's bare read_csv takes to read the
 * same CSV files (the floor any CSV ingest could reach).
 *   CORRIDOR_MIRROR=../shared/data npx tsx bench/ingest.ts
 * Target (2-core machine): the full US mirror in under 60 s and under 2 GB; the CSV sources
 * within 2x of the bare read. CPU time (user + system, every thread of this process, so
 * DuckDB's too) is printed beside wall time: on a shared, busy machine it is the steadier figure.
 */
import { mkdtempSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ingest, type IngestReporter } from '../src/ingest/ingest.js';
import { ADAPTERS } from '../src/sources/registry.js';
import { openStore } from '../src/store/open.js';

const mirror = process.env.CORRIDOR_MIRROR;
if (!mirror) {
  console.error('set CORRIDOR_MIRROR to the data mirror (e.g. ../shared/data)');
  process.exit(2);
}
const us = ADAPTERS.filter((a) => a.describe.files.every((f) => f.mirrorPath.startsWith('us/')));

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};
// CPU time of each source, from its first step to its end.
const cpuOf = new Map<string, number>();
const cpuFrom = new Map<string, NodeJS.CpuUsage>();
const reporter: IngestReporter = {
  begin() {},
  step(source) {
    if (!cpuFrom.has(source)) cpuFrom.set(source, process.cpuUsage());
  },
  end(outcome) {
    const from = cpuFrom.get(outcome.source);
    if (from) cpuOf.set(outcome.source, cpuSeconds(from));
  },
};
const started = performance.now();
const cpuStart = process.cpuUsage();
const store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-bench-')), 'store.duckdb'));
const outcomes = await ingest(store, us, { origin: { mirror: resolve(mirror) }, reporter });
const wall = (performance.now() - started) / 1000;
const cpu = cpuSeconds(cpuStart);
store.close();
const peakMb = process.resourceUsage().maxRSS / 1024;

// The floor: DuckDB reading every CSV of the same sources, nothing else.
const csvs = us.flatMap((a) => a.describe.files.map((f) => join(resolve(mirror), f.mirrorPath))).filter((p) => /\.csv(\.gz)?$/.test(p));
const db = await (await DuckDBInstance.create(':memory:')).connect();
const t0 = performance.now();
const bareCpuStart = process.cpuUsage();
let csvRows = 0;
for (const path of csvs) {
  const ice = path.includes('ice_foia_uwchr') && !path.includes('enforcement_daily');
  const options = ice ? ", delim = '|', skip = 5, all_varchar = true" : path.includes('usbp_monthly') ? ", delim = '|'" : '';
  const r = await db.runAndReadAll(`SELECT count(*) FROM read_csv('${path.replace(/'/g, "''")}'${options})`);
  csvRows += Number(r.getRows()[0][0]);
}
const bare = (performance.now() - t0) / 1000;
const bareCpu = cpuSeconds(bareCpuStart);
// A second floor: the same reads with every value kept (a table of the file, as a load
// makes); count(*) above lets DuckDB skip building the values.
const t1 = performance.now();
const keptCpuStart = process.cpuUsage();
for (const path of csvs) {
  const ice = path.includes('ice_foia_uwchr') && !path.includes('enforcement_daily');
  const options = ice ? ", delim = '|', skip = 5, all_varchar = true" : path.includes('usbp_monthly') ? ", delim = '|'" : '';
  await db.run(`CREATE OR REPLACE TEMP TABLE kept AS SELECT * FROM read_csv('${path.replace(/'/g, "''")}'${options})`);
}
await db.run('DROP TABLE kept');
const kept = (performance.now() - t1) / 1000;
const keptCpu = cpuSeconds(keptCpuStart);
const csvBytes = csvs.reduce((n, p) => n + statSync(p).size, 0);

console.log(`machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
console.table(outcomes.map((o) => ({ source: o.source, status: o.status, observations: o.observations, seconds: o.seconds, 'cpu seconds': Number(cpuOf.get(o.source)?.toFixed(3)), error: o.error?.message.slice(0, 60) })));
console.log(`full US mirror ingest: ${wall.toFixed(1)} s wall (${cpu.toFixed(1)} s CPU), peak RSS ${peakMb.toFixed(0)} MB (target < 60 s, < 2048 MB)`);
console.log(`DuckDB bare read_csv of the same ${csvs.length} CSV files (${(csvBytes / 2 ** 20).toFixed(1)} MB, ${csvRows.toLocaleString('en-US')} rows): ${bare.toFixed(2)} s wall (${bareCpu.toFixed(2)} s CPU)`);
console.log(`ratio ingest / bare read_csv: ${(wall / bare).toFixed(1)}x wall, ${(cpu / bareCpu).toFixed(1)}x CPU`);
// The CSV part alone: the sources whose files are all CSV, against the same floor.
const csvOnly = new Set(us.filter((a) => a.describe.files.every((f) => /\.csv(\.gz)?$/.test(f.mirrorPath))).map((a) => a.describe.id));
const csvSeconds = outcomes.filter((o) => csvOnly.has(o.source)).reduce((n, o) => n + o.seconds, 0);
const csvCpu = outcomes.filter((o) => csvOnly.has(o.source)).reduce((n, o) => n + (cpuOf.get(o.source) ?? 0), 0);
console.log(`CSV sources (${[...csvOnly].join(', ')}): ingest ${csvSeconds.toFixed(2)} s wall (${csvCpu.toFixed(2)} s CPU); ratio to bare read_csv ${(csvSeconds / bare).toFixed(1)}x wall, ${(csvCpu / bareCpu).toFixed(1)}x CPU (target <= 2x)`);
console.log(`DuckDB read_csv of the same files into tables (every value kept): ${kept.toFixed(2)} s wall (${keptCpu.toFixed(2)} s CPU); CSV sources' ratio to it ${(csvSeconds / kept).toFixed(1)}x wall, ${(csvCpu / keptCpu).toFixed(1)}x CPU`);
