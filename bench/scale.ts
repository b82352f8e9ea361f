/**
 * bench/scale: what a store k times larger costs. Copies a loaded store and replicates
 * its observations k-1 times under shifted keys (each replica is a copy of every source,
 * vintage, table and measure with the suffix ".rN", so the real series are unchanged and
 * every replica is a full, queryable copy), then prints, for each factor: the time DuckDB
 * takes to write the replicated observations, the store's size on disk, and the API's
 * latency for the distinct query mix (bench/api-distinct.ts, answer cache off).
 *   npx tsx bench/scale.ts --db corridor.duckdb [--factors 10,100] [--duration 15] [--keep]
 * The write time is the store's part of an ingest only: parsing grows with the files
 * (bench/ingest.ts measures it on the real mirror).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: process.env.CORRIDOR_DB ?? 'corridor.duckdb' },
    factors: { type: 'string', default: '10,100' },
    duration: { type: 'string', default: '15' },
    keep: { type: 'boolean', default: false },
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
  await conn.run('BEGIN TRANSACTION');
  await conn.run(`INSERT INTO sources SELECT s.id || ${suffix}, s.* EXCLUDE (id) FROM sources s, ${replicas}`);
  await conn.run(`INSERT INTO measures SELECT m.id || ${suffix}, m.* EXCLUDE (id) FROM measures m, ${replicas}`);
  await conn.run(`INSERT INTO vintages SELECT v.id + r.n * ${SHIFT}, v.source_id || ${suffix}, v.* EXCLUDE (id, source_id) FROM vintages v, ${replicas}`);
  await conn.run(`INSERT INTO files SELECT f.vintage_id + r.n * ${SHIFT}, f.* EXCLUDE (vintage_id) FROM files f, ${replicas}`);
  await conn.run(
    `INSERT INTO datasets SELECT d.id || ${suffix}, d.source_id || ${suffix}, d.title_en, d.title_es, d.measure || ${suffix}, d.* EXCLUDE (id, source_id, title_en, title_es, measure) FROM datasets d, ${replicas}`,
  );
  await conn.run(`INSERT INTO dataset_members SELECT m.vintage_id + r.n * ${SHIFT}, m.dataset_id || ${suffix}, m.* EXCLUDE (vintage_id, dataset_id) FROM dataset_members m, ${replicas}`);
  // One replica at a time, each table's rows together in period order, as an ingest writes them.
  for (let n = 1; n < factor; n++) {
    await conn.run(
      `INSERT INTO observations SELECT o.vintage_id + ${n * SHIFT}, o.dataset_id || '.r${n}', o.measure || '.r${n}', o.* EXCLUDE (vintage_id, dataset_id, measure)
         FROM observations o WHERE o.vintage_id < ${SHIFT} ORDER BY o.vintage_id, o.dataset_id, o.period`,
    );
  }
  await conn.run('COMMIT');
  await conn.run('CHECKPOINT');
  const seconds = (performance.now() - t0) / 1000;
  const observations = Number((await conn.runAndReadAll('SELECT count(*) FROM observations')).getRows()[0][0]);
  conn.closeSync();
  instance.closeSync();
  return { seconds, observations };
}

function apiLatency(path: string): string {
  const bench = fileURLToPath(new URL('./api-distinct.ts', import.meta.url));
  let out: string;
  try {
    out = execFileSync(process.execPath, ['--import', 'tsx', bench, '--db', path, '--duration', args.duration!], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: (Number(args.duration) + 300) * 1000,
    });
  } catch (e) {
    return `the API bench did not finish (${(e as Error).message.split('\n')[0]})`;
  }
  return out
    .split('\n')
    .filter((l) => /^(requests\/s|latency|errors)/.test(l))
    .join('; ');
}

const cpu = cpus();
console.log(`machine: ${cpu.length} x ${cpu[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`1x: ${args.db}, ${(statSync(args.db!).size / 2 ** 20).toFixed(0)} MB; API: ${apiLatency(args.db!)}`);
for (const factor of args.factors!.split(',').map(Number)) {
  const dir = mkdtempSync(join(tmpdir(), `corridor-scale-${factor}x-`));
  const path = join(dir, 'store.duckdb');
  copyFileSync(args.db!, path);
  try {
    const { seconds, observations } = await replicate(path, factor);
    console.log(`${factor}x: ${observations.toLocaleString('en-US')} observations written in ${seconds.toFixed(1)} s, ${(statSync(path).size / 2 ** 20).toFixed(0)} MB on disk`);
    console.log(`${factor}x: API: ${apiLatency(path)}`);
  } finally {
    if (args.keep) console.log(`  kept ${path}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
