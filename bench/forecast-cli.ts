/**
 * bench/forecast-cli: how long `corridor forecast --measure encounters --where
 * geography=US-SWB` takes as a user runs it (issue 15: under 1 s with its stored back-test).
 * On a copy of the store (the one given is never written):
 * 1. the first forecast: runs the back-test of the series and stores it with the forecast;
 * 2. cold: new processes asking for the same forecast (answered from the stored forecast),
 *    wall and CPU time, median of the runs;
 * 3. after a model's or the data's change the stored forecast no longer matches: measured by
 *    asking with --horizon 13 (a forecast not stored yet, on the stored back-test: models fitted
 *    at request time, conformal calibration from the stored back-test);
 * 4. warm: the same request again in one process (no start-up).
 * The command runs through bin/corridor.js: the compiled build when `npm run build` is current,
 * else the sources through tsx (slower start; the script says which).
 *
 *   CORRIDOR_DB=path/to/corridor.duckdb npx tsx bench/forecast-cli.ts [runs]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { forecastRequest } from '../src/analysis/forecast/run.js';
import { openStore } from '../src/store/open.js';

const runs = Number(process.argv[2] ?? 5);
const source = process.env.CORRIDOR_DB;
if (!source || !existsSync(source)) {
  console.error('set CORRIDOR_DB to a loaded store (it is copied, never written)');
  process.exit(2);
}
const db = join(mkdtempSync(join(tmpdir(), 'corridor-forecast-cli-')), 'corridor.duckdb');
copyFileSync(source, db);
const args = ['bin/corridor.js', 'forecast', '--measure', 'encounters', '--where', 'geography=US-SWB', '--db', db];
const compiled = existsSync('dist/.built') && existsSync('dist/cli/main.js');

function run(extra: string[] = []): { wall: number; cpu: number; out: string; err: string } {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args, ...extra], { encoding: 'utf8', env: { ...process.env, CORRIDOR_QUIET_BUILD: '1' } });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`corridor forecast failed: ${r.stderr}`);
  const [u, s] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wall, cpu: u + s, out: r.stdout, err: r.stderr };
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; store ${(statSync(source).size / 2 ** 20).toFixed(0)} MiB; CLI ${compiled ? 'compiled (dist/)' : 'from the sources (tsx): run "npm run build" for the compiled one'}`);
const first = run();
console.log(`first forecast (back-test run and stored): ${first.wall.toFixed(2)} s wall, ${first.cpu.toFixed(2)} s CPU`);
const cold = Array.from({ length: runs }, () => run());
if (cold.some((c) => c.out !== first.out)) throw new Error('a forecast answered from the store differs from the one made');
console.log(`cold, stored forecast: median ${median(cold.map((c) => c.wall)).toFixed(2)} s wall (min ${Math.min(...cold.map((c) => c.wall)).toFixed(2)}), ${median(cold.map((c) => c.cpu)).toFixed(2)} s CPU, ${runs} runs (target < 1 s)`);
const refit = [run(['--horizon', '13']), ...Array.from({ length: Math.max(0, Math.min(2, runs - 1)) }, (_, i) => run(['--horizon', String(14 + i)]))];
console.log(`cold, stored back-test, forecast made at request time (models fitted): median ${median(refit.map((c) => c.wall)).toFixed(2)} s wall, ${median(refit.map((c) => c.cpu)).toFixed(2)} s CPU, ${refit.length} runs`);
const store = await openStore(db);
const req = { measure: 'encounters', where: ['geography=US-SWB'] } as Parameters<typeof forecastRequest>[1];
await forecastRequest(store.conn, req);
const warm: number[] = [];
const warmCpu: number[] = [];
for (let i = 0; i < runs; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await forecastRequest(store.conn, req);
  warm.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  warmCpu.push((c.user + c.system) / 1000);
}
store.close();
console.log(`warm (same process, stored forecast): median ${median(warm).toFixed(0)} ms wall, ${median(warmCpu).toFixed(0)} ms CPU (this process; DuckDB's threads included), ${runs} runs`);
