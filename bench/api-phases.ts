/**
 * bench/api-phases: where the time of one uncached series answer goes, in process (no
 * HTTP): the distinct query mix of bench/api-distinct.ts asked one at a time, and for
 * each request the time spent building the request (codes resolved), planning, in
 * DuckDB (every statement the request runs, counted), writing the API's JSON text
 * (rows with labels, provenance); then the whole answer through the app
 * (validation and every middleware), with the answer cache off, and the most CPU
 * it spent holding the event loop in one go (what the other requests of a busy server
 * wait behind). Prints the mean, p50 and p99 of each part, wall and CPU time.
 *   npx tsx bench/api-phases.ts [--db corridor.duckdb] [--queries 600] [--seed 15]
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { DuckDBConnection } from '@duckdb/node-api';
import { createApp } from '../src/api/app.js';
import { answerSeriesText } from '../src/api/series/text.js';
import { seriesParams } from '../src/api/series/params.js';
import { catalogueReader } from '../src/api/store/catalogue.js';
import { openStore } from '../src/store/open.js';
import { warmQueryCatalogue } from '../src/store/query/catalogue.js';
import { buildRequest } from '../src/store/query/request.js';
import { querySeries } from '../src/store/query/series.js';
import { drawQueries, fetchCoverage } from './distinct-queries.js';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: process.env.CORRIDOR_DB ?? 'corridor.duckdb' },
    queries: { type: 'string', default: '600' },
    seed: { type: 'string', default: '15' },
  },
});

const store = await openStore(args.db!, { readOnly: true });
const conn = store.conn;
const readCatalogue = catalogueReader(conn, 5_000);
const catalogue = await readCatalogue();
await warmQueryCatalogue(conn);
// As a server builds its app: the catalogue read once, at start.
const app = createApp({ conn, cache: false, catalogue });

// Every statement a request runs goes through runAndReadAll: count and time them.
let sqlMs = 0;
let statements = 0;
const run = conn.runAndReadAll.bind(conn) as DuckDBConnection['runAndReadAll'];
(conn as { runAndReadAll: unknown }).runAndReadAll = async (...a: Parameters<DuckDBConnection['runAndReadAll']>) => {
  const t = performance.now();
  statements++;
  try {
    return await run(...a);
  } finally {
    sqlMs += performance.now() - t;
  }
};

const coverage = { tables: await fetchCoverage(async (path) => app.fetch(new Request(`http://127.0.0.1${path}`))) };
const queries = drawQueries(coverage.tables, Number(args.queries), Number(args.seed));

const parts: Record<string, number[]> = { request: [], plan: [], sql: [], statements: [], text: [], 'app.fetch': [], 'app.fetch CPU': [], 'longest turn CPU': [], bytes: [] };

/**
 * The longest a request holds the event loop without giving way (what every other
 * request on a busy server waits behind), in CPU time so that a shared machine's queue
 * does not count: the most CPU spent between two turns of a callback that runs at every
 * turn of the loop while the request runs. (The process's CPU: no statement runs, so
 * that is the request's thread, plus the collector's helpers.)
 */
function turnWatch(): { stop(): number } {
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let last = cpuMs();
  let longest = 0;
  let running = true;
  const tick = () => {
    const now = cpuMs();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return {
    stop() {
      running = false;
      return Math.max(longest, cpuMs() - last);
    },
  };
}
let refused = 0;
for (const path of queries) {
  const u = new URL(`http://127.0.0.1${path}`);
  const raw: Record<string, string | string[]> = {};
  for (const [k, v] of u.searchParams) raw[k] = k === 'where' || k === 'by' ? [...((raw[k] as string[]) ?? []), v] : v;
  const p = seriesParams.parse(raw);
  sqlMs = 0;
  statements = 0;
  let t = performance.now();
  let req;
  try {
    req = await buildRequest(conn, { measure: p.measure, where: p.where, by: p.by, grain: p.grain, from: p.from, to: p.to, source: p.source, vintage: p.vintage });
  } catch {
    refused++;
    continue;
  }
  parts.request.push(performance.now() - t);
  t = performance.now();
  sqlMs = 0;
  statements = 0;
  await querySeries(conn, req).catch(() => undefined);
  const query = performance.now() - t;
  parts.sql.push(sqlMs);
  parts.statements.push(statements);
  parts.plan.push(query - sqlMs);
  t = performance.now();
  const answer = await answerSeriesText(conn, catalogue, p, 50_000).catch(() => undefined);
  parts.text.push(Math.max(0, performance.now() - t - query));
  parts.bytes.push(answer?.body.byteLength ?? 0);
  const cpu = process.cpuUsage();
  t = performance.now();
  const turns = turnWatch();
  const res = await app.fetch(new Request(`http://127.0.0.1${path}`));
  await res.arrayBuffer();
  parts['app.fetch'].push(performance.now() - t);
  parts['longest turn CPU'].push(turns.stop());
  const used = process.cpuUsage(cpu);
  parts['app.fetch CPU'].push((used.user + used.system) / 1000);
}

const cpu = cpus();
console.log(`machine: ${cpu.length} x ${cpu[0]?.model ?? '?'}, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`store ${args.db}: ${queries.length} distinct queries (seed ${args.seed}), ${refused} refused by buildRequest`);
console.log('part                      mean       p50       p99       max');
for (const [name, xs] of Object.entries(parts)) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(s.length * q))] ?? 0;
  const unit = name === 'statements' || name === 'bytes' ? '' : ' ms';
  const f = (x: number) => `${x.toFixed(name === 'statements' || name === 'bytes' ? 0 : 2)}${unit}`.padStart(10);
  console.log(`${name.padEnd(20)}${f(s.reduce((a, b) => a + b, 0) / (s.length || 1))}${f(at(0.5))}${f(at(0.99))}${f(s.at(-1) ?? 0)}`);
}
console.log('(text: rows, labels, provenance and the JSON text after the query; app.fetch: the whole answer through validation and middleware, no HTTP;');
console.log(' longest turn CPU: the most CPU the answer spent without letting another request run)');
store.close();
