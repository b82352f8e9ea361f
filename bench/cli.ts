/**
 * bench/cli: wall time of the commands a user types, as a user runs them (node
 * bin/corridor.js: the compiled build when it is current), each run several times;
 * prints min, median and max per command, the machine and its load. Targets (issue 15):
 * `--help` < 0.3 s (in Spanish too), `query` (one series, printed) < 0.6 s.
 * Where /usr/bin/time exists, the CPU time (user + system) is printed too: on a shared,
 * busy machine it says more than the wall time. --bin: another checkout's bin/corridor.js
 * (to compare with a version before this build).
 *   CORRIDOR_DB=path/to/loaded.duckdb npx tsx bench/cli.ts [--runs 10] [--bin path/to/bin/corridor.js]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { storePath } from '../src/store/open.js';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '10' }, bin: { type: 'string', default: 'bin/corridor.js' } } });
const RUNS = Number(args.runs);
const db = storePath();
if (!existsSync(db)) throw new Error(`no store at ${db}: set CORRIDOR_DB to a loaded store`);

const COMMANDS: [string, string[]][] = [
  ['corridor --help', ['--help']],
  ['corridor --lang es --help', ['--lang', 'es', '--help']],
  ['corridor query --lang es --help', ['query', '--lang', 'es', '--help']],
  ['corridor query (one series, printed)', ['--db', db, 'query', '--measure', 'encounters', '--where', 'geography=US-SWB', '--grain', 'fy', '--from', '2020', '--to', '2024']],
  ['corridor sources', ['--db', db, 'sources']],
];

const TIME = '/usr/bin/time';
const timed = existsSync(TIME);

/** Wall time and, where /usr/bin/time exists, CPU time (user + system) of the command and its children, in ms. */
function run(argv: string[]): { wall: number; cpu: number } {
  const command = [process.execPath, args.bin!, ...argv];
  const t0 = performance.now();
  const r = timed ? spawnSync(TIME, ['-f', 'CPU %U %S', ...command], { encoding: 'utf8' }) : spawnSync(command[0], command.slice(1), { encoding: 'utf8' });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`corridor ${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  if (/running the sources/.test(r.stderr)) throw new Error('bin/corridor.js ran the sources, not the build: run "npm run build" first');
  const cpu = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  return { wall, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN };
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${RUNS} runs each (after one warm-up)`);
for (const [name, argv] of COMMANDS) {
  run(argv);
  const runs = Array.from({ length: RUNS }, () => run(argv));
  const wall = runs.map((r) => r.wall).sort((a, b) => a - b);
  const cpu = runs.map((r) => r.cpu).sort((a, b) => a - b);
  const s = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
  const median = (xs: number[]) => xs[Math.floor(xs.length / 2)];
  console.log(`${name.padEnd(38)} wall min ${s(wall[0])}  median ${s(median(wall))}  max ${s(wall.at(-1)!)}${timed ? `   cpu median ${s(median(cpu))}` : ''}`);
}
console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
