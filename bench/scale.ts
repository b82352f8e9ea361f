/**
 * bench/scale: what a store k times larger costs. Copies a loaded store and replicates
 * its observations k-1 times under shifted keys (each replica is a copy of every source,
 * vintage, table and measure with the suffix ".rN", so the real series are unchanged and
 * every replica is a full, queryable copy), then prints, for each factor: the time DuckDB
 * takes to write the replicated observations, the store's size on disk, and the API's
 * latency for the distinct query mix (bench/api-distinct.ts, answer cache off), with the
 * server's start time and peak memory, and one `corridor query` command's wall time.
 *   npx tsx bench/scale.ts --db corridor.duckdb [--factors 10,100] [--duration 15] [--keep] [--bin bin/corridor.js] [--dir DIR]
 *   npx tsx bench/scale.ts --db corridor.duckdb --factors 100 --write-only --dir DIR   (writes DIR/100x.duckdb, keeps it)
 *   npx tsx bench/scale.ts --measure DIR/10x.duckdb,DIR/100x.duckdb                    (measures stores written before)
 * Every store (the 1x one too, as a copy) is first opened for writing once, as any command
 * that writes it would: a store written before dataset_periods existed gets it then.
 * Each replica is written in its own transaction, as one ingest of the whole mirror would
 * be; the peak memory of the writing process is printed with the write time.
 * The write time is the store's part of an ingest only: parsing grows with the files
 * (bench/ingest.ts measures it on the real mirror).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { openStore } from '../src/store/open.js';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: process.env.CORRIDOR_DB ?? 'corridor.duckdb' },
    factors: { type: 'string', default: '10,100' },
    duration: { type: 'string', default: '15' },
    keep: { type: 'boolean', default: false },
    bin: { type: 'string', default: fileURLToPath(new URL('../bin/corridor.js', import.meta.url)) },
    dir: { type: 'string' },
    'write-only': { type: 'boolean', default: false },
    measure: { type: 'string' },
  },
});

/** Vintage ids of replica N are shifted by N times this. */
const SHIFT = 100_000;

