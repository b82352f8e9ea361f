/**
 * bench/api-distinct: the cost of questions asked for the first time. Draws 3,600
 * different valid series queries from /api/coverage (every published table: its
 * measure, a place it holds, a grain it can give, sometimes a second filter, a
 * breakdown, a period range, Spanish labels), then has autocannon ask them in turn
 * with the answer cache off, so every request is planned and run against the store.
 *   npx tsx bench/api-distinct.ts [--db corridor.duckdb] [--duration 30] [--connections 20] [--queries 3600] [--seed 15] [--url http://127.0.0.1:8080] [--coverage-url URL]
 * Without --url it starts the server itself (bench/api.ts --serve-only --no-cache, in
 * a child process) and stops it afterwards. --check asks each query once and prints
 * the status counts (and the slowest queries) instead of the load test.
 * Target (2-core machine): at least 500 requests/s, p99 under 30 ms, no errors over 30 s.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { processCpuMs, reportCpu } from './process-cpu.js';
import { drawQueries, fetchCoverage } from './distinct-queries.js';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: process.env.CORRIDOR_DB ?? 'corridor.duckdb' },
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '20' },
    queries: { type: 'string', default: '3600' },
    seed: { type: 'string', default: '15' },
    url: { type: 'string' },
    // Draw the queries from another server's coverage (e.g. the 1x store's, for the same mix at 100x).
    'coverage-url': { type: 'string' },
    check: { type: 'boolean', default: false },
  },
});

function startChild(): Promise<{ url: string; child: ChildProcess }> {
  if (!existsSync(args.db!)) throw new Error(`no store at ${args.db}: run "corridor ingest" first, or pass --db`);
  const server = fileURLToPath(new URL('./api.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', server, '--serve-only', '--no-cache', '--db', args.db!], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      const m = /listening (\S+)/.exec(chunk.toString());
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], child });
      }
    });
  });
}

async function check(url: string, queries: string[]): Promise<void> {
  const statuses = new Map<number, number>();
  const times: { ms: number; path: string; status: number }[] = [];
  for (const path of queries) {
    const t = performance.now();
    const res = await fetch(url + path);
    await res.arrayBuffer();
    times.push({ ms: performance.now() - t, path, status: res.status });
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  }
  times.sort((a, b) => b.ms - a.ms);
  console.log(`statuses: ${[...statuses].map(([s, n]) => `${s} x ${n}`).join(', ')}`);
  for (const t of times.filter((x) => x.status !== 200).slice(0, 10)) console.log(`  ${t.status} ${t.path}`);
  console.log('slowest, one at a time:');
  for (const t of times.slice(0, 10)) console.log(`  ${t.ms.toFixed(1).padStart(7)} ms  ${t.path}`);
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  console.log(`one at a time: p50 ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, p99 ${sorted[Math.floor(sorted.length * 0.99)].toFixed(1)} ms`);
}

let started: { url: string; child: ChildProcess } | undefined;
// autocannon has been seen to wait for ever on a server that stopped answering: give up, and say so.
const deadline = setTimeout(() => {
  console.log(`the bench did not finish within ${Number(args.duration) + 240} s: the server stopped answering`);
  started?.child.kill('SIGTERM');
  process.exit(1);
}, (Number(args.duration) + 240) * 1000);
deadline.unref();
started = args.url ? undefined : await startChild();
const url = args.url ?? started!.url;
try {
  if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(url)) throw new Error(`bench/api-distinct only targets loopback, not ${url}`);
  const coverage = { tables: await fetchCoverage((path) => fetch(`${args['coverage-url'] ?? url}${path}`)) };
  const queries = drawQueries(coverage.tables, Number(args.queries), Number(args.seed));
  const cpu = cpus();
  console.log(`machine: ${cpu.length} x ${cpu[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`server: ${url}, store ${args.db}${started ? ', answer cache off' : ''}`);
  console.log(`queries: ${queries.length} distinct, drawn from /api/coverage (${coverage.tables.length} tables, seed ${args.seed})`);
  if (args.check) {
    await check(url, queries);
  } else {
    const serverPid = started?.child.pid;
    const serverCpu = serverPid === undefined ? undefined : processCpuMs(serverPid);
    const clientCpu = process.cpuUsage();
    const loadBefore = loadavg()[0];
    const result = await autocannon({
      url,
      connections: Number(args.connections),
      duration: Number(args.duration),
      requests: queries.map((path) => ({ method: 'GET' as const, path })),
    });
    console.log(`load: ${queries.length} queries in turn, ${args.connections} connections, ${args.duration} s`);
    console.log(`requests/s: ${result.requests.average.toFixed(0)} (total ${result.requests.total})`);
    console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`errors: ${result.errors}, timeouts: ${result.timeouts}, non-2xx: ${result.non2xx}`);
    reportCpu(result.requests.total, serverPid, serverCpu, clientCpu, loadBefore);
    const met = result.requests.average >= 500 && result.latency.p99 < 30 && result.errors === 0 && result.non2xx === 0;
    console.log(`target (>= 500 req/s, p99 < 30 ms, no errors): ${met ? 'met' : 'NOT met'}`);
    console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  }
} catch (e) {
  // Said before the exit below, which would otherwise end the process without a word.
  console.log(`the bench failed: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  // The server gets 5 s to close, then is killed; this process ends whatever handles remain.
  const child = started?.child;
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  process.exit(process.exitCode ?? 0);
}