async function replicate(path: string, factor: number): Promise<{ seconds: number; observations: number }> {
  const instance = await DuckDBInstance.create(path);
  const conn = await instance.connect();
  const suffix = "'.r' || r.n";
  const replicas = `(SELECT range AS n FROM range(1, ${factor})) r`;
  const t0 = performance.now();
  // The dimension rows of every replica first (small), then each replica's cells in a transaction of its own.
  await conn.run('BEGIN TRANSACTION');
  await conn.run(`INSERT INTO sources SELECT s.id || ${suffix}, s.* EXCLUDE (id) FROM sources s, ${replicas}`);
  await conn.run(`INSERT INTO measures SELECT m.id || ${suffix}, m.* EXCLUDE (id) FROM measures m, ${replicas}`);
  await conn.run(`INSERT INTO vintages SELECT v.id + r.n * ${SHIFT}, v.source_id || ${suffix}, v.* EXCLUDE (id, source_id) FROM vintages v, ${replicas}`);
  await conn.run(`INSERT INTO files SELECT f.vintage_id + r.n * ${SHIFT}, f.* EXCLUDE (vintage_id) FROM files f, ${replicas}`);
  await conn.run(
    `INSERT INTO datasets SELECT d.id || ${suffix}, d.source_id || ${suffix}, d.title_en, d.title_es, d.measure || ${suffix}, d.* EXCLUDE (id, source_id, title_en, title_es, measure) FROM datasets d, ${replicas}`,
  );
  await conn.run(`INSERT INTO dataset_members SELECT m.vintage_id + r.n * ${SHIFT}, m.dataset_id || ${suffix}, m.* EXCLUDE (vintage_id, dataset_id) FROM dataset_members m, ${replicas}`);
  await conn.run(`INSERT INTO dataset_periods SELECT p.vintage_id + r.n * ${SHIFT}, p.dataset_id || ${suffix}, p.* EXCLUDE (vintage_id, dataset_id) FROM dataset_periods p, ${replicas}`);
  await conn.run('COMMIT');
  // One replica at a time, each table's rows together in period order, as an ingest writes them.
  for (let n = 1; n < factor; n++) {
    await conn.run('BEGIN TRANSACTION');
    await conn.run(
      `INSERT INTO observations SELECT o.vintage_id + ${n * SHIFT}, o.dataset_id || '.r${n}', o.measure || '.r${n}', o.* EXCLUDE (vintage_id, dataset_id, measure)
         FROM observations o WHERE o.vintage_id < ${SHIFT} ORDER BY o.vintage_id, o.dataset_id, o.period`,
    );
    await conn.run('COMMIT');
    if (n % 10 === 0) process.stderr.write(`  ${factor}x: ${n + 1} copies written, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  }
  await conn.run('CHECKPOINT');
  const seconds = (performance.now() - t0) / 1000;
  const observations = Number((await conn.runAndReadAll('SELECT count(*) FROM observations')).getRows()[0][0]);
  conn.closeSync();
  instance.closeSync();
  return { seconds, observations };
}

/** A process's resident memory now and its high-water mark (Linux /proc/PID/status), in MB. */
function memoryMb(pid: number | undefined): { rss: number; hwm: number } | undefined {
  const status = pid && existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, 'utf8') : '';
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) / 1024;
  const found = { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  return Number.isNaN(found.rss) ? undefined : found;
}

/**
 * Samples a process's resident memory every 250 ms until stopped: the server's peak is
 * read from its own samples as well as from VmHWM, so that a figure can be checked (the
 * pid is the server's node process itself: `node --import tsx` runs in one process).
 */
function sampleMemory(pid: number | undefined): () => string {
  let peak = 0;
  const at = memoryMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, memoryMb(pid)?.rss ?? 0)), 250);
  return () => {
    clearInterval(timer);
    const end = memoryMb(pid);
    if (!end) return 'server memory unknown';
    return `server memory (pid ${pid}): ${at?.rss.toFixed(0)} MB once read ahead, peak of samples ${Math.max(peak, end.rss).toFixed(0)} MB, VmHWM ${end.hwm.toFixed(0)} MB`;
  };
}

/**
 * Starts the API server on the store (answer cache off, as api-distinct does): the time until
 * it listens ("started"), and until what it reads ahead in the background is read (bench/api.ts
 * prints "listening" then; the distinct mix is measured from there).
 */
function startServer(path: string): Promise<{ url: string; child: ChildProcess; seconds: number; warm: number }> {
  const server = fileURLToPath(new URL('./api.ts', import.meta.url));
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', server, '--serve-only', '--no-cache', '--db', path], { stdio: ['ignore', 'pipe', 'inherit'] });
  let started = NaN;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 10 minutes')), 600_000);
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (/started /.test(chunk.toString())) started = (performance.now() - t0) / 1000;
      const m = /listening (\S+)/.exec(chunk.toString());
      if (m) {
        clearTimeout(timer);
        const warm = (performance.now() - t0) / 1000;
        resolve({ url: m[1], child, seconds: Number.isNaN(started) ? warm : started, warm });
      }
    });
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** Wall time of one `corridor query` command on the store (the compiled build when current), in s. */
function cliSeconds(path: string): string {
  const argv = [args.bin!, '--db', path, 'query', '--measure', 'encounters', '--where', 'geography=US-SWB', '--grain', 'fy', '--from', '2020', '--to', '2024'];
  spawnSync(process.execPath, argv, { env: { ...process.env, CORRIDOR_QUIET_BUILD: '1' } });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, argv, { env: { ...process.env, CORRIDOR_QUIET_BUILD: '1' } });
  return r.status === 0 ? `${((performance.now() - t0) / 1000).toFixed(2)} s` : `failed (${r.stderr.toString().split('\n')[0]})`;
}

/** The API's latency for the distinct query mix, with the server's start time and peak memory. */
async function apiLatency(path: string): Promise<string> {
  const server = await startServer(path).catch((e: Error) => e);
  if (server instanceof Error) return `the server did not start (${server.message})`;
  try {
    const memory = sampleMemory(server.child.pid);
    const mix = await distinctMix(server.url);
    // The same queries again: what was read on first use (tables, cells) is in memory now.
    const again = await distinctMix(server.url);
    return `server listening after ${server.seconds.toFixed(1)} s, read ahead after ${server.warm.toFixed(1)} s; ${mix}; again: ${again}; ${memory()}`;
  } finally {
    await stopServer(server.child);
  }
}

async function distinctMix(url: string): Promise<string> {
  const bench = fileURLToPath(new URL('./api-distinct.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', bench, '--url', url, '--duration', args.duration!], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGTERM'), (Number(args.duration) + 300) * 1000);
  const code = await new Promise((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  if (code !== 0) return `the API bench did not finish (exit ${code}: ${out.trim().split('\n').at(-1) ?? 'no output'})`;
  const found = out.split('\n').filter((l) => /^(requests\/s|latency|errors)/.test(l));
  // No figures: the bench's own last words (e.g. that the server stopped answering).
  return found.length ? found.join('; ') : `no figures (${out.trim().split('\n').at(-1) ?? 'no output'})`;
}

/** A copy of the store at `to`, opened for writing once (as a writing command would: the store's tables brought up to date). */
async function copyStore(from: string, to: string): Promise<void> {
  copyFileSync(from, to);
  (await openStore(to)).close();
}

const mb = (path: string) => `${(statSync(path).size / 2 ** 20).toFixed(0)} MB`;
const cpu = cpus();
console.log(`machine: ${cpu.length} x ${cpu[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
if (args.measure) {
  for (const path of args.measure.split(',')) {
    console.log(`${path}: ${mb(path)}; corridor query: ${cliSeconds(path)}`);
    console.log(`${path}: API: ${await apiLatency(path)}`);
  }
  process.exit(0);
}
const dir = args.dir ?? mkdtempSync(join(tmpdir(), 'corridor-scale-'));
const base = join(dir, '1x.duckdb');
await copyStore(args.db!, base);
if (!args['write-only']) console.log(`1x: ${args.db}, ${mb(base)}; corridor query: ${cliSeconds(base)}; API: ${await apiLatency(base)}`);
for (const factor of args.factors!.split(',').map(Number)) {
  const path = join(dir, `${factor}x.duckdb`);
  copyFileSync(base, path);
  try {
    const { seconds, observations } = await replicate(path, factor);
    console.log(`${factor}x: ${observations.toLocaleString('en-US')} observations written in ${seconds.toFixed(1)} s (peak memory of the writer so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB), ${mb(path)} on disk; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    if (args['write-only']) continue;
    console.log(`${factor}x: corridor query: ${cliSeconds(path)}`);
    console.log(`${factor}x: API: ${await apiLatency(path)}`);
  } finally {
    if (args.keep || args['write-only']) console.log(`  kept ${path}`);
    else rmSync(path, { force: true });
  }
}
if (!args.keep && !args['write-only']) rmSync(base, { force: true });
if (!args.dir && !args.keep && !args['write-only']) rmSync(dir, { recursive: true, force: true });
